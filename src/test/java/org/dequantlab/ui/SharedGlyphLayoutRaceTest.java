package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dequantlab.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text laid out on two threads at once, as the render thread (a canvas's text) and the FX thread (the window's)
 * do, no longer corrupts the native heap once the window has taken JavaFX's shared glyph layout
 * ({@link SharedGlyphLayoutPin}). In a JVM of its own ({@link GlyphLayoutRace}): the race kills the process.
 */
class SharedGlyphLayoutRaceTest {
    @TempDir
    Path dir;

    @Test
    void twoThreadsLayingOutTextAtOnceLeaveTheProcessAlive() throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.addAll(Hostile.CHILD_JVM);
        cmd.addAll(List.of("-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=UnseenHeadless",
                "-Dheadless.geometry=1280x800-32", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), GlyphLayoutRace.class.getName(), "40000"));
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = p.waitFor(Hostile.PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(ended, "the race never ended:\n" + text);
        assertEquals(0, p.exitValue(), "the process died (134: glibc found its heap corrupted):\n" + text);
        assertTrue(text.contains("pinned: true"), "the shared glyph layout was taken:\n" + text);
        assertTrue(text.contains("laid out 40000 texts"), text);
        assertFalse(text.contains("Exception"), text);
    }
}
