package org.dequantlab.method.voronoi;

import org.dequantlab.method.ConvexCell;

/**
 * The 2-D Voronoi partition of the box [−1, 1]² in w = 2σ(z) − 1 (docs/maths.md §7.3): anchors
 * c_x = (softsign r_{x,1}, softsign r_{x,2}); cell x is the box clipped by the half-planes
 *
 * <pre>
 *   f_k(w) = (c_k − c_x)·w − (‖c_k‖² − ‖c_x‖²)/2 ≤ 0,   k ≠ x
 * </pre>
 *
 * (Sutherland–Hodgman clipping of the square, one half-plane at a time), a convex polygon listed
 * counter-clockwise. Every edge remembers what made it: a side of the box (labels −1 … −4: bottom,
 * right, top, left) or the wall with neighbour k (label k). Areas by the shoelace formula; they sum to
 * 4. Two anchors that coincide give the whole shared region to the lower index (the decoder's tie
 * rule).
 *
 * <p><b>Area gradient.</b> The wall with k is {f_k = 0}; moving an anchor moves it with normal speed
 * −(∂f_k/∂θ)/|∇_w f_k|, |∇_w f_k| = ‖c_k − c_x‖. Integrating over the wall (length ℓ, midpoint m):
 *
 * <pre>
 *   ∂A_x/∂c_x += ℓ·(m − c_x)/‖c_k − c_x‖,    ∂A_x/∂c_k += −ℓ·(m − c_k)/‖c_k − c_x‖;
 * </pre>
 *
 * the box's sides do not move. Immutable.
 */
final class VoronoiCells2D {
    /** Labels of the box's sides. */
    static final int BOTTOM = -1, RIGHT = -2, TOP = -3, LEFT = -4;
    private static final int MAX_VERTICES_EXTRA = 4;

    final int k;
    /** Anchors in w and d softsign/dr per coordinate. */
    final double[] c1, c2, d1, d2;
    /** Each cell's vertices (counter-clockwise), the label of the edge leaving each vertex, and the count. */
    final double[][] px, py;
    final int[][] label;
    final int[] count;
    final double[] area;

    /** Cells of anchors r at raw[x·stride], raw[x·stride + 1]. */
    VoronoiCells2D(double[] raw, int k, int stride) {
        this.k = k;
        c1 = new double[k];
        c2 = new double[k];
        d1 = new double[k];
        d2 = new double[k];
        for (int x = 0; x < k; x++) {
            double r1 = raw[x * stride], r2 = raw[x * stride + 1];
            double a1 = 1 + Math.abs(r1), a2 = 1 + Math.abs(r2);
            c1[x] = r1 / a1;
            c2[x] = r2 / a2;
            d1[x] = 1 / (a1 * a1);
            d2[x] = 1 / (a2 * a2);
        }
        int cap = k + MAX_VERTICES_EXTRA + 2;
        px = new double[k][cap];
        py = new double[k][cap];
        label = new int[k][cap];
        count = new int[k];
        area = new double[k];
        double[] bx = new double[cap], by = new double[cap];
        int[] bl = new int[cap];
        for (int x = 0; x < k; x++) {
            double[] ox = px[x], oy = py[x];
            int[] ol = label[x];
            ox[0] = -1; oy[0] = -1; ol[0] = BOTTOM;
            ox[1] = 1; oy[1] = -1; ol[1] = RIGHT;
            ox[2] = 1; oy[2] = 1; ol[2] = TOP;
            ox[3] = -1; oy[3] = 1; ol[3] = LEFT;
            int n = 4;
            for (int j = 0; j < k && n > 0; j++) {
                if (j == x) {
                    continue;
                }
                double n1 = c1[j] - c1[x], n2 = c2[j] - c2[x];
                if (n1 == 0 && n2 == 0) {
                    if (j < x) {
                        n = 0; // a coincident anchor with a lower index takes the whole region
                    }
                    continue;
                }
                double h = 0.5 * ((c1[j] * c1[j] + c2[j] * c2[j]) - (c1[x] * c1[x] + c2[x] * c2[x]));
                System.arraycopy(ox, 0, bx, 0, n);
                System.arraycopy(oy, 0, by, 0, n);
                System.arraycopy(ol, 0, bl, 0, n);
                n = clip(bx, by, bl, n, n1, n2, h, j, ox, oy, ol);
            }
            count[x] = n < 3 ? 0 : n;
            area[x] = count[x] == 0 ? 0 : Math.max(0, ConvexCell.area(ox, oy, count[x]));
        }
    }

    /**
     * Clips the polygon (ix, iy, il; n vertices) to n1·w₁ + n2·w₂ ≤ h; the new edge along the line gets
     * label {@code wall}. Writes into (ox, oy, ol) and returns the new count.
     */
    private static int clip(double[] ix, double[] iy, int[] il, int n, double n1, double n2, double h, int wall,
            double[] ox, double[] oy, int[] ol) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            double fi = n1 * ix[i] + n2 * iy[i] - h, fj = n1 * ix[j] + n2 * iy[j] - h;
            boolean inI = fi <= 0, inJ = fj <= 0;
            if (inI) {
                ox[m] = ix[i];
                oy[m] = iy[i];
                ol[m++] = il[i];
                if (!inJ) {
                    double t = fi / (fi - fj);
                    ox[m] = ix[i] + t * (ix[j] - ix[i]);
                    oy[m] = iy[i] + t * (iy[j] - iy[i]);
                    ol[m++] = wall;
                }
            } else if (inJ) {
                double t = fi / (fi - fj);
                ox[m] = ix[i] + t * (ix[j] - ix[i]);
                oy[m] = iy[i] + t * (iy[j] - iy[i]);
                ol[m++] = il[i];
            }
        }
        return m;
    }

    /** The cell holding w: the nearest anchor, ties to the lowest index (the decoder's rule). */
    int cellOf(double w1, double w2) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int x = 0; x < k; x++) {
            double a = w1 - c1[x], b = w2 - c2[x];
            double dd = a * a + b * b;
            if (dd < bestD) {
                bestD = dd;
                best = x;
            }
        }
        return best;
    }

    /** Cell x as a support region. */
    ConvexCell cell(int x) {
        return new ConvexCell(java.util.Arrays.copyOf(px[x], count[x]), java.util.Arrays.copyOf(py[x], count[x]));
    }

    /**
     * Adds g·∂A_x/∂c (g a derivative with respect to cell x's area) to the anchor gradients (g1, g2),
     * wall by wall.
     */
    void addAreaGradient(int x, double g, double[] g1, double[] g2) {
        int n = count[x];
        for (int i = 0; i < n; i++) {
            int j = label[x][i];
            if (j < 0) {
                continue;
            }
            int next = i + 1 == n ? 0 : i + 1;
            double ex = px[x][next] - px[x][i], ey = py[x][next] - py[x][i];
            double len = Math.hypot(ex, ey);
            double mx = 0.5 * (px[x][i] + px[x][next]), my = 0.5 * (py[x][i] + py[x][next]);
            double dist = Math.hypot(c1[j] - c1[x], c2[j] - c2[x]);
            double s = g * len / dist;
            g1[x] += s * (mx - c1[x]);
            g2[x] += s * (my - c2[x]);
            g1[j] -= s * (mx - c1[j]);
            g2[j] -= s * (my - c2[j]);
        }
    }
}
