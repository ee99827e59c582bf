package org.dequantlab.render.why;

import java.awt.Color;
import java.awt.Paint;
import java.util.Arrays;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours for a loss surface: a viridis ramp (dark violet low, yellow high) spread over the quantiles
 * of the values, so a deep narrow valley and a wall that rises by orders of magnitude both keep their
 * detail. Monotone: a higher loss never gets a lower colour.
 */
final class LossColours implements PaintScale {
    private static final Color[] RAMP = {
        new Color(0x440154), new Color(0x482878), new Color(0x3E4A89), new Color(0x31688E), new Color(0x26828E),
        new Color(0x1F9E89), new Color(0x35B779), new Color(0x6DCD59), new Color(0xB4DE2C), new Color(0xFDE725)
    };
    /** Quantiles that map to evenly spaced positions of the ramp. */
    private final double[] levels;

    /** A scale over the finite values of {@code v}. */
    LossColours(double[] v, int quantiles) {
        double[] finite = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            finite = new double[] {0, 1};
        }
        levels = new double[quantiles + 1];
        for (int i = 0; i <= quantiles; i++) {
            levels[i] = finite[(int) Math.round((double) i / quantiles * (finite.length - 1))];
        }
        for (int i = 1; i < levels.length; i++) {
            levels[i] = Math.max(levels[i], levels[i - 1]);
        }
        if (levels[levels.length - 1] == levels[0]) {
            levels[levels.length - 1] = levels[0] + 1e-12;
        }
    }

    /** The values at the quantiles, lowest first (contour levels are chosen among them). */
    double[] levels() {
        return levels.clone();
    }

    @Override
    public double getLowerBound() {
        return levels[0];
    }

    @Override
    public double getUpperBound() {
        return levels[levels.length - 1];
    }

    /** The position 0..1 of a value on the ramp. */
    double position(double value) {
        if (!(value > levels[0])) {
            return 0;
        }
        int n = levels.length - 1;
        for (int i = 0; i < n; i++) {
            if (value <= levels[i + 1]) {
                double span = levels[i + 1] - levels[i];
                double f = span > 0 ? (value - levels[i]) / span : 1;
                return (i + f) / n;
            }
        }
        return 1;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    /** The colour of a value (grey for NaN). */
    Color colour(double value) {
        if (Double.isNaN(value)) {
            return new Color(0xBDBDBD);
        }
        double p = position(value) * (RAMP.length - 1);
        int i = Math.min((int) p, RAMP.length - 2);
        double f = p - i;
        Color a = RAMP[i], b = RAMP[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
