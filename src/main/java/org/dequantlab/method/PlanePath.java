package org.dequantlab.method;

import java.util.Arrays;

/**
 * A polyline in one coordinate system of the latent plane, for drawing 2-D {@link Decoration}s: points
 * (x[i], y[i]) joined in order and, if {@code closed}, back to the first. In the z-plane, coordinates are
 * clamped to ±{@link #Z_CLAMP} (infinite ends of a support become far-away finite points, so a renderer
 * only needs to clip to its view); a curve of the z-plane (a Voronoi wall, straight only in the box
 * coordinates) comes densified, {@link #CURVE_POINTS} points per straight piece. In the prior's CDF
 * square every coordinate is in [0, 1]. Immutable.
 */
public final class PlanePath {
    /** The largest |z| a z-plane path holds; further out the prior has mass below 1e−17. */
    public static final double Z_CLAMP = 40;
    /** Points per straight piece of the box when the piece is a curve in z. */
    public static final int CURVE_POINTS = 48;

    private final double[] x, y;
    private final boolean closed;

    public PlanePath(double[] x, double[] y, boolean closed) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("need as many x as y coordinates");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.closed = closed;
    }

    /** A straight segment. */
    public static PlanePath segment(double x0, double y0, double x1, double y1) {
        return new PlanePath(new double[] {x0, x1}, new double[] {y0, y1}, false);
    }

    /** The closed outline of the rectangle [x0, x1] × [y0, y1], counter-clockwise from (x0, y0). */
    public static PlanePath rectangle(double x0, double x1, double y0, double y1) {
        return new PlanePath(new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1}, true);
    }

    /** z clamped to ±{@link #Z_CLAMP} (NaN stays NaN). */
    public static double clampZ(double z) {
        return Math.max(-Z_CLAMP, Math.min(Z_CLAMP, z));
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Whether the last point joins the first. */
    public boolean closed() {
        return closed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanePath p && closed == p.closed && Arrays.equals(x, p.x) && Arrays.equals(y, p.y);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x) * 31 + Arrays.hashCode(y) + (closed ? 1 : 0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PlanePath[");
        for (int i = 0; i < x.length; i++) {
            sb.append(i == 0 ? "" : " ").append('(').append(x[i]).append(", ").append(y[i]).append(')');
        }
        return sb.append(closed ? " closed]" : "]").toString();
    }
}
