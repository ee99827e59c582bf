package org.dequantlab.ui;

import java.util.Locale;
import org.dequantlab.train.Trainer;

/**
 * The speed slider's log scale: position 0..{@link #MAX} maps to {@link #SLOWEST}..{@link #FASTEST}
 * steps per second geometrically; the rightmost position is {@link Trainer#FLAT_OUT}.
 */
public final class SpeedScale {
    public static final double MAX = 100;
    public static final double SLOWEST = 2;
    public static final double FASTEST = 5000;

    private SpeedScale() {}

    /** Steps per second at a slider position. */
    public static double stepsPerSecond(double position) {
        if (position >= MAX) {
            return Trainer.FLAT_OUT;
        }
        double t = Math.max(0, position) / MAX;
        return SLOWEST * Math.pow(FASTEST / SLOWEST, t);
    }

    /** The slider position of a speed. */
    public static double position(double stepsPerSecond) {
        if (stepsPerSecond >= FASTEST || Double.isInfinite(stepsPerSecond)) {
            return MAX;
        }
        double t = Math.log(Math.max(SLOWEST, stepsPerSecond) / SLOWEST) / Math.log(FASTEST / SLOWEST);
        return t * MAX;
    }

    /** "12 steps/s" or "flat out". */
    public static String describe(double stepsPerSecond) {
        if (Double.isInfinite(stepsPerSecond)) {
            return "flat out";
        }
        return String.format(Locale.UK, stepsPerSecond < 10 ? "%.1f steps/s" : "%,.0f steps/s", stepsPerSecond);
    }
}
