package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.Methods;
import org.dequantlab.render.KnownSnapshots;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window headless (Monocle): transport, edits, refusals, drawing, and a stress run. The tests
 * share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class LabWindowTest extends OnSharedWindow {
    private static final long GUARD = 60; // seconds: a failure guard, not a speed assertion

    private Trainer trainer() {
        return window.trainer();
    }

    private Snapshot idle() throws Exception {
        return WindowTestSupport.idle(window);
    }

    private void firstSnapshot() throws Exception {
        WindowTestSupport.firstSnapshot(window);
    }

    private void labelShows(FxRobot robot, long step) throws Exception {
        Label label = Fx.lookup(robot, "#stepLabel", Label.class);
        String want = SnapshotRenderer.stepText(step);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> want.equals(label.getText()));
    }

    @Test
    void aWindowOpenedOnAPublishedSnapshotShowsTheRunInItsFirstRendering(FxRobot robot) throws Exception {
        LabWindow[] second = new LabWindow[1];
        Stage[] stage = new Stage[1];
        Fx.run(() -> second[0] = new LabWindow(ExperimentConfig.defaults(), LaunchOptions.parse()));
        try {
            // pulses run while it waits unshown: they must not use up its first frame on a 0 x 0 canvas
            assertNotNull(second[0].trainer().awaitIdle(GUARD, TimeUnit.SECONDS));
            WaitForAsyncUtils.waitForFxEvents(5);
            Snapshot[] atOpen = new Snapshot[1];
            long[] inked = new long[1];
            String[] label = new String[1];
            Fx.run(() -> {
                stage[0] = new Stage();
                second[0].show(stage[0], false);
                // still inside the call that showed it: no pulse has run, the frame came with the layout
                atOpen[0] = second[0].shownSnapshot();
                label[0] = ((Label) second[0].root().lookup("#stepLabel")).getText();
                WritableImage img = second[0].canvas().snapshot(null, null);
                PixelReader px = img.getPixelReader();
                for (int y = 0; y < (int) img.getHeight(); y += 4) {
                    for (int x = 0; x < (int) img.getWidth(); x += 4) {
                        if (px.getColor(x, y).getBrightness() < 0.9) {
                            inked[0]++;
                        }
                    }
                }
            });
            assertNotNull(atOpen[0], "the first frame is drawn before the window's first pulse");
            assertEquals(0, atOpen[0].step());
            assertEquals(SnapshotRenderer.stepText(0), label[0], "the step counter is filled in too");
            assertTrue(inked[0] > 500, "the canvas shows the run, not a blank or a placeholder: " + inked[0]);
        } finally {
            Fx.run(() -> {
                if (stage[0] != null) {
                    stage[0].hide();
                }
                second[0].close();
            });
        }
    }

    @Test
    void playAdvancesAndPauseStops(FxRobot robot) throws Exception {
        firstSnapshot();
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> trainer().latest().step() > 20);
        robot.clickOn("#play");
        long stopped = idle().step();
        assertTrue(stopped > 20);
        labelShows(robot, stopped);
        WaitForAsyncUtils.waitForFxEvents(10);
        assertEquals(stopped, trainer().latest().step(), "no steps after pause");
        assertEquals(SnapshotRenderer.stepText(stopped), Fx.lookup(robot, "#stepLabel", Label.class).getText());
    }

    @Test
    void stepAdvancesExactlyOneAndKeysWork(FxRobot robot) throws Exception {
        firstSnapshot();
        long s0 = trainer().latest().step();
        robot.clickOn("#step1");
        assertEquals(s0 + 1, idle().step());
        robot.clickOn("#stepLabel"); // focus away from any text field
        robot.type(KeyCode.RIGHT);
        assertEquals(s0 + 2, idle().step());
        labelShows(robot, s0 + 2);
    }

    @Test
    void resetReturnsToStepZeroWithTheSameParameters(FxRobot robot) throws Exception {
        firstSnapshot();
        Snapshot start = trainer().latest();
        assertEquals(0, start.step());
        robot.clickOn("#step100");
        Snapshot after = idle();
        assertEquals(100, after.step());
        assertFalse(java.util.Arrays.equals(start.methods().get(0).theta(), after.methods().get(0).theta()));
        robot.clickOn("#reset");
        Snapshot reset = idle();
        assertEquals(0, reset.step());
        for (int i = 0; i < start.methods().size(); i++) {
            MethodSnapshot a = start.methods().get(i), b = reset.methods().get(i);
            assertArrayEquals(a.theta(), b.theta(), a.method() + " parameters after reset");
        }
        labelShows(robot, 0);
    }

    @Test
    void changingLambdaRecInTheToolbarChangesTheTrainer(FxRobot robot) throws Exception {
        firstSnapshot();
        @SuppressWarnings("unchecked")
        Spinner<Double> spinner = Fx.lookup(robot, "#lambdaRec", Spinner.class);
        Fx.run(() -> {
            spinner.getEditor().setText("5");
            spinner.commitValue();
        });
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> trainer().latestConfig().lambdaRec() == 5.0);
        assertEquals(1.0, trainer().latestConfig().lambdaKl());
        // the editor in the side panel follows
        TextField edit = Fx.lookup(robot, "#edit-lambdaRec", TextField.class);
        assertEquals("5", edit.getText());
    }

    @Test
    void badValuesAreRefusedWithAMessageAndTheRunContinues(FxRobot robot) throws Exception {
        firstSnapshot();
        TextField lr = Fx.lookup(robot, "#edit-learningRate", TextField.class);
        robot.clickOn(lr);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("5");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        String msg = window.sheet().message();
        assertTrue(msg.contains("learning rate") && msg.contains("(0, 1]"), "message names field and range: " + msg);
        assertEquals("0.01", lr.getText(), "old value restored");
        assertEquals(0.01, trainer().latestConfig().learningRate());

        TextField p = Fx.lookup(robot, "#edit-dataDistribution", TextField.class);
        Fx.run(() -> {
            p.setText("-1, 2");
            p.fireEvent(new ActionEvent());
        });
        msg = window.sheet().message();
        assertTrue(msg.contains("p̃(x)") && msg.contains("positive"), msg);
        assertEquals("0.5, 0.5", p.getText());

        // the run continues
        robot.clickOn("#step10");
        assertEquals(10, idle().step());
        // a good value is accepted and clears the message
        Fx.run(() -> {
            lr.setText("0.02");
            lr.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> trainer().latestConfig().learningRate() == 0.02);
        assertEquals("", window.sheet().message());
    }

    @Test
    void canvasShowsAKnownSnapshotWhereTheMathsPutsIt(FxRobot robot) throws Exception {
        firstSnapshot();
        Snapshot known = KnownSnapshots.twoCategories();
        WritableImage[] holder = new WritableImage[1];
        Fx.run(() -> {
            window.showSnapshot(known);
            holder[0] = window.canvas().snapshot(null, null);
        });
        WritableImage img = holder[0];
        assertNotNull(img);
        PixelReader px = img.getPixelReader();
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        RenderOptions o = new RenderOptions(List.of(Methods.CATNF, Methods.TRUFL), false, false, 1.0, true, 0.6);
        KnownSnapshots.assertKnownDrawing((x, y) -> {
            javafx.scene.paint.Color c = px.getColor(x, y);
            return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        }, o, w, h);
    }

    @Test
    void stressRandomActionsEndConsistent(FxRobot robot) throws Exception {
        firstSnapshot();
        Random rnd = new Random(20240611L);
        ToggleButton play = Fx.lookup(robot, "#play", ToggleButton.class);
        @SuppressWarnings("unchecked")
        Spinner<Double> rec = Fx.lookup(robot, "#lambdaRec", Spinner.class);
        @SuppressWarnings("unchecked")
        ComboBox<org.dequantlab.config.Preset> preset = Fx.lookup(robot, "#preset", ComboBox.class);
        Slider speed = Fx.lookup(robot, "#speed", Slider.class);
        TextField lr = Fx.lookup(robot, "#edit-learningRate", TextField.class);
        TextField k = Fx.lookup(robot, "#edit-categories", TextField.class);
        TextField stop = Fx.lookup(robot, "#stopAt", TextField.class);
        String[] ids = {"#step1", "#step10", "#step100", "#reset", "#newSeed"};
        List<org.dequantlab.config.Preset> presets = org.dequantlab.config.Presets.all();
        int actions = 2000;
        for (int batch = 0; batch < actions / 20; batch++) {
            Fx.run(() -> {
                for (int i = 0; i < 20; i++) {
                    int a = rnd.nextInt(100);
                    if (a < 25) {
                        play.fire();
                    } else if (a < 50) {
                        robot.lookup(ids[rnd.nextInt(ids.length)]).queryButton().fire();
                    } else if (a < 62) {
                        rec.getValueFactory().setValue(rnd.nextInt(4) == 0 ? 0.0 : 1 + rnd.nextInt(20));
                    } else if (a < 72) {
                        lr.setText(rnd.nextBoolean() ? "5" : String.valueOf(0.001 + rnd.nextDouble() * 0.05));
                        lr.fireEvent(new ActionEvent());
                    } else if (a < 78) {
                        preset.setValue(presets.get(rnd.nextInt(presets.size())));
                    } else if (a < 82) {
                        k.setText(String.valueOf(1 + rnd.nextInt(9)));
                        k.fireEvent(new ActionEvent());
                    } else if (a < 92) {
                        speed.setValue(rnd.nextDouble() * 100);
                    } else {
                        stop.setText(String.valueOf(rnd.nextInt(3) == 0 ? -5 : 50 + rnd.nextInt(5000)));
                        stop.fireEvent(new ActionEvent());
                    }
                }
            });
        }
        Fx.run(() -> {
            if (play.isSelected()) {
                play.fire();
            }
        });
        Snapshot end = idle();
        assertTrue(trainer().alive(), "trainer thread still alive");
        labelShows(robot, end.step());
        assertEquals(end.step(), trainer().latest().step());
        assertEquals(window.config(), trainer().latestConfig(), "window and trainer agree on the configuration");
        Fx.assertNoErrors(fxErrors);
        assertTrue(end.failure() == null || !end.failure().startsWith("internal"), "no internal error: " + end.failure());
    }
}
