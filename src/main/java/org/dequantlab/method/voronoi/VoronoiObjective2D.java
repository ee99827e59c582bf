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
 * Voronoi's objective on a 2-D latent (docs/maths.md §7.3). Cells tile the box and every sample stays
 * in its cell, so Rec ≡ 0 and L = λ_KL·Σ_x p̃(x)·max(floor, KL_x), KL_x = E[log q_w(w|x)] + log 4 (the
 * prior's density in w is ¼). No boundary part.
 * <ul>
 *   <li>{@code uniform}: KL_x = log(4/|cell_x|) in closed form, its gradient through the cell's walls
 *       ({@link VoronoiCells2D#addAreaGradient}); every Monte Carlo draw gives the same value.</li>
 *   <li>{@code radial}: KL_x = E_ε[log φ(ε₁) + log φ(ε₂) − ℓ₁ − ℓ₂ + 3·log(1 + t(ε)) + log 4], t = ‖u‖/λ*(u/‖u‖),
 *       u = m + e^ℓ⊙ε. {@code exact} is a fixed tensor Gauss–Legendre rule in ε over [−6, 6]²
 *       ({@value #PIECES_PER_AXIS} pieces per axis, 6 nodes a piece when training, 10 for metrics): a
 *       deterministic pathwise estimate (the integrand bends where the ray's active wall changes, so it
 *       is accurate to about 1e−3, not to round-off), whose gradient is the exact gradient of that
 *       estimate. {@code monteCarlo} draws ε ~ N(0, I).</li>
 * </ul>
 * Per node: ∂g/∂t = 3/(1 + t); ∂t/∂u = δ/λ − (∂λ/∂δ − δ(δ·∂λ/∂δ))/λ²; ∂u/∂m = I, ∂u_d/∂ℓ_d = e^{ℓ_d}ε_d;
 * ∂t/∂λ = −t/λ, with λ* moving with the anchors ({@link RadialRay2D}). Not thread-safe.
 */
final class VoronoiObjective2D implements Objective {
    private static final double[] PIECES = {-6, -4, -2.5, -1, 0, 1, 2.5, 4, 6};
    static final int PIECES_PER_AXIS = 8;
    private static final double LOG4 = Math.log(4);

    private final int k;
    private final boolean radial;
    private final double[] eps, epsWeight;
    private final double[] g1, g2, gm1, gm2, gl1, gl2;
    private final double[] acc = new double[4];
    /** The anchors' derivatives of the current category's KL (unscaled). */
    private final double[] tmp1, tmp2;
    private final RadialRay2D ray = new RadialRay2D();

    VoronoiObjective2D(int categories, boolean radial, int nodes) {
        this.k = categories;
        this.radial = radial;
        GaussLegendre rule = GaussLegendre.of(nodes <= 12 ? 6 : 10);
        int n = rule.size();
        eps = new double[PIECES_PER_AXIS * n];
        epsWeight = new double[eps.length];
        for (int p = 0; p < PIECES_PER_AXIS; p++) {
            double lo = PIECES[p], half = 0.5 * (PIECES[p + 1] - lo);
            for (int j = 0; j < n; j++) {
                eps[p * n + j] = lo + half * (rule.node(j) + 1);
                epsWeight[p * n + j] = half * rule.weight(j) * Normal.pdf(eps[p * n + j]);
            }
        }
        g1 = new double[k];
        g2 = new double[k];
        gm1 = new double[k];
        gm2 = new double[k];
        gl1 = new double[k];
        gl2 = new double[k];
        tmp1 = new double[k];
        tmp2 = new double[k];
    }

    @Override
    public ObjectiveValue exact(Encoder encoder, LossWeights weights, GradientParts gradient, ObjectiveValue out) {
        VoronoiEncoder2D e = begin(encoder, out);
        boolean grad = gradient != null;
        for (int x = 0; x < k; x++) {
            if (!radial) {
                uniform(e, weights, x, grad, out);
                continue;
            }
            clearCategory();
            for (int i = 0; i < eps.length; i++) {
                for (int j = 0; j < eps.length; j++) {
                    out.addNode(x, 0.0, radialNode(e, x, eps[i], eps[j], epsWeight[i] * epsWeight[j], grad));
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
        VoronoiEncoder2D e = begin(encoder, out);
        boolean grad = gradient != null;
        double wt = 1.0 / samples;
        for (int x = 0; x < k; x++) {
            if (!radial) {
                uniform(e, weights, x, grad, out); // every draw gives log(4/|cell|): nothing to draw
                continue;
            }
            clearCategory();
            for (int n = 0; n < samples; n++) {
                double a = Normal.sample(random), b = Normal.sample(random);
                out.addNode(x, 0.0, radialNode(e, x, a, b, wt, grad));
            }
            finishRadial(e, weights, x, grad, out);
        }
        out.complete(e.problem().dataDistribution(), weights);
        if (grad) {
            toRaw(e, gradient);
        }
        return out;
    }

    private VoronoiEncoder2D begin(Encoder encoder, ObjectiveValue out) {
        if (!(encoder instanceof VoronoiEncoder2D e) || e.k != k || e.radial != radial) {
            throw new IllegalArgumentException("this objective evaluates 2-D " + (radial ? "radial" : "uniform")
                    + " Voronoi encoders with K=" + k);
        }
        out.reset(k);
        for (double[] a : new double[][] {g1, g2, gm1, gm2, gl1, gl2}) {
            Arrays.fill(a, 0);
        }
        return e;
    }

    private void clearCategory() {
        Arrays.fill(acc, 0);
        Arrays.fill(tmp1, 0);
        Arrays.fill(tmp2, 0);
    }

    /** KL_x = log 4 − log |cell_x| and, unless floored, its gradient −λ_KL·p̃(x)/|cell_x| through the walls. */
    private void uniform(VoronoiEncoder2D e, LossWeights weights, int x, boolean grad, ObjectiveValue out) {
        double kl = LOG4 - Math.log(e.cells.area[x]);
        out.addNode(x, 0.0, kl);
        if (!grad || weights.floored(kl)) {
            return;
        }
        e.cells.addAreaGradient(x, -weights.lambdaKl() * e.problem().probability(x) / e.cells.area[x], g1, g2);
    }

    /**
     * One node of category x at ε = (a, b) with weight wt (the Gaussian included): returns wt·g and, if
     * asked, adds wt·∂g/∂(m₁, m₂, ℓ₁, ℓ₂) into {@code acc} and wt·∂g/∂c (through λ*) into the category's
     * anchor scratch; {@link #finishRadial} scales them (free bits apply per category).
     */
    private double radialNode(VoronoiEncoder2D e, int x, double a, double b, double wt, boolean grad) {
        double s1 = Math.exp(e.l1[x]), s2 = Math.exp(e.l2[x]);
        double u1 = e.m1[x] + s1 * a, u2 = e.m2[x] + s2 * b;
        double r = Math.hypot(u1, u2);
        double t = 0, lambda = 1, d1 = 0, d2 = 0;
        if (r > 0) {
            d1 = u1 / r;
            d2 = u2 / r;
            lambda = ray.lambda(e.cells, x, d1, d2);
            t = r / lambda;
        }
        double g = Normal.logPdf(a) + Normal.logPdf(b) - e.l1[x] - e.l2[x] + 3 * Math.log1p(t) + LOG4;
        if (grad) {
            acc[2] -= wt;
            acc[3] -= wt;
            if (r > 0) {
                double dgDt = 3 / (1 + t);
                double proj = d1 * ray.dLdDelta1 + d2 * ray.dLdDelta2;
                double l2 = lambda * lambda;
                double dt1 = d1 / lambda - (ray.dLdDelta1 - d1 * proj) / l2;
                double dt2 = d2 / lambda - (ray.dLdDelta2 - d2 * proj) / l2;
                acc[0] += wt * dgDt * dt1;
                acc[1] += wt * dgDt * dt2;
                acc[2] += wt * dgDt * dt1 * s1 * a;
                acc[3] += wt * dgDt * dt2 * s2 * b;
                ray.addAnchorGradient(x, wt * dgDt * (-t / lambda), tmp1, tmp2);
            }
        }
        return wt * g;
    }

    /** Scales category x's derivatives by λ_KL·p̃(x) into the gradient, unless its KL is under the floor. */
    private void finishRadial(VoronoiEncoder2D e, LossWeights weights, int x, boolean grad, ObjectiveValue out) {
        if (!grad || weights.floored(out.klPerCategory(x))) {
            return;
        }
        double scale = weights.lambdaKl() * e.problem().probability(x);
        gm1[x] += scale * acc[0];
        gm2[x] += scale * acc[1];
        gl1[x] += scale * acc[2];
        gl2[x] += scale * acc[3];
        for (int j = 0; j < k; j++) {
            g1[j] += scale * tmp1[j];
            g2[j] += scale * tmp2[j];
        }
    }

    private void toRaw(VoronoiEncoder2D e, double[] gradient) {
        int stride = e.stride;
        for (int x = 0; x < k; x++) {
            gradient[x * stride] = g1[x] * e.cells.d1[x];
            gradient[x * stride + 1] = g2[x] * e.cells.d2[x];
            if (radial) {
                gradient[x * stride + 2] = gm1[x];
                gradient[x * stride + 3] = gm2[x];
                gradient[x * stride + 4] = gl1[x];
                gradient[x * stride + 5] = gl2[x];
            }
        }
    }
}
