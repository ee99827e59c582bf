package org.dequantlab.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Frame-time measurement for {@code --fps-report}.
 *
 * <p>Two launch times. The window's first frame (its layout, the canvas maybe still 'Starting…') is on
 * screen at its third pulse, measured exactly as {@code scripts/probe/BareWindow.java} measures a bare
 * JavaFX window: the first pulse renders the window, the third proves it is on screen. The launched window builds
 * its curves' chart and side panel's content in that third pulse ({@link LaterParts}), which renders them; the pulse
 * two after proves the whole window on screen (launch-to-window-complete).
 *
 * <p>Phases, driven by the window's pulses: the window draws its first frame of a real snapshot
 * ({@link #firstFrameDrawn}); that frame is on screen once the render thread has painted it, which
 * the pulse after next proves: each pulse that renders waits for the previous rendering, and while
 * waiting the window gives every pulse a pixel to render (a pulse with nothing to render does not
 * wait). Then the report records launch-to-first-snapshot (JVM start to that pulse: an upper bound
 * that includes painting the first frame). The window then settles for {@link #SETTLE_SECONDS} as a
 * lecturer's window does before Play is pressed: it renders the run's first content (the panels, the
 * metrics, the curves) for the first time, and those pulses are summarised on their own line. Then the
 * window starts every method training flat out, and pulse intervals are recorded for the measuring
 * time, summarised as median fps, p95/p99/max frame time and frames over 50 ms.
 */
public final class FpsReport {
    /** Frames in the first seconds (JIT warm-up of the drawing) are also summarised on their own. */
    public static final double WARM_UP_SECONDS = 3.0;
    /** How long {@code --fps-report} lets the window settle after its first snapshot is on screen. */
    public static final double SETTLE_SECONDS = 1.0;

    /** What a pulse means for the report. */
    public enum Phase {
        /** No frame on screen yet. */
        WAITING,
        /** The run's first snapshot is on screen and the window settles before training starts. */
        SETTLING,
        /** The window is ready: start training flat out now; measuring starts with this pulse. */
        STARTED,
        /** Measuring. */
        MEASURING,
        /** The measuring time is over: print and close. */
        DONE
    }

    private final double seconds;
    private final long settleNanos;
    private long settleStart = -1;
    private long settleLast;
    private long settleMax;
    private int settleFrames;
    private int settleOver50;
    private long[] intervals = new long[4096];
    private long[] at = new long[4096];
    private int count;
    private long last = -1;
    private long start = -1;
    private int pulsesToWait = -1; // -1: no frame drawn yet
    private long firstFrameDrawnMillis = -1;
    private long firstFrameShownMillis = -1;
    private int windowPulses;
    private long windowShownMillis = -1;
    private int completedInPulse = -1; // the pulse that built the window's last parts (0: before the first)
    private long windowCompleteMillis = -1;

    /** A report that starts measuring as soon as the first snapshot is on screen (no settling). */
    public FpsReport(double seconds) {
        this(seconds, 0);
    }

    /**
     * @param seconds       the measuring time, training flat out
     * @param settleSeconds how long the window settles, not training, once its first snapshot is on screen
     */
    public FpsReport(double seconds, double settleSeconds) {
        this.seconds = seconds;
        this.settleNanos = (long) (settleSeconds * 1e9);
    }

    /** The window has drawn its first frame of a real snapshot in this pulse (later calls are ignored). */
    public void firstFrameDrawn() {
        firstFrameDrawn(true);
    }

    /**
     * The window has drawn its first frame of a real snapshot (later calls are ignored): in a pulse,
     * or before the window's first pulse (then the first pulse renders it, and the pulse two after
     * that proves it is on screen).
     */
    public void firstFrameDrawn(boolean inPulse) {
        if (firstFrameDrawnMillis < 0) {
            firstFrameDrawnMillis = sinceJvmStart();
            pulsesToWait = inPulse ? 2 : 3;
        }
    }

    /** The window's last parts were built: in the current pulse, or before the first (later calls are ignored). */
    public void windowCompleted() {
        if (completedInPulse < 0) {
            completedInPulse = windowPulses;
        }
    }

    public boolean started() {
        return start >= 0;
    }

    /** Records a pulse (call first thing in every pulse) and says what the window should do. */
    public Phase pulse(long now) {
        if (++windowPulses == 3) {
            windowShownMillis = sinceJvmStart();
        }
        if (completedInPulse >= 0 && windowCompleteMillis < 0 && windowPulses >= Math.max(3, completedInPulse + 2)) {
            windowCompleteMillis = sinceJvmStart();
        }
        if (start < 0) {
            if (settleStart < 0) {
                if (pulsesToWait < 0 || --pulsesToWait > 0) {
                    return Phase.WAITING;
                }
                firstFrameShownMillis = sinceJvmStart();
                settleStart = now;
                settleLast = now;
            } else {
                long frame = now - settleLast;
                settleLast = now;
                settleFrames++;
                settleMax = Math.max(settleMax, frame);
                settleOver50 += frame > 50_000_000L ? 1 : 0;
            }
            if (now - settleStart < settleNanos) {
                return Phase.SETTLING;
            }
            start = now;
            last = now;
            return Phase.STARTED;
        }
        if (count == intervals.length) {
            intervals = Arrays.copyOf(intervals, count * 2);
            at = Arrays.copyOf(at, count * 2);
        }
        at[count] = now - start;
        intervals[count++] = now - last;
        last = now;
        return now - start >= seconds * 1e9 ? Phase.DONE : Phase.MEASURING;
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Prints the summary: the whole run, then the steady state after {@link #WARM_UP_SECONDS}. */
    public void print(PrintStream out, long steps) {
        out.printf(Locale.ROOT, "launch-to-first-frame: %d ms (JVM start to the window's first frame on screen)%n",
                windowShownMillis);
        out.printf(Locale.ROOT, "launch-to-window-complete: %d ms (JVM start to the window with its curves and side "
                + "panel on screen)%n", windowCompleteMillis);
        out.printf(Locale.ROOT, "launch-to-first-snapshot: %d ms (JVM start to the run's first snapshot on screen; "
                + "drawn at %d ms)%n", firstFrameShownMillis, firstFrameDrawnMillis);
        if (settleNanos > 0) {
            out.printf(Locale.ROOT, "settling, %.1f s from the first snapshot on screen, not training: %d frames, max %.2f ms,"
                    + " frames over 50 ms: %d%n", settleNanos / 1e9, settleFrames, settleMax / 1e6, settleOver50);
        }
        out.printf(Locale.ROOT, "training steps during the measurement: %d (every method of the run, flat out)%n", steps);
        summarise(out, "whole run", 0);
        summarise(out, String.format(Locale.ROOT, "after %.0f s warm-up", WARM_UP_SECONDS),
                (long) (WARM_UP_SECONDS * 1e9));
        longFrames(out);
        out.flush();
    }

    private void summarise(PrintStream out, String title, long from) {
        long[] t = java.util.stream.IntStream.range(0, count).filter(i -> at[i] >= from)
                .mapToLong(i -> intervals[i]).sorted().toArray();
        long over50 = Arrays.stream(t).filter(v -> v > 50_000_000L).count();
        double median = t.length == 0 ? 0 : t[t.length / 2] / 1e6;
        double span = t.length == 0 ? 0 : (last - start - from) / 1e9;
        out.printf(Locale.ROOT, "%s: %d frames in %.1f s, median fps %.1f (median frame %.2f ms), "
                + "p95 %.2f ms, p99 %.2f ms, max %.2f ms, frames over 50 ms: %d%n", title, t.length, span,
                median > 0 ? 1000 / median : 0, median, pct(t, 0.95), pct(t, 0.99),
                t.length == 0 ? 0 : t[t.length - 1] / 1e6, over50);
    }

    /** When and how long the frames over 50 ms were (the first ten), to match them with a GC or JIT log. */
    private void longFrames(PrintStream out) {
        java.util.List<String> listed = new java.util.ArrayList<>();
        int over = 0;
        for (int i = 0; i < count; i++) {
            if (intervals[i] > 50_000_000L && over++ < 10) {
                listed.add(String.format(Locale.ROOT, "%.2f s (%.0f ms)", at[i] / 1e9, intervals[i] / 1e6));
            }
        }
        if (over > 0) {
            out.printf(Locale.ROOT, "frames over 50 ms, seconds after measuring started: %s%s%n",
                    String.join(", ", listed), over > listed.size() ? " and " + (over - listed.size()) + " more" : "");
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
