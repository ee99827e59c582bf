package org.dequantlab.method;

import java.util.Arrays;

/**
 * A category's support in a 2-D latent as a convex polygon of the box coordinates w = 2σ(z) − 1 ∈
 * (−1, 1)², where the standard logistic prior is uniform with density ¼: Voronoi's cell (docs/maths.md
 * §7.3). Vertices run counter-clockwise; in z the cell's edges are curves (w ↦ z = 2·atanh w per axis).
 * Immutable.
 */
public final class ConvexCell implements Support {
    private final double[] w1, w2;
    private final double area;

    /** A cell with vertices (w1[i], w2[i]), counter-clockwise. */
    public ConvexCell(double[] w1, double[] w2) {
        if (w1.length != w2.length) {
            throw new IllegalArgumentException("need as many first as second coordinates");
        }
        this.w1 = w1.clone();
        this.w2 = w2.clone();
        this.area = area(this.w1, this.w2, this.w1.length);
    }

    /** The shoelace area of a polygon's first n vertices (positive when counter-clockwise). */
    public static double area(double[] x, double[] y, int n) {
        double a = 0;
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            a += x[i] * y[j] - x[j] * y[i];
        }
        return 0.5 * a;
    }

    /** Number of vertices. */
    public int size() {
        return w1.length;
    }

    /** Vertex i's first coordinate in w. */
    public double w1(int i) {
        return w1[i];
    }

    /** Vertex i's second coordinate in w. */
    public double w2(int i) {
        return w2[i];
    }

    /** The area in w (the box has area 4). */
    public double area() {
        return area;
    }

    /** Whether the point w lies inside (or on) the convex polygon. */
    public boolean containsW(double a, double b) {
        int n = w1.length;
        if (n < 3) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            double cross = (w1[j] - w1[i]) * (b - w2[i]) - (w2[j] - w2[i]) * (a - w1[i]);
            if (cross < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean contains(double[] z) {
        return containsW(Math.tanh(0.5 * z[0]), Math.tanh(0.5 * z[1]));
    }

    /** Prior mass under the standard logistic prior: area/4. */
    @Override
    public double priorMass(LatentPrior prior) {
        return area / 4;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConvexCell c && Arrays.equals(w1, c.w1) && Arrays.equals(w2, c.w2);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w1) * 31 + Arrays.hashCode(w2);
    }
}
