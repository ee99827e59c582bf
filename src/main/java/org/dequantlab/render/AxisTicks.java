package org.dequantlab.render;

/**
 * Round tick values for an axis (1, 2, 2.5, 5 × a power of ten), shared by the density panels'
 * {@link PanelAxes} and the 2-D panels' axes.
 */
public final class AxisTicks {
    private AxisTicks() {}

    /** Round values in [lo, hi], at most about {@code most} of them. */
    public static double[] round(double lo, double hi, int most) {
        double raw = (hi - lo) / Math.max(1, most);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * mag;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        if (last < first) {
            return new double[0];
        }
        double[] t = new double[(int) (last - first + 1)];
        for (int i = 0; i < t.length; i++) {
            t[i] = (first + i) * step;
        }
        return t;
    }
}
