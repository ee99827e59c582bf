package org.dequantlab.method.voronoi;

import java.util.Arrays;

/**
 * The 1-D Voronoi partition of the box (−1, 1) in w = 2σ(z) − 1 (docs/maths.md §4): anchors
 * c_x = softsign(r_x) = r_x/(1 + |r_x|); sorted along the axis, each cell runs between the midpoints
 * to its neighbours (or the box's end): L_x = (c_prev + c_x)/2 or −1, R_x = (c_x + c_next)/2 or 1.
 * The cells move with the anchors; their derivatives are
 *
 * <pre>
 *   ∂L_x/∂c_x = ½, ∂L_x/∂c_prev = ½ (0 at the box's end);  ∂R_x/∂c_x = ½, ∂R_x/∂c_next = ½,
 *   ∂c/∂r = 1/(1 + |r|)².
 * </pre>
 *
 * Immutable.
 */
final class VoronoiCells {
    final int k;
    final double[] anchor, dAnchor, low, high, width;
    /** The category left and right of x along the axis, or −1 at the box's end. */
    final int[] prev, next;
    /** Categories in axis order. */
    final int[] order;

    VoronoiCells(double[] raw, int k, int stride) {
        this.k = k;
        anchor = new double[k];
        dAnchor = new double[k];
        for (int x = 0; x < k; x++) {
            double r = raw[x * stride];
            double d = 1 + Math.abs(r);
            anchor[x] = r / d;
            dAnchor[x] = 1 / (d * d);
        }
        Integer[] idx = new Integer[k];
        for (int x = 0; x < k; x++) {
            idx[x] = x;
        }
        Arrays.sort(idx, (p, q) -> p.equals(q) ? 0 : anchor[p] != anchor[q] ? Double.compare(anchor[p], anchor[q])
                : Integer.compare(p, q));
        order = new int[k];
        prev = new int[k];
        next = new int[k];
        low = new double[k];
        high = new double[k];
        width = new double[k];
        for (int i = 0; i < k; i++) {
            int x = idx[i];
            order[i] = x;
            prev[x] = i > 0 ? idx[i - 1] : -1;
            next[x] = i + 1 < k ? idx[i + 1] : -1;
        }
        for (int x = 0; x < k; x++) {
            low[x] = prev[x] < 0 ? -1.0 : 0.5 * (anchor[prev[x]] + anchor[x]);
            high[x] = next[x] < 0 ? 1.0 : 0.5 * (anchor[x] + anchor[next[x]]);
            width[x] = high[x] - low[x];
        }
    }

    /** 1 + L_x, without cancellation at the box's end. */
    double onePlusLow(int x) {
        return prev[x] < 0 ? 0.0 : 1 + low[x];
    }

    /** 1 − R_x, without cancellation at the box's end. */
    double oneMinusHigh(int x) {
        return next[x] < 0 ? 0.0 : 1 - high[x];
    }

    /**
     * Adds g·∂L_x/∂c to {@code gAnchor} (g a derivative with respect to the cell's low end L_x).
     */
    void addLow(int x, double g, double[] gAnchor) {
        if (prev[x] >= 0) {
            gAnchor[x] += 0.5 * g;
            gAnchor[prev[x]] += 0.5 * g;
        }
    }

    /** Adds g·∂R_x/∂c to {@code gAnchor} (g a derivative with respect to the cell's high end R_x). */
    void addHigh(int x, double g, double[] gAnchor) {
        if (next[x] >= 0) {
            gAnchor[x] += 0.5 * g;
            gAnchor[next[x]] += 0.5 * g;
        }
    }

    /** z of a point w of the box: z = log((1 + w)/(1 − w)) = 2·atanh w. */
    static double toZ(double onePlusW, double oneMinusW) {
        return Math.log(onePlusW) - Math.log(oneMinusW);
    }

    /** w = 2σ(z) − 1 = tanh(z/2). */
    static double toW(double z) {
        return Math.tanh(0.5 * z);
    }

    /** z of a point w (±∞ at the box's ends). */
    static double zOf(double w) {
        return toZ(1 + w, 1 - w);
    }
}
