package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.dequantlab.config.Preset;
import org.dequantlab.config.Presets;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at a lecturer's sizes, 1000×650, a projector's 1280×800 and 1920×1080: every control whole and inside
 * the window (the side panel's too), the curves tall enough to read, the side panel out of the way when narrow and
 * beside the drawing, never past the window's edge, when shown, and wrapped text
 * (the tour, Help, the preset list) inside its panel, never printed over itself.
 * The tests share one window ({@link SharedWindow}) on a stage of its own, back to its fresh state, size and
 * place before each.
 */
class WindowSizesTest extends OnSharedWindow {
    private static final long GUARD = 90;
    private static final double[][] SIZES = {{1000, 650}, {1280, 800}, {1920, 1080}};

    @Override
    protected boolean ownStage() {
        return true; // it resizes its window
    }

    private void resize(FxRobot robot, double w, double h) {
        Fx.run(() -> {
            stage.setX(0); // the whole window on the screen
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        Fx.settle();
        // the test screen may be smaller than the window: the window must still have the size asked for
        assertEquals(w, stage.getWidth(), "the window's width");
        assertEquals(h, stage.getHeight(), "the window's height");
        assertTrue(stage.getScene().getHeight() > h - 60, "the scene's height " + stage.getScene().getHeight());
    }

    @Test
    void everyControlIsWholeAndInsideTheWindowAndTheCurvesStayReadable(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        for (double[] size : SIZES) {
            resize(robot, size[0], size[1]);
            String at = " at " + (int) size[0] + "×" + (int) size[1];
            List<String> problems = new ArrayList<>();
            Fx.run(() -> {
                Node top = ((javafx.scene.layout.BorderPane) window.root()).getTop();
                problems.addAll(UiChecks.cutLabels(top));
                problems.addAll(UiChecks.cutLabels(window.timeline().node()));
                List<Control> controls = new ArrayList<>(UiChecks.visible(top, Control.class));
                controls.addAll(UiChecks.visible(window.timeline().node(), Control.class));
                controls.removeIf(c -> c.getParent() instanceof Control); // parts of a control (a spinner's editor)
                problems.addAll(UiChecks.outsideWindow(controls));
                problems.addAll(UiChecks.overlaps(controls.stream().filter(c -> !(c instanceof javafx.scene.control.MenuBar))
                        .toList()));
            });
            Node side = ((javafx.scene.layout.BorderPane) window.root()).getRight();
            if (side.isVisible()) { // the side panel: its text wrapped inside it, its controls whole and on screen
                Fx.run(() -> {
                    problems.addAll(UiChecks.wrappedTextProblems(side, side));
                    problems.addAll(UiChecks.cutLabels(side));
                    problems.addAll(UiChecks.outsideWindowSideways(UiChecks.visible(side, Control.class).stream()
                            .filter(c -> !(c.getParent() instanceof Control)).toList()));
                });
            }
            assertTrue(problems.isEmpty(), problems + at);
            Region curves = window.curves();
            assertTrue(curves.getHeight() >= 150, "curves " + curves.getHeight() + " px high" + at);
            assertTrue(window.canvas().getHeight() >= 200, "panels " + window.canvas().getHeight() + " px high" + at);
            assertEquals(size[0] >= SidePanel.AUTO_HIDE_WIDTH, side.isVisible(), "side panel shown" + at);
        }
        // narrow, the panel's switch brings it back
        resize(robot, 1000, 650);
        robot.clickOn("#sidePanelToggle");
        Fx.settle();
        Node side = ((javafx.scene.layout.BorderPane) window.root()).getRight();
        assertTrue(side.isVisible() && side.isManaged());
        assertTrue(window.canvas().getWidth() >= 400, "the drawing keeps a usable width: " + window.canvas().getWidth());
    }

    @Test
    void theTourWrapsItsParagraphInsideItsPanelAtEverySize(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        robot.clickOn("#tour");
        TourPanel tour = window.classroom().tour();
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> tour.index() == 0 && !tour.waiting());
        // every stop at every size. The stops in order: going back to a stop trains the run again from step 0
        // (TourPanel.go). The sizes one way at even stops and back at odd ones, so that a stop is first checked at
        // the size the one before ended on, where resize() changes nothing (11 relayouts of the window, not 15)
        for (int stop = 0; stop < GuidedTour.STOPS.size(); stop++) {
            int s = stop;
            Fx.run(() -> tour.go(s));
            WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> tour.index() == s && !tour.waiting());
            for (int k = 0; k < SIZES.length; k++) {
                double[] size = SIZES[s % 2 == 0 ? k : SIZES.length - 1 - k];
                resize(robot, size[0], size[1]);
                List<String> problems = new ArrayList<>();
                Fx.run(() -> {
                    problems.addAll(UiChecks.wrappedTextProblems(tour, tour));
                    problems.addAll(UiChecks.outsideWindow(List.of(tour)));
                });
                assertTrue(problems.isEmpty(), "stop " + (s + 1) + " at " + size[0] + "×" + size[1] + ": " + problems);
            }
        }
    }

    @Test
    void helpWrapsEveryExplanationInsideItsPanelAlsoAfterScrolling(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        robot.clickOn("#stepLabel");
        robot.type(KeyCode.H);
        TabPane tabs = Fx.lookup(robot, "#helpTabs", TabPane.class);
        Node box = Fx.lookup(robot, "#helpBox");
        for (double[] size : SIZES) {
            resize(robot, size[0], size[1]);
            for (int tab = 0; tab < 2; tab++) {
                int t = tab;
                Fx.run(() -> tabs.getSelectionModel().select(t));
                Fx.settle();
                ScrollPane scroll = (ScrollPane) tabs.getSelectionModel().getSelectedItem().getContent();
                for (double v : new double[] {0, 0.37, 1}) {
                    Fx.run(() -> scroll.setVvalue(v));
                    Fx.settle();
                    List<String> problems = new ArrayList<>();
                    Fx.run(() -> {
                        problems.addAll(UiChecks.wrappedTextProblems(scroll.getContent(), scroll.getContent()));
                        problems.addAll(UiChecks.cutLabels(scroll.getContent()));
                        problems.addAll(UiChecks.outsideWindow(List.of(box)));
                    });
                    assertTrue(problems.isEmpty(), "tab " + t + " scrolled to " + v + " at " + size[0] + "×"
                            + size[1] + ": " + problems);
                }
            }
        }
        // the shortcuts tab lists exactly the window's shortcut table, sampling and the timeline included
        Fx.run(() -> tabs.getSelectionModel().select(0));
        List<String> listed = new ArrayList<>();
        Fx.run(() -> {
            javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) Fx.lookup(robot, "#helpShortcuts");
            for (Node n : grid.getChildren()) {
                if (javafx.scene.layout.GridPane.getColumnIndex(n) == 0) {
                    listed.add(((javafx.scene.control.Label) n).getText());
                }
            }
        });
        assertEquals(window.keys().bindings().stream().map(KeyBindings.Binding::keys).toList(), listed);
        for (String key : List.of("S", "←  /  →  on the timeline", "Home  /  End  on the timeline", "Ctrl+Z", "P",
                "Space")) {
            assertTrue(listed.contains(key), key + " in " + listed);
        }
    }

    @Test
    void thePresetListSaysWhatEachPresetShows(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        resize(robot, 1000, 650);
        robot.clickOn("#preset");
        Fx.settle();
        @SuppressWarnings("unchecked")
        ListView<Preset> list = Fx.lookup(robot, ".combo-box-popup .list-view", ListView.class);
        for (Preset p : Presets.all()) {
            Fx.run(() -> list.scrollTo(p)); // the list scrolls when it is longer than the window
            Fx.settle();
            Node cell = Fx.lookup(robot, "#presetCell-" + p.name());
            Paragraph what = (Paragraph) ((javafx.scene.layout.VBox) cell).getChildren().get(1);
            assertEquals(p.description(), what.getText());
            List<String> problems = new ArrayList<>();
            Fx.run(() -> problems.addAll(UiChecks.wrappedTextProblems(cell, list)));
            assertTrue(problems.isEmpty(), problems.toString());
        }
        robot.type(KeyCode.ESCAPE);
        @SuppressWarnings("unchecked")
        ComboBox<Preset> box = Fx.lookup(robot, "#preset", ComboBox.class);
        assertEquals(Presets.BLOG, box.getValue(), "the box names the run's preset");
        assertFalse(box.isShowing());
    }
}
