package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.dequantlab.config.Settings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing never fires a shortcut (not in a spinner, a text field or the toy's K), a refused value goes
 * back to the value in force, and every message names the field as the window labels it, with what
 * is allowed. The tests share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class TypingWindowTest extends OnSharedWindow {
    private static final long GUARD = 60;

    /** Selects a field's text and types over it; letters, digits and − go as key presses. */
    private void replaceText(FxRobot robot, javafx.scene.Node field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        for (char c : text.toCharArray()) {
            KeyCode k = Character.isLetterOrDigit(c) ? KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)))
                    : c == '-' ? KeyCode.MINUS : c == '+' ? KeyCode.PLUS : c == ' ' ? KeyCode.SPACE : null;
            if (k != null) {
                robot.type(k);
            } else {
                robot.write(c);
            }
        }
    }

    @Test
    void typingMinusTwoIntoTheSpinnerLeavesTheSpeedAloneAndIsRefusedWithTheLabelAndRange(FxRobot robot)
            throws Exception {
        WindowTestSupport.firstSnapshot(window);
        @SuppressWarnings("unchecked")
        Spinner<Double> rec = Fx.lookup(robot, "#lambdaRec", Spinner.class);
        Slider speed = Fx.lookup(robot, "#speed", Slider.class);
        double speedBefore = speed.getValue(), trainerSpeed = window.trainer().speed();
        // Tab to the spinner: the spinner holds the focus and hands the keys to its editor
        Fx.run(rec::requestFocus);
        Fx.run(() -> rec.getEditor().selectAll());
        robot.type(KeyCode.MINUS, KeyCode.DIGIT2); // key presses, as a keyboard sends them (write() sends text only)
        assertEquals("-2", rec.getEditor().getText());
        Fx.settle();
        assertEquals(speedBefore, speed.getValue(), "'−' typed into the spinner is not 'slower'");
        assertEquals(trainerSpeed, window.trainer().speed());
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertEquals("λ_rec: must be a number from 0 to 1000, got -2", window.session().message());
        assertEquals("10", rec.getEditor().getText(), "the refused text does not stay");
        assertEquals(10.0, window.trainer().latestConfig().lambdaRec());

        replaceText(robot, rec.getEditor(), "abc");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        String msg = window.session().message();
        assertEquals("λ_rec: must be a number from 0 to 1000, got 'abc'", msg);
        assertFalse(msg.contains("lambdaRec"), "no code names");
        assertEquals("10", rec.getEditor().getText());
        assertTrue(Fx.lookup(robot, "#messageBar").isVisible(), "the message is shown under the tool bars");

        replaceText(robot, rec.getEditor(), "12");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latestConfig().lambdaRec() == 12);
        assertEquals("", window.session().message(), "an accepted value clears the message");
        assertFalse(Fx.lookup(robot, "#messageBar").isVisible());
    }

    @Test
    void lettersTypedIntoFieldsNeverResetSampleStepOrPresent(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        robot.clickOn("#step10");
        long step = WindowTestSupport.idle(window).step();
        TextField stopAt = Fx.lookup(robot, "#stopAt", TextField.class);
        replaceText(robot, stopAt, "rsp fh ");
        robot.type(KeyCode.RIGHT, KeyCode.SPACE);
        robot.type(KeyCode.MINUS, KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(step, WindowTestSupport.idle(window).step(), "no reset, no step, no play");
        assertNull(window.sampling().method(org.dequantlab.method.Methods.TRUFL), "no sampling");
        assertFalse(window.classroom().presentation().active(), "no presentation mode");
        assertFalse(stage.isFullScreen(), "no full screen");
        assertFalse(Fx.lookup(robot, "#help").isVisible(), "no help");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertTrue(window.session().message().startsWith("stop at step: must be an integer from 1 to"),
                window.session().message());
        assertEquals("10000", stopAt.getText(), "the refused text does not stay");
        // Ctrl+Z in a field is the field's own undo, not the window's
        Fx.run(() -> assertNull(window.session().edit(Settings.LAMBDA_KL, "2")));
        replaceText(robot, stopAt, "123");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        Fx.settle();
        assertEquals(2.0, window.session().config().lambdaKl(), "typing's Ctrl+Z did not undo the run's λ_KL");
        robot.clickOn("#stepLabel");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        Fx.settle();
        assertEquals(1.0, window.session().config().lambdaKl(), "outside a field Ctrl+Z undoes");
    }

    @Test
    void theToyEditorTakesATypedKAndRefusesOtherText(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        robot.clickOn("#toy");
        ToyEditor toy = window.classroom().toyEditor();
        @SuppressWarnings("unchecked")
        Spinner<Integer> k = Fx.lookup(robot, "#toyK", Spinner.class);
        long step = window.trainer().latest().step();
        replaceText(robot, k.getEditor(), "5");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertEquals(5, k.getValue(), "typed K");
        assertEquals(5, toy.bars().values().length);
        assertEquals(5, toy.pending().categories());
        assertEquals(step, window.trainer().latest().step(), "typing '5' did not step or reset anything");
        replaceText(robot, k.getEditor(), "x9");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertEquals(5, k.getValue());
        assertEquals("5", k.getEditor().getText(), "the refused text does not stay");
        Paragraph message = Fx.lookup(robot, "#toyMessage", Paragraph.class);
        assertEquals("K (categories): must be an integer from 2 to 8, got 'x9'", message.getText());
    }
}
