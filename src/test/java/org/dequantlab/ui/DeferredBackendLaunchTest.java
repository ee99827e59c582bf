package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dequantlab.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window as the launcher starts it, in a JVM of its own (headless, Monocle): ND4J is deferred until the
 * window's first frame is on screen ({@link BackendLoader}), the trainer waits for it on its own thread and
 * then computes the run's first snapshot; the curves' chart and the side panel's content are built after that first
 * frame ({@link LaterParts}) and are on screen later. A deadlock (ND4J's start against the toolkit's, or class initialisation on two threads) shows
 * as a launch that never prints its report.
 */
class DeferredBackendLaunchTest {
    @TempDir
    Path home;

    @Test
    void theWindowShowsFirstThenND4JLoadsAndTheRunFollows() throws Exception {
        Hostile.Ended run = Hostile.run(Hostile.onTestScreen(List.of("-Duser.home=" + home,
                "-Ddequantlab.prefsNode=org/dequantlab-test-launch"), "org.dequantlab.Launcher", "--fps-report", "1"),
                home.resolve("out.txt"));
        String text = run.output();
        assertTrue(run.inTime(), "the launch hung (a deadlock?):\n" + text);
        assertEquals(0, run.exitValue(), text);
        long window = number(text, "launch-to-first-frame: (-?\\d+) ms");
        long snapshot = number(text, "launch-to-first-snapshot: (-?\\d+) ms");
        long complete = number(text, "launch-to-window-complete: (-?\\d+) ms");
        assertTrue(window > 0, "the window's first frame was on screen: " + text);
        assertTrue(complete > window, "the curves and the side panel were built after the first frame: " + text);
        // the first snapshot carries density curves: ND4J was loaded and the trainer computed it (the steps trained
        // in the one second measured are not checked: at load 19 the trainer, at nice 10, got none)
        assertTrue(snapshot >= window, "the run's first snapshot (ND4J loaded) came after the window: " + text);
        assertFalse(text.contains("Exception"), text);
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in:\n" + text);
        return Long.parseLong(m.group(1));
    }
}
