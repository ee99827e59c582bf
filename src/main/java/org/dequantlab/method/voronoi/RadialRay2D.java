package org.dequantlab.method.voronoi;

/**
 * The paper's ray map in a 2-D Voronoi cell (docs/maths.md §4, §7.3), with the ray-map scale fixed at
 * σ = 0 (it is redundant with m and ℓ, as in 1-D: (m, ℓ, σ) and (e^σ·m, ℓ + σ, 0) give the same
 * distribution). With u = y − c ≠ 0, Δ = ‖u‖, δ = u/Δ and λ*(δ) the distance from the anchor to the
 * cell's boundary along δ (the first wall or box side crossed):
 *
 * <pre>
 *   t = Δ/λ*,   w = c + u/(1 + t),   log |det ∂w/∂y| = −3·log(1 + t)
 * </pre>
 *
 * For a wall with neighbour k, with D = c_k − c_x: λ = ‖D‖²/(2·D·δ) (for D·δ &gt; 0), so
 * ∂λ/∂D = (D − λδ)/(D·δ) and ∂λ/∂δ = −λ·D/(D·δ); for a box side w_d = ±1: λ = (±1 − c_d)/δ_d, so
 * ∂λ/∂c_d = −1/δ_d and ∂λ/∂δ_d = −λ/δ_d. u does not depend on the anchors, so they move t through λ*
 * only. Not thread-safe: it keeps the last ray's active constraint and derivatives in fields.
 */
final class RadialRay2D {
    /**
     * The last ray: λ*, the active constraint (a neighbour k ≥ 0 or a box side &lt; 0), ∂λ/∂δ, ∂λ/∂c_k
     * (= ∂λ/∂D, for a wall) and ∂λ/∂c_x.
     */
    double lambda;
    int active;
    double dLdDelta1, dLdDelta2, dLdD1, dLdD2, dLdOwn1, dLdOwn2;

    /**
     * λ* of cell x's ray from its anchor along the unit vector (e1, e2), with its derivatives (into the
     * fields); returns λ*.
     */
    double lambda(VoronoiCells2D cells, int x, double e1, double e2) {
        double cx = cells.c1[x], cy = cells.c2[x];
        double best = Double.POSITIVE_INFINITY;
        int which = 0;
        // box sides
        if (e1 > 0 && (1 - cx) / e1 < best) {
            best = (1 - cx) / e1;
            which = VoronoiCells2D.RIGHT;
        } else if (e1 < 0 && (-1 - cx) / e1 < best) {
            best = (-1 - cx) / e1;
            which = VoronoiCells2D.LEFT;
        }
        if (e2 > 0 && (1 - cy) / e2 < best) {
            best = (1 - cy) / e2;
            which = VoronoiCells2D.TOP;
        } else if (e2 < 0 && (-1 - cy) / e2 < best) {
            best = (-1 - cy) / e2;
            which = VoronoiCells2D.BOTTOM;
        }
        for (int j = 0; j < cells.k; j++) {
            if (j == x) {
                continue;
            }
            double dx = cells.c1[j] - cx, dy = cells.c2[j] - cy;
            double dot = dx * e1 + dy * e2;
            if (dot > 0) {
                double l = 0.5 * (dx * dx + dy * dy) / dot;
                if (l < best) {
                    best = l;
                    which = j;
                }
            }
        }
        lambda = best;
        active = which;
        if (which >= 0) {
            double dx = cells.c1[which] - cx, dy = cells.c2[which] - cy;
            double dot = dx * e1 + dy * e2;
            dLdD1 = (dx - best * e1) / dot;
            dLdD2 = (dy - best * e2) / dot;
            dLdDelta1 = -best * dx / dot;
            dLdDelta2 = -best * dy / dot;
            dLdOwn1 = -dLdD1;
            dLdOwn2 = -dLdD2;
        } else {
            dLdD1 = dLdD2 = 0;
            boolean first = which == VoronoiCells2D.RIGHT || which == VoronoiCells2D.LEFT;
            dLdDelta1 = first ? -best / e1 : 0;
            dLdDelta2 = first ? 0 : -best / e2;
            dLdOwn1 = first ? -1 / e1 : 0;
            dLdOwn2 = first ? 0 : -1 / e2;
        }
        return best;
    }

    /**
     * Adds g·∂λ/∂c (for the last ray of cell x) to the anchor gradients (in w): through D = c_k − c_x for a
     * wall, through c_d for a box side.
     */
    void addAnchorGradient(int x, double g, double[] g1, double[] g2) {
        g1[x] += g * dLdOwn1;
        g2[x] += g * dLdOwn2;
        if (active >= 0) {
            g1[active] += g * dLdD1;
            g2[active] += g * dLdD2;
        }
    }
}
