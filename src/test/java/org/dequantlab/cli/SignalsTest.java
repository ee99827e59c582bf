package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dequantlab.Hostile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes, real signals: SIGINT and SIGTERM leave no temporary file and no half of a run's
 * outputs, whether they come during training or while a GIF is being written; and the window without
 * a display says so in one line.
 */
@Timeout(value = Hostile.PATIENCE_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SignalsTest {
    @TempDir
    Path dir;

    @Test
    void sigintDuringTrainingLeavesNothing() throws Exception {
        Assumptions.assumeFalse(Hostile.sigintIgnored(), "this JVM was started with SIGINT ignored (a shell's "
                + "background job), and so is the child: Ctrl+C cannot be tested here");
        Process p = Hostile.launcher("train", "--preset", "blog", "--steps", "100000000", "--json",
                dir.resolve("run.json").toString(), "--csv", dir.resolve("run.csv").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            assertTrue(Hostile.waitFor(dir, ".run.csv~*.part", f -> true).isPresent(), "reserved at the start");
            Thread.sleep(300); // training
            Hostile.signal(p, "INT");
            assertEquals(130, p.waitFor(), "killed by SIGINT");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of("log.txt"), Hostile.names(dir), "no temporary file, no output");
    }

    @Test
    void sigtermWhileTheGifIsWrittenLeavesNothing() throws Exception {
        Path gif = dir.resolve("blog.gif");
        Process p = Hostile.launcher("export-gif", "--preset", "blog", "--steps", "200", "--frames", "2000", "--size",
                "640x360", "--out", gif.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            // the first frames are in the temporary file: the GIF is being encoded
            assertTrue(Hostile.waitFor(dir, ".blog.gif~*.part", f -> size(f) > 20_000).isPresent(), "encoding");
            p.destroy(); // SIGTERM
            assertEquals(143, p.waitFor(), "killed by SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of("log.txt"), Hostile.names(dir), "no .part file, no GIF");
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        ProcessBuilder b = Hostile.launcher();
        Map<String, String> env = b.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        Process p = b.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        assertEquals(1, err.strip().lines().count(), "one line, no stack trace: " + err);
        assertTrue(err.startsWith("dequantlab: no display: the window needs a graphical session"), err);
    }

    @Test
    void aFileTheWindowCannotOpenIsRefusedBeforeItStarts() throws Exception {
        Path fifo = dir.resolve("no-writer.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Hostile.mkfifo(fifo), "mkfifo");
        for (String file : new String[] {"/dev/zero", fifo.toString()}) {
            ProcessBuilder b = Hostile.launcher("--open", file);
            b.environment().remove("DISPLAY");
            b.environment().remove("WAYLAND_DISPLAY");
            Process p = b.start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, p.waitFor(), err);
            assertTrue(err.matches("dequantlab: cannot read " + file + ": it is a (character device|FIFO \\(named pipe\\)), "
                    + "not a regular file\\R"), err);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
