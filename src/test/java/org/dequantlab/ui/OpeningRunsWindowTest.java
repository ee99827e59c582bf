package org.dequantlab.ui;

import static org.dequantlab.ui.WindowTestSupport.GUARD;
import static org.dequantlab.ui.WindowTestSupport.firstSnapshot;
import static org.dequantlab.ui.WindowTestSupport.idle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.dequantlab.config.Preset;
import org.dequantlab.config.Presets;
import org.dequantlab.config.Settings;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening runs in the window: a long one shows its progress and can be cancelled back to the run
 * before; one that diverges shows the failure and leaves Reset, Space and the presets working. The tests share
 * one window ({@link SharedWindow}), back to its fresh state (File → New: an untitled document) before each.
 */
class OpeningRunsWindowTest extends OnSharedWindow {
    private static final String HEAD = "{\"format\":\"dequantlab-experiment\",\"version\":1,";

    @TempDir
    Path dir; // one per test
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void errorSink() {
        Fx.run(() -> window.files().setErrorSink(errors::add));
    }

    /** Each test starts with no message collected, as in a window of its own. */
    @BeforeEach
    void noErrors() {
        errors.clear();
    }

    private boolean barShown(FxRobot robot) {
        return Fx.lookup(robot, "#openingBar").isVisible();
    }

    @Test
    void aLongRunShowsProgressAndCancelGoesBackToTheRunBefore(FxRobot robot) throws Exception {
        firstSnapshot(window);
        robot.clickOn("#step10");
        Snapshot before = idle(window);
        Path file = Files.writeString(dir.resolve("long.json"), HEAD + "\"config\":{\"categories\":8,\"steps\":"
                + "2000000},\"steps\":2000000}");
        boolean[] ok = new boolean[1];
        Fx.run(() -> ok[0] = window.files().open(file));
        assertTrue(ok[0], errors.toString());
        Label text = Fx.lookup(robot, "#openingText", Label.class);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> barShown(robot)
                && text.getText().matches("Opening long\\.json: replaying step [1-9][0-9,]* of 2,000,000.*"));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> stage.getTitle().equals("DequantLab — long.json"));
        String[] refused = new String[1];
        Fx.run(() -> refused[0] = window.session().edit(Settings.LAMBDA_REC, "3"));
        assertEquals("λ_rec: wait until the file is open (or Cancel opening it)", refused[0],
                "a live change would alter the run being replayed");
        boolean[] saved = {true};
        Fx.run(() -> saved[0] = window.files().save());
        assertFalse(saved[0], "saving now would replace the file with part of its run");
        assertEquals("cannot write " + file + ": wait until long.json is open (or Cancel opening it)", errors.remove(0));
        assertTrue(Files.readString(file).endsWith("\"steps\":2000000}"), "the file is untouched");
        robot.clickOn("#openingCancel");
        Snapshot back = idle(window);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> !barShown(robot));
        assertEquals(before.step(), back.step(), "the run before");
        assertEquals(2, back.config().categories());
        assertEquals(before.config(), window.config(), "the settings before");
        for (int i = 0; i < before.methods().size(); i++) {
            assertArrayEquals(before.methods().get(i).theta(), back.methods().get(i).theta());
        }
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> stage.getTitle().equals("DequantLab — untitled*"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aRunThatDivergesShowsTheFailureAndTheWindowKeepsWorking(FxRobot robot) throws Exception {
        firstSnapshot(window);
        Path file = Files.writeString(dir.resolve("div.json"), HEAD + "\"config\":{\"learningRate\":1,\"lambdaRec\":100,"
                + "\"lambdaKl\":0.001,\"methods\":[\"trufl\"],\"seed\":3,\"steps\":5000},\"steps\":5000}");
        Fx.run(() -> window.files().open(file));
        Snapshot failed = idle(window);
        assertEquals(TrainerStatus.FAILED, failed.status());
        Label failure = Fx.lookup(robot, "#failureText", Label.class);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> Fx.lookup(robot, "#failureBanner").isVisible()
                && failure.getText().matches("Training failed at step [0-9]+: the opened run diverges here \\(TRUFL: .*"));
        assertFalse(failure.getText().contains("internal error"), failure.getText());
        assertEquals(failed.config(), window.config(), "the window shows the settings the run stopped with");

        robot.clickOn("#bannerReset");
        assertEquals(0, idle(window).step());
        robot.clickOn("#canvas");
        robot.type(KeyCode.SPACE); // play
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest().step() > 20);
        robot.type(KeyCode.SPACE); // pause
        idle(window);
        ComboBox<Preset> preset = Fx.lookup(robot, "#preset", ComboBox.class);
        Fx.run(() -> preset.setValue(Presets.THREE));
        Snapshot three = idle(window);
        assertEquals(Presets.THREE.config(), three.config());
        assertEquals(0, three.step());
        assertTrue(window.trainer().alive());
    }
}
