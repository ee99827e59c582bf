package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.Snapshot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared waits for the headless window tests (generous guards, no timed assertions). */
final class WindowTestSupport {
    static final long GUARD = 60;
    static final String PREFS_NODE = "org/dequantlab-test-" + ProcessHandle.current().pid();

    private WindowTestSupport() {}

    /** Keeps the recent-files list of tests out of the user's preferences. */
    static void usePrivatePreferences() {
        System.setProperty("dequantlab.prefsNode", PREFS_NODE);
    }

    static void dropPrivatePreferences() throws Exception {
        Preferences.userRoot().node(PREFS_NODE).removeNode();
    }

    /**
     * Opens the lab window on {@code stage} with the blog preset, private preferences, a confirmer
     * that answers yes, and every uncaught FX-thread exception collected into {@code fxErrors}.
     */
    static LabWindow open(javafx.stage.Stage stage, java.util.List<Throwable> fxErrors) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        usePrivatePreferences();
        LabWindow window = new LabWindow(org.dequantlab.config.ExperimentConfig.defaults(), LaunchOptions.parse());
        window.setConfirmer(q -> true);
        return window;
    }

    /** Closes the window and checks that its trainer stopped and the FX thread threw nothing. */
    static void close(LabWindow window, java.util.List<Throwable> fxErrors) throws Exception {
        window.close();
        org.junit.jupiter.api.Assertions.assertFalse(window.trainer().alive(), "trainer thread stopped");
        Fx.assertNoErrors(fxErrors);
        dropPrivatePreferences();
    }

    static Snapshot idle(LabWindow window) throws Exception {
        Fx.settle();
        Snapshot s = window.trainer().awaitIdle(GUARD, TimeUnit.SECONDS);
        assertNotNull(s, "trainer became idle");
        return s;
    }

    static void firstSnapshot(LabWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest() != null);
        idle(window);
    }

    /**
     * Chooses {@code preset} in the window's preset box, as a user does, and waits until the trainer
     * runs it (its methods, K and latent dimension), then until it is idle.
     */
    @SuppressWarnings("unchecked")
    static Snapshot choosePreset(org.testfx.api.FxRobot robot, LabWindow window, org.dequantlab.config.Preset preset)
            throws Exception {
        javafx.scene.control.ComboBox<org.dequantlab.config.Preset> box = presetBox(robot);
        Fx.run(() -> box.setValue(preset));
        org.dequantlab.config.ExperimentConfig want = preset.config();
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> {
            Snapshot s = window.trainer().latest();
            return s != null && s.config().methods().equals(want.methods())
                    && s.config().categories() == want.categories() && s.config().latentDim() == want.latentDim();
        });
        return idle(window);
    }

    /**
     * Runs {@code look} on the FX thread at the start of the window's second pulse: the first pulse laid out
     * and rendered the first frame, so it sees the window as that frame showed it.
     */
    static void atFirstFrame(Runnable look) {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    look.run();
                }
            }
        }.start();
    }

    /** The window's preset box. */
    @SuppressWarnings("unchecked")
    static javafx.scene.control.ComboBox<org.dequantlab.config.Preset> presetBox(org.testfx.api.FxRobot robot) {
        return Fx.lookup(robot, "#preset", javafx.scene.control.ComboBox.class);
    }

    /** The window's menu item with this id (File → New, Quit, Save with history, …). */
    static javafx.scene.control.MenuItem menuItem(LabWindow window, String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.VBox)
                ((javafx.scene.layout.BorderPane) window.root()).getTop()).getChildren().get(0);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** Waits until the canvas shows {@code step} and the step label says so. */
    static void shows(LabWindow window, Label stepLabel, long step) throws Exception {
        String want = SnapshotRenderer.stepText(step);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().step() == step && want.equals(stepLabel.getText()));
    }
}
