package org.dequantlab.ui;

import static org.dequantlab.ui.WindowTestSupport.GUARD;
import static org.dequantlab.ui.WindowTestSupport.firstSnapshot;
import static org.dequantlab.ui.WindowTestSupport.idle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.train.Snapshot;
import org.dequantlab.ui.files.ExperimentDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Experiments as files in the window: save, open (bit-identical replay), title, refusals, Save As, recent files.
 * The tests share one window ({@link SharedWindow}), back to its fresh state (File → New: an untitled document)
 * before each, and start with an empty list of recent files.
 */
class ExperimentFilesWindowTest extends OnSharedWindow {
    @TempDir
    Path dir; // one per test
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void errorSink() {
        Fx.run(() -> window.files().setErrorSink(errors::add));
    }

    /**
     * Each test starts as in a window of its own: no message collected and no recent file (the list is kept in
     * the window's preferences, across tests).
     */
    @BeforeEach
    void noErrorsNoRecentFiles() {
        errors.clear();
        Fx.run(() -> doc().recent().list().forEach(doc().recent()::remove));
        assertEquals(List.of(), doc().recent().list(), "no recent file");
    }

    private ExperimentDocument doc() {
        return window.files();
    }

    private String title(FxRobot robot) {
        String[] t = new String[1];
        Fx.run(() -> t[0] = stage.getTitle());
        return t[0];
    }

    private void titleIs(String want) throws Exception {
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> want.equals(stage.getTitle()));
    }

    /** 120 steps, a hot change of λ_rec, 30 more steps. */
    private Snapshot trainWithAChange(FxRobot robot) throws Exception {
        firstSnapshot(window);
        robot.clickOn("#step100");
        robot.clickOn("#step10");
        robot.clickOn("#step10");
        assertEquals(120, idle(window).step());
        Fx.run(() -> assertNull(window.session().edit(org.dequantlab.config.Settings.LAMBDA_REC, "5")));
        robot.clickOn("#step10");
        robot.clickOn("#step10");
        robot.clickOn("#step10");
        Snapshot s = idle(window);
        assertEquals(150, s.step());
        assertEquals(5.0, s.config().lambdaRec());
        return s;
    }

    @Test
    void saveThenOpenReplaysTheSameRunAndTheTitleNamesTheFile(FxRobot robot) throws Exception {
        titleIs("DequantLab — untitled");
        Snapshot saved = trainWithAChange(robot);
        titleIs("DequantLab — untitled*");
        Path file = dir.resolve("run.json");
        boolean[] ok = new boolean[1];
        Fx.run(() -> ok[0] = doc().saveAs(dir.resolve("run"), p -> false));
        assertTrue(ok[0], "saved: " + errors);
        assertTrue(Files.exists(file), ".json added");
        titleIs("DequantLab — run.json");
        assertEquals(150, ExperimentFile.read(file).steps());

        robot.clickOn("#reset");
        assertEquals(0, idle(window).step());
        titleIs("DequantLab — run.json*");

        Fx.run(() -> ok[0] = doc().open(file));
        assertTrue(ok[0], "opened: " + errors);
        Snapshot back = idle(window);
        assertEquals(saved.step(), back.step());
        assertEquals(saved.config(), back.config(), "configuration in force");
        assertEquals(saved.config(), window.config());
        assertEquals(ExperimentConfig.defaults(), window.trainer().initialConfig());
        assertEquals(1, window.trainer().history().changes().size());
        for (int i = 0; i < saved.methods().size(); i++) {
            assertArrayEquals(saved.methods().get(i).theta(), back.methods().get(i).theta(),
                    saved.methods().get(i).method() + ": bit-identical replay");
        }
        titleIs("DequantLab — run.json");
        assertTrue(doc().recent().list().contains(file.toAbsolutePath().normalize()), "in the recent files");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void badFilesAreRefusedWithTheirMessageAndChangeNothing(FxRobot robot) throws Exception {
        Snapshot before = trainWithAChange(robot);
        Path good = dir.resolve("good.json");
        Fx.run(() -> doc().saveAs(good, p -> false));
        titleIs("DequantLab — good.json");
        String head = "{\"format\":\"dequantlab-experiment\",\"version\":1,";
        Map<String, String[]> bad = new LinkedHashMap<>();
        bad.put("malformed", new String[] {"{\"format\": \"dequantlab-experiment\",", "invalid JSON"});
        bad.put("truncated", new String[] {Files.readString(good).substring(0, 200), "invalid JSON"});
        bad.put("version 7", new String[] {"{\"format\":\"dequantlab-experiment\",\"version\":7,\"config\":{},\"steps\":0}",
            "reads version 1"});
        bad.put("K = 10^9", new String[] {head + "\"config\":{\"categories\":1000000000},\"steps\":0}",
            "config.categories"});
        bad.put("NaN", new String[] {head + "\"config\":{\"learningRate\":NaN},\"steps\":0}", "config.learningRate"});
        bad.put("deep nesting", new String[] {head + "\"config\":{},\"steps\":0,\"history\":" + "[".repeat(5000)
            + "]".repeat(5000) + "}", "nested deeper"});
        bad.put("megabytes of text", new String[] {"{\"format\":\"" + "x".repeat(3_000_000) + "\"}", "longer than 10000 characters"});
        bad.put("not an experiment", new String[] {"[1, 2, 3]", "a JSON object"});
        for (Map.Entry<String, String[]> e : bad.entrySet()) {
            Path f = dir.resolve(e.getKey().replace(' ', '_') + ".json");
            Files.writeString(f, e.getValue()[0]);
            errors.clear();
            boolean[] ok = new boolean[] {true};
            Fx.run(() -> ok[0] = doc().open(f));
            assertFalse(ok[0], e.getKey() + " refused");
            assertEquals(1, errors.size(), e.getKey() + ": one message");
            String msg = errors.get(0);
            assertTrue(msg.startsWith("cannot read " + f) && msg.contains(e.getValue()[1]), e.getKey() + ": " + msg);
            Snapshot now = idle(window);
            assertEquals(before.step(), now.step(), e.getKey() + ": step unchanged");
            assertEquals(before.config(), window.config(), e.getKey() + ": configuration unchanged");
            for (int i = 0; i < before.methods().size(); i++) {
                assertArrayEquals(before.methods().get(i).theta(), now.methods().get(i).theta(), e.getKey());
            }
            assertEquals("DequantLab — good.json", title(robot), e.getKey() + ": title unchanged");
            assertEquals(good, doc().file());
        }
    }

    @Test
    void saveAsAsksBeforeReplacingAndRecentFilesPruneMissingOnes(FxRobot robot) throws Exception {
        firstSnapshot(window);
        Path target = dir.resolve("keep.json");
        Files.writeString(target, "precious");
        List<Path> asked = new ArrayList<>();
        boolean[] ok = new boolean[1];
        Fx.run(() -> ok[0] = doc().saveAs(target, p -> {
            asked.add(p);
            return false;
        }));
        assertFalse(ok[0]);
        assertEquals(List.of(target), asked, "asked once about the existing file");
        assertEquals("precious", Files.readString(target), "declined: not replaced");
        Fx.run(() -> ok[0] = doc().saveAs(target, p -> true));
        assertTrue(ok[0]);
        assertEquals(0, ExperimentFile.read(target).steps(), "agreed: replaced by the experiment");

        Path other = dir.resolve("other.json");
        Fx.run(() -> doc().saveAs(other, p -> false));
        assertEquals(List.of(other, target), doc().recent().list(), "newest first");
        Files.delete(other);
        assertEquals(List.of(target), doc().recent().list(), "missing file pruned");
        for (int i = 0; i < 10; i++) {
            Path p = dir.resolve("f" + i + ".json");
            Fx.run(() -> doc().saveAs(p, q -> false));
        }
        assertEquals(8, doc().recent().list().size(), "at most 8");
        assertEquals(dir.resolve("f9.json"), doc().recent().list().get(0));
    }
}
