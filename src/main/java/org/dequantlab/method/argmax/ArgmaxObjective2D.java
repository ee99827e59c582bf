package org.dequantlab.method.argmax;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Objective;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * Argmax's objective on a 2-D latent (docs/maths.md §7.2). The quadrant decides the category, so
 * Rec ≡ 0; q(z|x) and the prior factorise over the axes and so does the quadrant, hence
 *
 * <pre>
 *   KL_x = KL_x,1 + KL_x,2,   KL_x,d = ∫₀¹ g_{x,d}(u₀) du₀   (the 1-D integrand of §3 on axis d),
 *   L = λ_KL·Σ_x p̃(x)·max(floor, KL_x).
 * </pre>
 *
 * Each axis term is integrated by {@link ArgmaxObjective}'s graded Gauss–Legendre rule ({@code exact})
 * or averaged over N draws u₀ ∈ (0,1)² ({@code monteCarlo}); the gradient is pathwise and exact (no
 * boundary part: a sample never leaves its quadrant). Not thread-safe.
 */
final class ArgmaxObjective2D implements Objective {
    private final int k;
    private final ArgmaxObjective axisRule;
    private final double[][] gm, grho;
    private final double[] gPrior = new double[2];
    private final double[][] acc = new double[2][3];

    ArgmaxObjective2D(int categories, int nodes) {
        this.k = categories;
        this.axisRule = new ArgmaxObjective(categories, nodes);
        gm = new double[2][k];
        grho = new double[2][k];
    }

    @Override
    public ObjectiveValue exact(Encoder encoder, LossWeights weights, GradientParts gradient, ObjectiveValue out) {
        ArgmaxEncoder2D e = begin(encoder, out);
        boolean grad = gradient != null;
        for (int x = 0; x < k; x++) {
            clearAcc();
            double kl = axisRule.integrate(e.axes[0], x, grad, acc[0]) + axisRule.integrate(e.axes[1], x, grad, acc[1]);
            out.addNode(x, 0.0, kl);
            finishCategory(e, weights, x, grad, out);
        }
        out.complete(e.problem().dataDistribution(), weights);
        if (grad) {
            gradient.pathwiseOnly(g -> toRaw(g));
        }
        return out;
    }

    @Override
    public ObjectiveValue monteCarlo(Encoder encoder, LossWeights weights, int samples, SplittableRandom random,
            double[] gradient, ObjectiveValue out) {
        ArgmaxEncoder2D e = begin(encoder, out);
        boolean grad = gradient != null;
        double wt = 1.0 / samples;
        for (int x = 0; x < k; x++) {
            clearAcc();
            for (int n = 0; n < samples; n++) {
                double u1 = clamp(random.nextDouble()), u2 = clamp(random.nextDouble());
                double g = ArgmaxObjective.node(e.axes[0], x, u1, 1.0 - u1, wt, grad, acc[0])
                        + ArgmaxObjective.node(e.axes[1], x, u2, 1.0 - u2, wt, grad, acc[1]);
                out.addNode(x, 0.0, g);
            }
            finishCategory(e, weights, x, grad, out);
        }
        out.complete(e.problem().dataDistribution(), weights);
        if (grad) {
            toRaw(gradient);
        }
        return out;
    }

    private static double clamp(double u) {
        return Math.min(Math.max(u, ArgmaxObjective.MC_CLAMP), 1 - ArgmaxObjective.MC_CLAMP);
    }

    private ArgmaxEncoder2D begin(Encoder encoder, ObjectiveValue out) {
        if (!(encoder instanceof ArgmaxEncoder2D e) || e.categories() != k) {
            throw new IllegalArgumentException("this objective evaluates 2-D Argmax encoders with K=" + k);
        }
        out.reset(k);
        for (int d = 0; d < 2; d++) {
            Arrays.fill(gm[d], 0);
            Arrays.fill(grho[d], 0);
        }
        Arrays.fill(gPrior, 0);
        return e;
    }

    private void clearAcc() {
        Arrays.fill(acc[0], 0);
        Arrays.fill(acc[1], 0);
    }

    /** λ_KL·p̃(x) times category x's axis derivatives, unless its KL is under the free-bits floor. */
    private void finishCategory(ArgmaxEncoder2D e, LossWeights weights, int x, boolean grad, ObjectiveValue out) {
        if (!grad || weights.floored(out.klPerCategory(x))) {
            return;
        }
        double scale = weights.lambdaKl() * e.problem().probability(x);
        for (int d = 0; d < 2; d++) {
            gm[d][x] += scale * acc[d][0];
            grho[d][x] += scale * acc[d][1];
            gPrior[d] += scale * acc[d][2];
        }
    }

    private void toRaw(double[] gradient) {
        int b = ArgmaxEncoder2D.BLOCK;
        for (int x = 0; x < k; x++) {
            for (int d = 0; d < 2; d++) {
                gradient[b * x + 2 * d] = gm[d][x];
                gradient[b * x + 2 * d + 1] = grho[d][x];
            }
        }
        if (gradient.length > b * k) {
            gradient[b * k] = gPrior[0];
            gradient[b * k + 1] = gPrior[1];
        }
    }
}
