package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dequantlab.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain text laid out on a second thread while the FX thread lays out the window's paragraphs, as the render thread
 * does with a canvas's text, no longer corrupts the native heap once the window has taken JavaFX's shared glyph layout
 * ({@link SharedGlyphLayoutPin}). In a JVM of its own ({@link GlyphLayoutRace}): the race kills the process.
 */
class SharedGlyphLayoutRaceTest {
    @TempDir
    Path dir;

    @Test
    void twoThreadsLayingOutTextAtOnceLeaveTheProcessAlive() throws Exception {
        Hostile.Ended run = Hostile.run(Hostile.onTestScreen(List.of("-Xmx256m"), GlyphLayoutRace.class.getName(),
                "100000"), dir.resolve("out.txt"));
        String text = run.output();
        assertTrue(run.inTime(), "the race never ended:\n" + text);
        assertEquals(0, run.exitValue(), "the process died (134: glibc found its heap corrupted):\n" + text);
        assertTrue(text.contains("pinned: true"), "the shared glyph layout was taken:\n" + text);
        assertTrue(text.contains("laid out 100000 texts"), text);
        assertFalse(text.contains("Exception"), text);
    }
}
