package org.dequantlab.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Training progress on stderr. On a terminal one line is redrawn in place (at most ten times a
 * second); otherwise a plain line is printed at every tenth of the run, so logs stay short.
 */
final class ProgressLine {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private long nextTenth;
    private int lastWidth;

    ProgressLine(PrintWriter err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.nextTenth = Math.max(1, total / 10);
        this.lastDraw = startNanos - REDRAW_NANOS; // the first check may draw at once
    }

    /** Whether {@link #show} would print at this step (cheap; call it every step). */
    boolean due(long step) {
        if (terminal) {
            return (step & 63) == 0 && System.nanoTime() - lastDraw >= REDRAW_NANOS;
        }
        return step >= nextTenth;
    }

    /** Prints the progress; {@code losses} is e.g. "catnf 1.4123  trufl 0.9021". */
    void show(long step, String losses) {
        long now = System.nanoTime();
        double seconds = (now - startNanos) / 1e9;
        String rate = seconds > 0 ? String.format(Locale.ROOT, "%,.0f steps/s", step / seconds) : "";
        String line = String.format(Locale.ROOT, "step %d/%d (%d%%)  %s  %s", step, total,
                total == 0 ? 100 : step * 100 / total, losses, rate);
        if (terminal) {
            String pad = " ".repeat(Math.max(0, lastWidth - line.length()));
            err.print("\r" + line + pad);
            lastWidth = line.length();
            lastDraw = now;
        } else {
            err.println(line);
            while (nextTenth <= step) {
                nextTenth += Math.max(1, total / 10);
            }
        }
        err.flush();
    }

    /** Ends the redrawn line. */
    void finish() {
        if (terminal && lastWidth > 0) {
            err.println();
            err.flush();
        }
    }

    /** Seconds since the start. */
    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
