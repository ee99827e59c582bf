package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dequantlab.config.Preset;
import org.dequantlab.config.Presets;
import org.dequantlab.config.Settings;
import org.dequantlab.train.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window stays in step with the run: the preset box after a cancelled choice, the tour, undo; an
 * old refusal does not outlive its run; undo and redo by key and menu; the confirmation dialog in front of
 * the window. The tests share one window ({@link SharedWindow}), back to its fresh state before each; File → New
 * and Quit, which closes its window, are in {@link SessionQuitWindowTest}.
 */
class SessionWindowTest extends OnSharedWindow {
    private static final long GUARD = 90;
    private boolean answer = true;

    /** After the reset (it answers yes): the confirmer answers {@link #answer}, yes until a test says no. */
    @BeforeEach
    void confirmer() {
        answer = true;
        Fx.run(() -> window.setConfirmer(q -> answer));
    }

    @Test
    void theBoxNamesTheRunAfterACancelledPresetTheTourAndUndo(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        ComboBox<Preset> box = WindowTestSupport.presetBox(robot);
        assertEquals(Presets.BLOG, box.getValue());
        robot.clickOn("#step10");
        WindowTestSupport.idle(window);
        answer = false;
        Fx.run(() -> box.setValue(Presets.FOUR));
        assertEquals(Presets.BLOG, box.getValue(), "cancelled: the box goes back to the run's preset");
        assertEquals(2, WindowTestSupport.idle(window).config().categories(), "the old run goes on");
        assertEquals(10, window.trainer().latest().step());
        answer = true;
        Fx.run(() -> box.setValue(Presets.FOUR));
        assertEquals(4, WindowTestSupport.idle(window).config().categories());
        assertEquals(Presets.FOUR, box.getValue());
        Fx.run(() -> window.classroom().startTour());
        TourPanel tour = window.classroom().tour();
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> tour.index() == 0 && !tour.waiting());
        assertEquals(Presets.BLOG, box.getValue(), "the tour loaded blog: the box says so");
        Fx.run(tour::close);
        robot.clickOn("#stepLabel");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latestConfig().categories() == 4);
        assertEquals(Presets.FOUR, box.getValue(), "undo brings back the 'four' run, and the box follows");
    }

    @Test
    void anOldRefusalDoesNotOutliveItsRun(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        Fx.run(() -> window.session().edit(Settings.LEARNING_RATE, "7"));
        assertTrue(window.session().message().startsWith("learning rate"));
        assertTrue(Fx.lookup(robot, "#messageBar").isVisible());
        Fx.run(() -> WindowTestSupport.presetBox(robot).setValue(Presets.THREE));
        Fx.settle();
        assertEquals("", window.session().message());
        assertFalse(Fx.lookup(robot, "#messageBar").isVisible(), "the red line went with the run");
    }

    @Test
    void undoAndRedoByKeyAndFromTheEditMenuForLiveChangesAndNewRuns(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        robot.clickOn("#step100");
        Snapshot trained = WindowTestSupport.idle(window);
        Fx.run(() -> window.session().edit(Settings.LAMBDA_REC, "5"));
        MenuItem undo = WindowTestSupport.menuItem(window, "menuUndo"), redo = WindowTestSupport.menuItem(window, "menuRedo");
        assertTrue(undo.getText().startsWith("Undo λ_rec 10 → 5"), undo.getText());
        assertFalse(undo.isDisable());
        assertTrue(redo.isDisable());
        robot.clickOn("#stepLabel");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latestConfig().lambdaRec() == 10);
        assertTrue(redo.getText().startsWith("Redo λ_rec 10 → 5"), redo.getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latestConfig().lambdaRec() == 5);
        Fx.run(() -> undo.fire());
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latestConfig().lambdaRec() == 10);
        // a new run (here: new seed) is undone exactly: the same step, the same parameters
        robot.clickOn("#newSeed");
        assertNotEquals(trained.config().seed(), WindowTestSupport.idle(window).config().seed());
        assertTrue(undo.getText().startsWith("Undo new seed"), undo.getText());
        Fx.run(() -> undo.fire());
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest().step() == 100
                && window.trainer().latest().config().seed() == trained.config().seed());
        Snapshot back = WindowTestSupport.idle(window);
        assertArrayEquals(trained.methods().get(1).theta(), back.methods().get(1).theta());
    }

    @Test
    void theApplyConfirmationOpensInFrontOfTheWindowAndThePanelSaysWhatHappened(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        Fx.run(() -> window.setConfirmer(null)); // the real dialog
        robot.clickOn("#toy");
        TextFieldHelper.type(robot, "#toyValues", "1, 3");
        robot.clickOn("#toyApply");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> dialog() != null);
        Stage dialog = dialog();
        assertEquals(stage, dialog.getOwner(), "owned by the window: in front of it, also in full screen");
        javafx.geometry.Bounds toy = Fx.call(() -> Fx.lookup(robot, "#toyEditor").localToScreen(
                Fx.lookup(robot, "#toyEditor").getLayoutBounds()));
        double cx = dialog.getX() + dialog.getWidth() / 2, cy = dialog.getY() + dialog.getHeight() / 2;
        assertTrue(Math.abs(cx - (stage.getX() + stage.getWidth() / 2)) < 60, "centred on the window");
        assertFalse(toy.contains(cx, cy), "not under the toy panel");
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        Fx.run(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK))
                .fire());
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS,
                () -> Math.abs(window.trainer().latestConfig().probability(1) - 0.75) < 1e-9);
        String status = window.classroom().toyEditor().status();
        assertTrue(status.startsWith("Applied: a new run"), status);
        assertTrue(Fx.lookup(robot, "#toyStatus").isVisible());
    }

    private static Stage dialog() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene() != null
                    && s.getScene().getRoot() instanceof DialogPane p && "confirmDialog".equals(p.getId())) {
                return s;
            }
        }
        return null;
    }

    /** Types into a text field and commits with Enter. */
    static final class TextFieldHelper {
        static void type(FxRobot robot, String id, String text) {
            javafx.scene.control.TextField f = Fx.lookup(robot, id, javafx.scene.control.TextField.class);
            Fx.run(() -> {
                f.setText(text);
                f.fireEvent(new javafx.event.ActionEvent());
            });
        }
    }
}
