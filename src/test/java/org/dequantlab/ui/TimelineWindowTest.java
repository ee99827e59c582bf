package org.dequantlab.ui;

import static org.dequantlab.ui.WindowTestSupport.GUARD;
import static org.dequantlab.ui.WindowTestSupport.firstSnapshot;
import static org.dequantlab.ui.WindowTestSupport.idle;
import static org.dequantlab.ui.WindowTestSupport.shows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;
import org.dequantlab.ui.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline: scrubbing shows recorded steps, never disturbs the trainer; keys, playback, back to live. The
 * tests share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class TimelineWindowTest extends OnSharedWindow {
    private Label stepLabel;

    private Timeline timeline() {
        return window.timeline();
    }

    private Snapshot trainTo100(FxRobot robot) throws Exception {
        firstSnapshot(window);
        stepLabel = Fx.lookup(robot, "#stepLabel", Label.class);
        robot.clickOn("#step100");
        Snapshot s = idle(window);
        assertEquals(100, s.step());
        shows(window, stepLabel, 100);
        return s;
    }

    @Test
    void scrubbingShowsTheRecordedStepAndLeavesThePausedTrainerUntouched(FxRobot robot) throws Exception {
        Snapshot before = trainTo100(robot);
        long builtBefore = timeline().builder().built(); // the window is shared: earlier tests' builds count too
        Fx.run(() -> timeline().scrubTo(37));
        shows(window, stepLabel, 37);
        assertFalse(timeline().isLive());
        HistoryRecord rec = window.trainer().history().at(37);
        Snapshot shown = window.shownSnapshot();
        for (int i = 0; i < shown.methods().size(); i++) {
            assertArrayEquals(rec.points().get(i).theta(), shown.methods().get(i).theta(), "recorded parameters shown");
            assertTrue(shown.methods().get(i).curves() != null, "rebuilt with curves");
        }
        String label = Fx.lookup(robot, "#timelineLabel", Label.class).getText();
        assertTrue(label.contains("REPLAY") && label.contains("step 37"), label);

        Random rnd = new Random(5);
        for (int i = 0; i < 60; i++) {
            long step = rnd.nextInt(101);
            Fx.run(() -> timeline().scrubTo(step));
        }
        Fx.run(() -> timeline().scrubTo(64));
        shows(window, stepLabel, 64);
        Snapshot after = idle(window);
        assertEquals(before.step(), after.step(), "trainer step unchanged");
        assertEquals(before.version(), after.version(), "trainer published nothing new");
        for (int i = 0; i < before.methods().size(); i++) {
            MethodSnapshot a = before.methods().get(i), b = after.methods().get(i);
            assertArrayEquals(a.theta(), b.theta(), a.method() + " parameters unchanged");
        }
        assertTrue(timeline().builder().built() - builtBefore <= 62, "latest request wins: at most one build per request");

        robot.clickOn("#timelineLive");
        assertTrue(timeline().isLive());
        shows(window, stepLabel, 100);
    }

    @Test
    void trainingKeepsRunningWhileScrubbingAndPlayReturnsToLive(FxRobot robot) throws Exception {
        trainTo100(robot);
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest().step() > 150);
        Fx.run(() -> timeline().scrubTo(20));
        long at = window.trainer().latest().step();
        for (int i = 0; i < 20; i++) {
            long step = 10 + i;
            Fx.run(() -> timeline().scrubTo(step));
        }
        shows(window, stepLabel, 29);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest().step() > at + 100);
        assertFalse(timeline().isLive(), "still replaying while the trainer trains");
        assertEquals(29, window.shownSnapshot().step());
        robot.clickOn("#play"); // pause
        robot.clickOn("#play"); // play: back to live
        assertTrue(timeline().isLive());
        robot.clickOn("#play");
        long stopped = idle(window).step();
        shows(window, stepLabel, stopped);
    }

    @Test
    void arrowKeysHomeAndEndMoveTheTimelineNotTheTrainer(FxRobot robot) throws Exception {
        trainTo100(robot);
        robot.clickOn("#timeline");
        Fx.settle();
        assertFalse(timeline().isLive(), "clicking the timeline scrubs");
        robot.type(KeyCode.END);
        shows(window, stepLabel, 100);
        robot.type(KeyCode.LEFT);
        shows(window, stepLabel, 99);
        robot.type(KeyCode.LEFT, 3);
        shows(window, stepLabel, 96);
        robot.type(KeyCode.RIGHT);
        shows(window, stepLabel, 97);
        robot.type(KeyCode.HOME);
        shows(window, stepLabel, 0);
        robot.type(KeyCode.LEFT);
        Fx.settle();
        assertEquals(0, timeline().requestedStep(), "stays at the first record");
        assertEquals(100, idle(window).step(), "→ on the timeline did not step the trainer");
    }

    @Test
    void playbackRunsThroughTheRecordToTheEnd(FxRobot robot) throws Exception {
        trainTo100(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> speed = Fx.lookup(robot, "#replaySpeed", ComboBox.class);
        Fx.run(() -> speed.setValue("8×"));
        assertEquals(8.0, timeline().speedFactor());
        robot.clickOn("#replayPlay");
        assertTrue(timeline().isPlaying());
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> !timeline().isPlaying());
        assertEquals(100, timeline().requestedStep(), "stopped at the last record");
        shows(window, stepLabel, 100);
        assertFalse(timeline().isLive());
        assertEquals(100, idle(window).step());
    }
}
