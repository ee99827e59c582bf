package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom features in the real window, headless: presentation mode, tooltips, hover, toy editor, tour.
 * The tests share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class ClassroomWindowTest extends OnSharedWindow {
    private static final long GUARD = 90; // seconds: a failure guard, not a speed assertion

    /** An idle timer that fires only when the test says so. */
    private static final class ManualTimer implements PresentationMode.IdleTimer {
        Runnable pending;

        @Override
        public void restart(Runnable onIdle) {
            pending = onIdle;
        }

        @Override
        public void stop() {
            pending = null;
        }

        void fire() {
            Runnable r = pending;
            pending = null;
            if (r != null) {
                r.run();
            }
        }
    }

    private Trainer trainer() {
        return window.trainer();
    }

    private Snapshot idle() throws Exception {
        return WindowTestSupport.idle(window);
    }

    private void firstSnapshot() throws Exception {
        WindowTestSupport.firstSnapshot(window);
    }

    @Test
    void presentationModeScalesHidesControlsWhenIdleAndShowsThemOnMovement(FxRobot robot) throws Exception {
        firstSnapshot();
        PresentationMode pm = window.classroom().presentation();
        ManualTimer timer = new ManualTimer();
        Fx.run(() -> pm.setIdleTimer(timer));
        assertEquals(1.0, pm.renderScale());
        robot.clickOn("#stepLabel");
        robot.type(KeyCode.P);
        Fx.settle();
        assertTrue(pm.active(), "P enters presentation mode");
        assertTrue(stage.isFullScreen(), "full screen");
        assertEquals(pm.scalePercent() / 100.0, pm.renderScale());
        assertTrue(pm.renderScale() > 1);
        assertTrue(window.root().getStyle().contains("-fx-font-size"), "controls' font scaled");
        var bp = (javafx.scene.layout.BorderPane) window.root();
        Node top = bp.getTop(), side = bp.getRight();
        assertFalse(top.isManaged() || side.isManaged(), "controls float over the drawing");
        assertTrue(pm.controlsShown());
        Fx.run(timer::fire); // 2.5 s without movement
        assertFalse(pm.controlsShown(), "controls hidden after inactivity");
        assertTrue(top.isMouseTransparent() && side.isMouseTransparent());
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> top.getOpacity() == 0 && side.getOpacity() == 0);
        robot.moveTo(window.canvas()).moveBy(15, 10);
        Fx.settle();
        assertTrue(pm.controlsShown(), "a pointer movement shows the controls again");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> top.getOpacity() == 1);
        Fx.run(() -> pm.setScalePercent(400));
        assertEquals(PresentationMode.MAX_PERCENT, pm.scalePercent(), "clamped to 250%");
        robot.type(KeyCode.ESCAPE);
        Fx.settle();
        assertFalse(pm.active(), "Esc leaves presentation mode");
        assertFalse(stage.isFullScreen());
        assertTrue(top.isManaged() && side.isManaged() && top.getOpacity() == 1);
        assertEquals(1.0, pm.renderScale());
    }

    @Test
    void metricLabelsAndControlsHaveExplanationsAndTheCanvasExplainsWhatIsUnderThePointer(FxRobot robot)
            throws Exception {
        firstSnapshot();
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS,
                () -> Fx.has(robot, "#metricName-0"));
        for (int r = 0; r < 11; r++) { // K = 2: 6 + 2 + 3 rows
            Label name = Fx.lookup(robot, "#metricName-" + r, Label.class);
            assertNotNull(name.getTooltip(), "tooltip on metric '" + name.getText() + "'");
            assertFalse(name.getTooltip().getText().isBlank());
        }
        for (String id : List.of("#play", "#step1", "#reset", "#speed", "#lambdaRec", "#present", "#tour", "#toy",
                "#edit-klAnnealSteps", "#edit-freeBits", "#edit-learningRate")) {
            javafx.scene.control.Control c = Fx.lookup(robot, id, javafx.scene.control.Control.class);
            assertNotNull(c.getTooltip(), "tooltip on " + id);
        }
        // hover: the TRUFL decoder strip of the live snapshot
        RenderOptions o = new RenderOptions(trainer().latest().config().methods(), false, false, 1.0, true, 0.6);
        var canvas = window.canvas();
        var trufl = RenderLayout.of((int) canvas.getWidth(), (int) canvas.getHeight(), o).panels().get(1);
        CanvasHitTester.Hit[] hit = new CanvasHitTester.Hit[1];
        Fx.run(() -> hit[0] = window.classroom().hover(trufl.zToX(-6.5), trufl.stripY() + 3));
        assertEquals(Explanations.OCEAN, hit[0].element(), "the tails start uncovered: " + hit[0].text());
        Fx.run(() -> hit[0] = window.classroom().hover(trufl.zToX(0.0), trufl.plotY() + 4));
        assertEquals(Explanations.TRUFL_BAND, hit[0].element());
        assertTrue(hit[0].text().contains("truncated to (a, b) = ("), hit[0].text());
    }

    @Test
    void shownTooltipsAreAsLargeAsTheirWrappedTextAndLightOnTheirDarkBackground(FxRobot robot) throws Exception {
        firstSnapshot();
        var canvas = window.canvas();
        RenderOptions o = new RenderOptions(trainer().latest().config().methods(), false, false, 1.0, true, 0.6);
        var catnf = RenderLayout.of((int) canvas.getWidth(), (int) canvas.getHeight(), o).panels().get(0);
        Fx.run(() -> window.classroom().hover(catnf.zToX(0.0), catnf.plotY() + catnf.plotHeight() / 2));
        List<javafx.scene.control.Tooltip> tips = Fx.call(() -> List.of(
                ((Label) window.root().lookup("#metricName-0")).getTooltip(),
                ((javafx.scene.control.Control) window.root().lookup("#edit-freeBits")).getTooltip(),
                ((javafx.scene.control.Control) window.root().lookup("#timelineLive")).getTooltip(), // plain text
                (javafx.scene.control.Tooltip) canvas.getProperties().values().stream()
                        .filter(v -> v instanceof javafx.scene.control.Tooltip).findFirst().orElseThrow()));
        for (javafx.scene.control.Tooltip tip : tips) {
            Fx.run(() -> tip.show(stage, 100, 100));
            Fx.run(() -> {
                String what = "tooltip '" + tip.getText().lines().findFirst().orElse("") + "' ";
                // a few wrapped lines: a paragraph sized without a width came out 1,500–2,900 px high
                assertTrue(tip.getHeight() > 30 && tip.getHeight() < 300, what + tip.getWidth() + "×" + tip.getHeight());
                assertTrue(tip.getWidth() < 520, what + tip.getWidth() + "×" + tip.getHeight());
                assertNotNull(tip.getGraphic(), what + "wraps its text");
                var runs = tip.getGraphic().lookupAll(".paragraph-text");
                assertFalse(runs.isEmpty(), what + "has wrapped text");
                for (Node n : runs) {
                    var t = (javafx.scene.text.Text) n;
                    assertTrue(((javafx.scene.paint.Color) t.getFill()).getBrightness() > 0.8,
                            what + "text " + t.getFill() + " on the dark tooltip");
                    assertTrue(t.getFont().getSize() >= 12, what + "font " + t.getFont().getSize() + " px");
                }
                tip.hide();
            });
        }
    }

    @Test
    void draggingABarPreviewsTheToyAndApplyRebuildsTheRun(FxRobot robot) throws Exception {
        firstSnapshot();
        robot.clickOn("#toy");
        ToyEditor toy = window.classroom().toyEditor();
        Fx.settle();
        assertTrue(toy.isVisible());
        String before = toy.optimumText();
        assertTrue(before.contains("0.6931"), before);
        DistributionBars bars = toy.bars();
        Point2D handle = bars.localToScreen(bars.barTop(0)[0], bars.barTop(0)[1]);
        robot.moveTo(handle).press(MouseButton.PRIMARY).moveBy(0, -25).moveBy(0, -10).release(MouseButton.PRIMARY);
        Fx.settle();
        double[] p = bars.values();
        assertTrue(p[0] > 0.55, "bar 0 went up: " + p[0]);
        assertEquals(1.0, p[0] + p[1], 1e-12, "the total stays 1");
        assertNotEquals(before, toy.optimumText(), "the optimum shown follows");
        assertNotNull(toy.pending());
        assertArrayEquals(new double[] {0.5, 0.5}, trainer().latestConfig().dataDistribution(), 1e-12,
                "no rebuild while editing");
        assertEquals(toy.pending().optimalLoss(), window.classroom().curvesConfig(window.config()).optimalLoss(),
                "the curves' optimum line previews the edit");
        robot.clickOn("#toyApply");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS,
                () -> Math.abs(trainer().latestConfig().probability(0) - p[0]) < 1e-9);
        assertEquals(0, idle().step(), "a new run");
        // K = 4 typed
        TextField values = Fx.lookup(robot, "#toyValues", TextField.class);
        Fx.run(() -> {
            values.setText("1, 2, 3, 4");
            values.fireEvent(new ActionEvent());
        });
        assertEquals(4, toy.pending().categories());
        robot.clickOn("#toyApply");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> trainer().latestConfig().categories() == 4);
        assertEquals(0.4, trainer().latestConfig().probability(3), 1e-12);
        assertNull(toy.pending(), "the editor shows the run's toy again");
    }

    @Test
    void annealingAndFreeBitsEditsReachTheTrainer(FxRobot robot) throws Exception {
        firstSnapshot();
        TextField anneal = Fx.lookup(robot, "#edit-klAnnealSteps", TextField.class);
        TextField bits = Fx.lookup(robot, "#edit-freeBits", TextField.class);
        Fx.run(() -> {
            anneal.setText("500");
            anneal.fireEvent(new ActionEvent());
            bits.setText("0.2");
            bits.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS,
                () -> trainer().latestConfig().klAnnealSteps() == 500 && trainer().latestConfig().freeBits() == 0.2);
        Fx.run(() -> {
            bits.setText("99");
            bits.fireEvent(new ActionEvent());
        });
        assertTrue(window.sheet().message().startsWith("free bits: must be a number from 0 to 10"),
                window.sheet().message());
        assertEquals(0.2, trainer().latestConfig().freeBits());
    }

    @Test
    void singleStepsKeepThePreviousSnapshotForSlowMotion(FxRobot robot) throws Exception {
        firstSnapshot();
        robot.clickOn("#step1");
        Snapshot one = idle();
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> {
            Snapshot[] prev = new Snapshot[1];
            Fx.run(() -> prev[0] = window.classroom().overlays(trainer().latest()).previous());
            return prev[0] != null && prev[0].step() == one.step() - 1;
        });
        robot.clickOn("#step10");
        idle();
        Fx.settle();
        Snapshot[] prev = new Snapshot[1];
        Snapshot now = trainer().latest();
        Fx.run(() -> prev[0] = window.classroom().overlays(now).previous());
        assertTrue(prev[0] == null || prev[0].step() == now.step() - 1, "only one step back is compared");
    }

    @Test
    void theTourStopsAtItsStepsAndExplainsEach(FxRobot robot) throws Exception {
        firstSnapshot();
        robot.clickOn("#tour");
        TourPanel tour = window.classroom().tour();
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> tour.index() == 0 && !tour.waiting());
        Fx.settle();
        assertEquals(0, trainer().latest().step());
        Paragraph text = Fx.lookup(robot, "#tourText", Paragraph.class);
        assertEquals(GuidedTour.STOPS.get(0).text(), text.getText());
        robot.clickOn("#tourNext");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> tour.index() == 1 && !tour.waiting());
        Fx.settle();
        assertEquals(GuidedTour.STOPS.get(1).step(), trainer().latest().step());
        assertEquals(GuidedTour.STOPS.get(1).text(), text.getText());
        robot.clickOn("#tourBack");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> tour.index() == 0 && !tour.waiting());
        Fx.settle();
        assertEquals(0, trainer().latest().step());
        double speed = trainer().speed();
        robot.clickOn("#tourClose");
        assertFalse(tour.isVisible());
        assertEquals(speed, trainer().speed(), "the speed is the user's again");
    }

    @Test
    void helpHasAnExplanationsTab(FxRobot robot) throws Exception {
        firstSnapshot();
        robot.clickOn("#stepLabel");
        robot.type(KeyCode.H);
        var tabs = Fx.lookup(robot, "#helpTabs", javafx.scene.control.TabPane.class);
        assertEquals(2, tabs.getTabs().size());
        Fx.run(() -> tabs.getSelectionModel().select(1));
        assertTrue(Fx.has(robot, "#explanations"));
        assertTrue(Fx.lookup(robot, "#help").isVisible(), "clicking a tab does not close help");
    }
}
