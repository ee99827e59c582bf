package org.dequantlab.train;

/**
 * A trainer's pace: the speed asked for (any thread), when the next paced step is due, the steps per
 * second measured over the last second and the worker's priority (worker).
 */
final class Pace {
    private volatile double speed = Trainer.FLAT_OUT;
    private volatile long measured;
    private long nextStepAt;
    private long windowStart = System.nanoTime();
    private long windowSteps;
    private boolean lowered;

    /** Steps per second; {@link Trainer#FLAT_OUT} (or any value ≥ 1e6) for as fast as possible. */
    void set(double stepsPerSecond) {
        if (!(stepsPerSecond > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + stepsPerSecond);
        }
        speed = stepsPerSecond >= 1e6 ? Trainer.FLAT_OUT : stepsPerSecond;
    }

    double speed() {
        return speed;
    }

    boolean flatOut() {
        return speed == Trainer.FLAT_OUT;
    }

    /** The next paced step is due now (after a command that starts or re-times training). */
    void restart() {
        nextStepAt = System.nanoTime();
    }

    /** Nanoseconds until the next paced step is due (0 or less: now). */
    long untilNext() {
        return nextStepAt - System.nanoTime();
    }

    /**
     * Before each step: the first lowers the worker to background priority. The first snapshot (metrics,
     * density grids) is computed at normal priority, since the window's first frame waits for it and at
     * nice 10 a busy machine starved it for seconds; flat out, training must not starve the UI's threads.
     */
    void beforeStep() {
        if (!lowered) {
            BackgroundPriority.lowerCurrentThread();
            lowered = true;
        }
    }

    /** Counts a step; a paced one also sets when the next is due. */
    void stepped(boolean paced) {
        windowSteps++;
        if (paced) {
            nextStepAt = Math.max(nextStepAt + (long) (1e9 / speed), System.nanoTime() - 50_000_000L);
        }
    }

    /** Updates the measured rate once a second. */
    void measure(long now) {
        if (now - windowStart >= 1_000_000_000L) {
            measured = Math.round(windowSteps * 1e9 / (now - windowStart));
            windowStart = now;
            windowSteps = 0;
        }
    }

    /** The worker went idle: nothing is being trained. */
    void idle() {
        measured = 0;
    }

    /** Steps per second over the last second (0 when idle). */
    long measured() {
        return measured;
    }
}
