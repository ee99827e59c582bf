package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.metrics.Plane;
import org.dequantlab.render.DensityView;
import org.dequantlab.train.Snapshot;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * One lab window shared by the tests of a class (opening one costs 0.3–0.7 s of CPU): opened once on TestFX's
 * primary stage, brought back to its fresh state before each test by the window's own commands as a user
 * would (close help, tour and toy editor, leave presentation mode, go live, pause, File → New, which also
 * makes the document untitled, the fresh speed, view, toggles and Save with history, the stage's size and
 * place), and closed after the last test. {@link #reset} asserts that the window is fresh again, so state a
 * test leaves behind fails loudly instead of changing what the next test checks. Not reset: the undo history
 * (tests sharing a window must not undo past their own edits) and the recent files.
 * <p>
 * For test classes that extend {@link OnSharedWindow}, without TestFX's {@code ApplicationExtension} (it hides
 * every window after each test), through {@link PerClass}.
 */
public final class SharedWindow {
    public final List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());
    public final Stage stage;
    public final LabWindow window;
    private final ExperimentConfig freshConfig;
    private final double freshSpeedPosition;
    private final double freshTrainerSpeed;
    private final int freshScalePercent;
    private final Plane freshPlane;
    private final DensityView freshView;
    private final boolean freshAutoY;
    private final Map<String, Boolean> freshToggles;
    private final Map<String, Object> freshChoices;
    private final Node freshFocus;
    private final boolean freshWithHistory;
    private final double[] freshBounds;

    /**
     * The lifecycle of the shared window of an {@link OnSharedWindow} class (which registers it): opened before
     * the class's {@code @BeforeAll} methods and handed to the test instance, {@link #reset} before its
     * {@code @BeforeEach} methods, {@link #checked} after its {@code @AfterEach} methods, closed after its
     * {@code @AfterAll} methods. The window is kept in the class's extension store. It also gives the tests
     * their {@code FxRobot} parameter, as {@code ApplicationExtension} does, with {@link SettlingRobots}.
     */
    public static final class PerClass implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
            AfterAllCallback, ParameterResolver {
        private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(PerClass.class);

        @Override
        public void beforeAll(ExtensionContext c) throws Exception {
            OnSharedWindow tests = (OnSharedWindow) c.getRequiredTestInstance(); // PER_CLASS: made before
            SharedWindow shared;
            if (tests.ownStage()) {
                FxToolkit.registerPrimaryStage(); // the toolkit started
                shared = new SharedWindow(Fx.call(Stage::new));
            } else {
                shared = new SharedWindow(FxToolkit.registerPrimaryStage());
            }
            c.getStore(STORE).put(SharedWindow.class, shared);
            tests.window = shared.window;
            tests.stage = shared.stage;
            tests.fxErrors = shared.fxErrors;
        }

        /** The class's window, from any of its contexts (a test's store sees its class's). */
        private static SharedWindow shared(ExtensionContext c) {
            return c.getStore(STORE).get(SharedWindow.class, SharedWindow.class);
        }

        @Override
        public void beforeEach(ExtensionContext c) throws Exception {
            shared(c).reset(SettlingRobots.install(new FxRobot()));
        }

        @Override
        public void afterEach(ExtensionContext c) {
            shared(c).checked(SettlingRobots.install(new FxRobot()));
        }

        @Override
        public void afterAll(ExtensionContext c) throws Exception {
            SharedWindow shared = shared(c);
            if (shared != null) {
                shared.close();
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
            return p.getParameter().getType() == FxRobot.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext c) {
            return SettlingRobots.install(new FxRobot());
        }
    }

    private SharedWindow(Stage stage) throws Exception {
        this.stage = stage;
        window = Fx.call(() -> {
            LabWindow w = WindowTestSupport.open(stage, fxErrors);
            w.show(stage, false);
            return w;
        });
        WindowTestSupport.firstSnapshot(window);
        Object[] fresh = Fx.call(() -> new Object[] {window.config(), speed().getValue(),
                window.classroom().presentation().scalePercent(), window.views().planeProperty().get(),
                window.views().viewProperty().get(), window.views().autoYProperty().get(), toggles(),
                stage.getScene().getFocusOwner(), choices(), window.files().withHistory(), bounds()});
        freshConfig = (ExperimentConfig) fresh[0];
        freshSpeedPosition = (Double) fresh[1];
        freshTrainerSpeed = window.trainer().speed();
        freshScalePercent = (Integer) fresh[2];
        freshPlane = (Plane) fresh[3];
        freshView = (DensityView) fresh[4];
        freshAutoY = (Boolean) fresh[5];
        @SuppressWarnings("unchecked")
        Map<String, Boolean> t = (Map<String, Boolean>) fresh[6];
        freshToggles = t;
        freshFocus = (Node) fresh[7];
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) fresh[8];
        freshChoices = c;
        freshWithHistory = (Boolean) fresh[9];
        freshBounds = (double[]) fresh[10];
        assertEquals(Presets.BLOG.config(), freshConfig, "the window opens on the blog preset");
    }

    /** The stage's place and size: x, y, width, height. */
    private double[] bounds() {
        return new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
    }

    /** File → Save with history, the check menu item. */
    private CheckMenuItem withHistoryItem() {
        return (CheckMenuItem) WindowTestSupport.menuItem(window, "menuWithHistory");
    }

    private Slider speed() {
        return (Slider) window.root().lookup("#speed");
    }

    /** The selected state of every toggle button and check box with an id, by id. */
    private Map<String, Boolean> toggles() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        for (Node n : window.root().lookupAll("*")) {
            if (n.getId() != null && (n instanceof Toggle || n instanceof CheckBox)) {
                m.put(n.getId(), n instanceof CheckBox c ? c.isSelected() : ((Toggle) n).isSelected());
            }
        }
        return m;
    }

    /** The value of every choice box with an id (the preset, the replay speed, the side panel's), by id. */
    private Map<String, Object> choices() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Node n : window.root().lookupAll("*")) {
            if (n.getId() != null && n instanceof ComboBox<?> c) {
                m.put(n.getId(), c.getValue());
            }
        }
        return m;
    }

    /** {@code now} restricted to the controls the window had when it opened (parts built later are left out). */
    private static <V> Map<String, V> of(Map<String, V> now, Map<String, V> fresh) {
        Map<String, V> m = new LinkedHashMap<>(now);
        m.keySet().retainAll(fresh.keySet());
        return m;
    }

    /** Back to the fresh window; call at the start of each test ({@code @BeforeEach}). */
    public void reset(FxRobot robot) throws Exception {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        Fx.assertNoErrors(fxErrors);
        Fx.run(() -> {
            if (!Arrays.equals(freshBounds, bounds())) { // first: the side panel follows the width
                stage.setX(freshBounds[0]);
                stage.setY(freshBounds[1]);
                stage.setWidth(freshBounds[2]);
                stage.setHeight(freshBounds[3]);
            }
        });
        Fx.settle(); // the resize is handled and laid out
        Fx.run(() -> {
            stage.toFront(); // in front of and focused over windows a test opened (keys go to the focused window)
            stage.requestFocus();
            if (freshFocus != null) {
                freshFocus.requestFocus(); // first: a field left focused commits its text when it loses focus
            }
        });
        Fx.run(() -> {
            window.setConfirmer(q -> true);
            withHistoryItem().setSelected(freshWithHistory); // as a user unticks it
            Node help = window.root().lookup("#help");
            if (help != null && help.isVisible()) {
                ((HelpOverlay) help).toggle();
            }
            Node tour = window.root().lookup("#tourPanel");
            if (tour != null && tour.isVisible()) {
                ((TourPanel) tour).close();
            }
            window.classroom().showToyEditor(false);
            PresentationMode pm = window.classroom().presentation();
            if (pm.active()) {
                pm.leave();
            }
            pm.setIdleTimer(PresentationMode.fxTimer());
            pm.setScalePercent(freshScalePercent);
            if (window.session().replaying()) {
                window.session().cancelReplay();
            }
            window.timeline().goLive();
            window.session().pause();
            window.sampling().clear();
            speed().setValue(freshSpeedPosition);
            window.trainer().setSpeed(freshTrainerSpeed); // the slider's speed, also where a test set the trainer's
            window.views().reset();
            window.views().planeProperty().set(freshPlane);
            window.views().setView(freshView);
            window.views().autoYProperty().set(freshAutoY);
            WindowTestSupport.menuItem(window, "menuNew").fire(); // the blog run from step 0, untitled
        });
        Fx.run(() -> choices().forEach((id, value) -> { // after File → New: those that follow the run agree
            if (freshChoices.containsKey(id) && !java.util.Objects.equals(freshChoices.get(id), value)) {
                @SuppressWarnings("unchecked")
                ComboBox<Object> box = (ComboBox<Object>) window.root().lookup("#" + id);
                box.setValue(freshChoices.get(id)); // as a user chooses it back
            }
        }));
        Fx.run(() -> {
            toggles().forEach((id, on) -> { // as a user clicks them back
                if (freshToggles.containsKey(id) && freshToggles.get(id) != on) {
                    ((javafx.scene.control.ButtonBase) window.root().lookup("#" + id)).fire();
                }
            });
            if (freshFocus != null) {
                freshFocus.requestFocus();
            }
        });
        Snapshot s = WindowTestSupport.idle(window);
        WindowTestSupport.shows(window, (Label) window.root().lookup("#stepLabel"), 0);
        Fx.run(() -> {
            assertEquals(0, s.step(), "step 0");
            assertEquals(freshConfig, window.config(), "the blog preset");
            assertEquals(freshConfig, window.trainer().latestConfig());
            assertNull(window.files().file(), "File → New: untitled");
            assertEquals(Presets.BLOG, ((ComboBox<?>) window.root().lookup("#preset")).getValue());
            assertFalse(window.classroom().presentation().active(), "not presenting");
            assertFalse(stage.isFullScreen(), "not full screen");
            assertArrayEquals(freshBounds, bounds(), "the stage's place and size as the window opened");
            assertEquals(freshWithHistory, window.files().withHistory(), "Save with history as the window opened");
            assertEquals(freshWithHistory, withHistoryItem().isSelected());
            assertTrue(stage.isShowing(), "showing");
            assertTrue(stage.isFocused(), "focused");
            assertTrue(window.timeline().isLive() && !window.timeline().isPlaying(), "live");
            assertFalse(window.session().playingProperty().get(), "paused");
            assertEquals(freshTrainerSpeed, window.trainer().speed(), "the fresh speed");
            assertEquals("", window.session().message(), "no message");
            assertFalse(window.views().zoomedProperty().get(), "not zoomed");
            assertEquals(freshToggles, of(toggles(), freshToggles), "the toggles as the window opened");
            assertEquals(freshChoices, of(choices(), freshChoices), "the choices as the window opened");
            assertEquals(freshFocus, stage.getScene().getFocusOwner(), "the focus as the window opened");
            for (String id : List.of("#help", "#tourPanel", "#toyEditor")) {
                Node n = window.root().lookup(id);
                assertTrue(n == null || !n.isVisible(), id + " closed");
            }
        });
    }

    /** After each test: nothing left pressed, and no exception on the FX thread ({@code @AfterEach}). */
    public void checked(FxRobot robot) {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        Fx.assertNoErrors(fxErrors);
    }

    /** Closes the window as {@link WindowTestSupport#close} does and hides the stage ({@code @AfterAll}). */
    public void close() throws Exception {
        try {
            Fx.run(window::close);
            WindowTestSupport.close(window, fxErrors);
        } finally {
            Fx.run(stage::hide);
        }
    }
}
