package org.dequantlab.method.voronoi;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dequantlab.math.GaussLegendre;
import org.dequantlab.math.Normal;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Objective;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * Voronoi's objective (docs/maths.md §4). Cells partition the box and every sample stays in its own
 * cell, so Rec ≡ 0 and L = λ_KL·Σ_x p̃(x)·max(floor, KL_x) with KL_x = E[log q_w(w|x) + log 2] (the
 * prior is uniform, density ½, in w). The integrand is continuous in the base draw, so the pathwise
 * gradient is exact and the boundary part is zero.
 * <ul>
 *   <li>{@code uniform}: KL_x = log 2 − log W_x in closed form (W_x the cell's width); every Monte Carlo
 *       draw gives the same value, so both estimators equal the closed form.</li>
 *   <li>{@code radial}: KL_x = ∫ φ(ε)·[log φ(ε) − ℓ_x + 2·log(1 + t(ε)) + log 2] dε with
 *       t = |m + e^ℓ·ε|/λ, integrated by Gauss–Legendre on ε ∈ [−{@value #EPS_MAX}, {@value #EPS_MAX}]
 *       split at the kink ε* = −m/e^ℓ where d changes side (λ switches there; t = 0 on both sides) and
 *       graded around it.
 *       Per node: ∂g/∂t = 2/(1 + t), ∂t/∂m = sgn d/λ, ∂t/∂ℓ = sgn d·e^ℓ·ε/λ, ∂t/∂λ = −t/λ, and λ moves
 *       with the anchors through {@link VoronoiCells}. Monte Carlo draws ε ~ N(0, 1).</li>
 * </ul>
 * Not thread-safe.
 */
final class VoronoiObjective implements Objective {
    /** The Gaussian is integrated over [−EPS_MAX, EPS_MAX]; the mass outside is below 1e−17. */
    static final double EPS_MAX = 8.5;
    private static final double[] PIECES = {-EPS_MAX, -6, -4, -3, -2, -1, 0, 1, 2, 3, 4, 6, EPS_MAX};
    private static final double LOG2 = Math.log(2);
    /** Values of t at which the ε-axis is split on both sides of the kink. */
    private static final double[] T_GRADES = {0.3, 3, 30};

    private final int k;
    private final boolean radial;
    private final GaussLegendre rule;
    private final double[] gAnchor, gOffset, gLogSd;
    private final double[] kl4 = new double[4];
    private final double[] ends = new double[PIECES.length + 1 + 2 * T_GRADES.length];

    VoronoiObjective(int categories, boolean radial, int nodes) {
        this.k = categories;
        this.radial = radial;
        this.rule = GaussLegendre.of(nodes);
        gAnchor = new double[k];
        gOffset = new double[k];
        gLogSd = new double[k];
    }

    @Override
    public ObjectiveValue exact(Encoder encoder, LossWeights weights, GradientParts gradient, ObjectiveValue out) {
        VoronoiEncoder e = begin(encoder, out);
        boolean grad = gradient != null;
        for (int x = 0; x < k; x++) {
            if (!radial) {
                uniform(e, weights, x, grad, out);
                continue;
            }
            Arrays.fill(kl4, 0);
            int n = piecesOf(e, x);
            for (int i = 0; i + 1 < n; i++) {
                double lo = ends[i], hi = ends[i + 1], half = 0.5 * (hi - lo);
                if (!(hi > lo)) {
                    continue;
                }
                for (int j = 0; j < rule.size(); j++) {
                    double eps = lo + half * (rule.node(j) + 1.0);
                    radialNode(e, x, eps, half * rule.weight(j) * Normal.pdf(eps), grad, out);
                }
            }
            finishRadial(e, weights, x, grad, out);
        }
        out.complete(e.problem().dataDistribution(), weights);
        if (grad) {
            gradient.pathwiseOnly(g -> toRaw(e, g));
        }
        return out;
    }

    @Override
    public ObjectiveValue monteCarlo(Encoder encoder, LossWeights weights, int samples, SplittableRandom random,
            double[] gradient, ObjectiveValue out) {
        VoronoiEncoder e = begin(encoder, out);
        boolean grad = gradient != null;
        double wt = 1.0 / samples;
        for (int x = 0; x < k; x++) {
            if (!radial) {
                uniform(e, weights, x, grad, out); // every draw gives log 2 − log W_x: no randomness to draw
                continue;
            }
            Arrays.fill(kl4, 0);
            for (int n = 0; n < samples; n++) {
                radialNode(e, x, Normal.sample(random), wt, grad, out);
            }
            finishRadial(e, weights, x, grad, out);
        }
        out.complete(e.problem().dataDistribution(), weights);
        if (grad) {
            toRaw(e, gradient);
        }
        return out;
    }

    private VoronoiEncoder begin(Encoder encoder, ObjectiveValue out) {
        if (!(encoder instanceof VoronoiEncoder e) || e.k != k || e.radial != radial) {
            throw new IllegalArgumentException("this objective evaluates " + (radial ? "radial" : "uniform")
                    + " Voronoi encoders with K=" + k);
        }
        out.reset(k);
        Arrays.fill(gAnchor, 0);
        Arrays.fill(gOffset, 0);
        Arrays.fill(gLogSd, 0);
        return e;
    }

    /** KL_x = log 2 − log W_x and, unless floored, its gradient −1/W_x through the cell's ends. */
    private void uniform(VoronoiEncoder e, LossWeights weights, int x, boolean grad, ObjectiveValue out) {
        VoronoiCells c = e.cells;
        double kl = LOG2 - Math.log(c.width[x]);
        out.addNode(x, 0.0, kl);
        if (!grad || weights.floored(kl)) {
            return;
        }
        double dW = -weights.lambdaKl() * e.problem().probability(x) / c.width[x];
        c.addHigh(x, dW, gAnchor);
        c.addLow(x, -dW, gAnchor);
    }

    /**
     * The piece ends of category x's ε-axis: the fixed ones, the kink ε* = −m/e^ℓ, and points where
     * t = |d|/λ reaches {@link #T_GRADES} on either side of it (log(1 + t) bends on the scale λ/e^ℓ,
     * which is tiny for a narrow cell); returns how many, sorted.
     */
    private int piecesOf(VoronoiEncoder e, int x) {
        VoronoiCells c = e.cells;
        double sd = e.sd[x];
        double kink = -e.offset[x] / sd;
        int n = 0;
        for (double p : PIECES) {
            ends[n++] = p;
        }
        if (kink > -EPS_MAX && kink < EPS_MAX) {
            ends[n++] = kink;
        }
        double toHigh = c.high[x] - c.anchor[x], toLow = c.anchor[x] - c.low[x];
        for (double t : T_GRADES) {
            double right = kink + t * toHigh / sd, left = kink - t * toLow / sd;
            if (right > -EPS_MAX && right < EPS_MAX) {
                ends[n++] = right;
            }
            if (left > -EPS_MAX && left < EPS_MAX) {
                ends[n++] = left;
            }
        }
        Arrays.sort(ends, 0, n);
        return n;
    }

    /** One node of category x at ε with weight wt (the density φ(ε) included). */
    private void radialNode(VoronoiEncoder e, int x, double eps, double wt, boolean grad, ObjectiveValue out) {
        VoronoiCells c = e.cells;
        double d = e.offset[x] + e.sd[x] * eps;
        boolean right = d >= 0;
        double lambda = right ? c.high[x] - c.anchor[x] : c.anchor[x] - c.low[x];
        double t = Math.abs(d) / lambda;
        double g = Normal.logPdf(eps) - e.logSd[x] + 2 * Math.log1p(t) + LOG2;
        out.addNode(x, 0.0, wt * g);
        if (!grad) {
            return;
        }
        double dgDt = 2 / (1 + t);
        double sgn = right ? 1 : -1;
        kl4[0] += wt * dgDt * sgn / lambda;                         // ∂/∂m
        kl4[1] += wt * (-1 + dgDt * sgn * e.sd[x] * eps / lambda);  // ∂/∂ℓ
        kl4[right ? 2 : 3] += wt * dgDt * (-t / lambda);            // ∂/∂λ on d's side
    }

    /** Scales category x's KL derivatives by λ_KL·p̃(x) (none when floored) and sends λ's to the anchors. */
    private void finishRadial(VoronoiEncoder e, LossWeights weights, int x, boolean grad, ObjectiveValue out) {
        if (!grad || weights.floored(out.klPerCategory(x))) {
            return;
        }
        VoronoiCells c = e.cells;
        double scale = weights.lambdaKl() * e.problem().probability(x);
        gOffset[x] += scale * kl4[0];
        gLogSd[x] += scale * kl4[1];
        double toHigh = scale * kl4[2], toLow = scale * kl4[3];
        c.addHigh(x, toHigh, gAnchor); // λ = R_x − c_x right of the anchor
        gAnchor[x] -= toHigh;
        gAnchor[x] += toLow; // λ = c_x − L_x left of it
        c.addLow(x, -toLow, gAnchor);
    }

    private void toRaw(VoronoiEncoder e, double[] gradient) {
        int stride = e.stride;
        for (int x = 0; x < k; x++) {
            gradient[x * stride] = gAnchor[x] * e.cells.dAnchor[x];
            if (radial) {
                gradient[x * stride + 1] = gOffset[x];
                gradient[x * stride + 2] = gLogSd[x];
            }
        }
    }
}
