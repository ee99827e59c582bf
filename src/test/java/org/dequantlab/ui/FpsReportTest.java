package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fps report's phases and summary, driven by synthetic pulse times (no window, no clock). */
class FpsReportTest {
    private static final long MS = 1_000_000L;

    @Test
    void measuringStartsWhenTheFirstFrameIsOnScreenNotWhenItIsDrawn() {
        FpsReport r = new FpsReport(1.0);
        long t = 0;
        assertEquals(FpsReport.Phase.WAITING, r.pulse(t), "no frame yet");
        t += 16 * MS;
        assertEquals(FpsReport.Phase.WAITING, r.pulse(t));
        r.firstFrameDrawn(); // drawn in this pulse, painted by the render thread afterwards
        t += 400 * MS; // the next pulse waited for that painting
        assertEquals(FpsReport.Phase.WAITING, r.pulse(t), "the pulse after the first frame may still wait for it");
        t += 16 * MS;
        assertEquals(FpsReport.Phase.STARTED, r.pulse(t), "the pulse after next: the first frame is on screen");
        assertTrue(r.started());
        r.firstFrameDrawn(); // later frames do not restart anything
        FpsReport.Phase p = FpsReport.Phase.MEASURING;
        int pulses = 0;
        while (p != FpsReport.Phase.DONE) {
            t += 20 * MS;
            p = r.pulse(t);
            pulses++;
        }
        assertEquals(50, pulses, "1 s of 20 ms frames");
        String out = print(r);
        assertTrue(out.contains("frames over 50 ms: 0"), out);
        assertTrue(!out.contains("seconds after measuring started"), "no list without long frames: " + out);
        assertTrue(out.contains("median fps 50.0"), out);
    }

    @Test
    void theWindowSettlesBeforeTrainingAndItsFramesAreSummarisedApart() {
        FpsReport r = new FpsReport(1.0, 0.5);
        r.firstFrameDrawn();
        long t = 0;
        r.pulse(t);
        t += 16 * MS;
        assertEquals(FpsReport.Phase.SETTLING, r.pulse(t), "on screen: settle first, not training");
        long[] settling = {16, 90, 16, 16};
        for (long f : settling) {
            t += f * MS;
            assertEquals(FpsReport.Phase.SETTLING, r.pulse(t));
        }
        t += 400 * MS;
        assertEquals(FpsReport.Phase.STARTED, r.pulse(t), "0.5 s after the first snapshot was on screen");
        assertTrue(r.started());
        t += 60 * MS;
        assertEquals(FpsReport.Phase.MEASURING, r.pulse(t));
        String out = print(r);
        assertTrue(out.contains("settling, 0.5 s from the first snapshot on screen, not training: 5 frames, max 400.00 ms,"
                + " frames over 50 ms: 2"), out);
        assertTrue(out.contains("whole run: 1 frames") && out.contains("frames over 50 ms: 1"),
                "the measurement starts with training: " + out);
        assertTrue(!print(new FpsReport(1.0)).contains("settling"), "no settling line without settling");
    }

    @Test
    void aFrameDrawnBeforeTheFirstPulseIsOnScreenThreePulsesLater() {
        FpsReport r = new FpsReport(1.0);
        r.firstFrameDrawn(false); // drawn while the window was being shown: the first pulse renders it
        long t = 0;
        assertEquals(FpsReport.Phase.WAITING, r.pulse(t), "the first pulse hands it to the render thread");
        t += 300 * MS;
        assertEquals(FpsReport.Phase.WAITING, r.pulse(t), "this pulse may not have waited for that rendering yet");
        t += 16 * MS;
        assertEquals(FpsReport.Phase.STARTED, r.pulse(t));
    }

    @Test
    void slowFramesAreCountedAndTheMaximumReported() {
        FpsReport r = new FpsReport(10.0);
        r.firstFrameDrawn();
        long t = 0;
        r.pulse(t);
        t += 16 * MS;
        assertEquals(FpsReport.Phase.STARTED, r.pulse(t));
        long[] frames = {16, 17, 51, 16, 120, 17, 50};
        for (long f : frames) {
            t += f * MS;
            assertEquals(FpsReport.Phase.MEASURING, r.pulse(t));
        }
        String out = print(r);
        assertTrue(out.contains("whole run: 7 frames"), out);
        assertTrue(out.contains("max 120.00 ms, frames over 50 ms: 2"), "50 ms itself is within budget: " + out);
        assertTrue(out.contains("frames over 50 ms, seconds after measuring started: 0.08 s (51 ms), 0.22 s (120 ms)\n"),
                "when they came, to match with a GC log: " + out);
    }

    @Test
    void theWindowsFirstFrameIsOnScreenAtTheThirdPulseSnapshotOrNot() {
        FpsReport r = new FpsReport(1.0);
        r.pulse(0);
        r.pulse(16 * MS);
        assertTrue(print(r).contains("launch-to-first-frame: -1 ms"), "two pulses: not proven on screen yet");
        r.pulse(32 * MS); // no snapshot drawn yet: the canvas says 'Starting…'
        String out = print(r);
        assertTrue(out.matches("(?s)launch-to-first-frame: \\d+ ms.*"), out);
        assertTrue(out.contains("launch-to-first-snapshot: -1 ms"), "no snapshot on screen yet: " + out);
    }

    @Test
    void partsBuiltInTheThirdPulseAreOnScreenTwoPulsesLaterPartsBuiltBeforeWithTheFirstFrame() {
        FpsReport r = new FpsReport(1.0);
        r.pulse(0);
        r.pulse(16 * MS);
        r.pulse(32 * MS); // the first frame is on screen; the window builds its last parts in this pulse
        r.windowCompleted();
        r.pulse(48 * MS);
        assertTrue(print(r).contains("launch-to-window-complete: -1 ms"), "rendered, not proven on screen yet");
        r.pulse(64 * MS);
        assertTrue(print(r).matches("(?s).*launch-to-window-complete: \\d+ ms.*"), print(r));

        FpsReport before = new FpsReport(1.0);
        before.windowCompleted(); // built before the window was shown
        before.pulse(0);
        before.pulse(16 * MS);
        assertTrue(print(before).contains("launch-to-window-complete: -1 ms"), print(before));
        before.pulse(32 * MS);
        assertTrue(print(before).matches("(?s).*launch-to-window-complete: \\d+ ms.*"), "with the first frame");
    }

    private static String print(FpsReport r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
