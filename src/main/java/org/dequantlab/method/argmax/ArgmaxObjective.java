package org.dequantlab.method.argmax;

import static org.dequantlab.math.Logistic.dLogPdf;
import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.logSigmoid;
import static org.dequantlab.math.Logistic.sigmoid;
import static org.dequantlab.math.Logistic.softplus;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dequantlab.math.GaussLegendre;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Objective;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * Argmax's objective (docs/maths.md §3). Decoding by the sign is exact, so Rec ≡ 0 and
 *
 * <pre>
 *   L = λ_KL·Σ_x p̃(x)·max(floor, KL_x),   KL_x = ∫₀¹ g_x(u₀) du₀,
 *   g_x(u₀) = log u₀ + log(1 − u₀) − log σ_x − log σ(u) − log p(z),   u = m_x + σ_x·sign_x·logit u₀,
 *   z = sign_x·softplus(u),  log p(z) = log f(z − ℓ).
 * </pre>
 *
 * The integrand is smooth inside (0,1), so the pathwise gradient is exact and the boundary part is
 * zero:
 *
 * <pre>
 *   ∂g/∂u = −σ(−u) − sign·σ(u)·(log f)'(z − ℓ),   ∂g/∂m = ∂g/∂u,
 *   ∂g/∂ρ = −1 + ∂g/∂u·σ_x·sign_x·logit u₀,     ∂g/∂ℓ = (log f)'(z − ℓ).
 * </pre>
 *
 * {@link #exact} integrates with Gauss–Legendre on pieces graded towards both ends, where the
 * integrand has logarithmic singularities; {@link #monteCarlo} averages N draws of u₀. Not
 * thread-safe.
 */
final class ArgmaxObjective implements Objective {
    /** Piece ends of (0,1): geometric towards both ends. */
    private static final double[] PIECES = {0, 1e-8, 1e-6, 1e-4, 1e-2, 0.1, 0.5, 0.9, 0.99, 1 - 1e-4, 1 - 1e-6,
        1 - 1e-8, 1};
    static final double MC_CLAMP = 1e-6;

    private final int k;
    private final GaussLegendre rule;
    /** The exact rule's nodes: weight, log u₀ + log(1 − u₀) and logit u₀, in piece order. */
    private final double[] nodeWt, nodeLogBase, nodeLogit;
    private final double[] gm, grho;
    private double gPrior;
    private final double[] kl3 = new double[3];

    ArgmaxObjective(int categories, int nodes) {
        this.k = categories;
        this.rule = GaussLegendre.of(nodes);
        int n = (PIECES.length - 1) * rule.size();
        nodeWt = new double[n];
        nodeLogBase = new double[n];
        nodeLogit = new double[n];
        int m = 0;
        for (int i = 0; i + 1 < PIECES.length; i++) {
            double lo = PIECES[i], hi = PIECES[i + 1], half = 0.5 * (hi - lo);
            for (int j = 0; j < rule.size(); j++) {
                double u0 = lo + half * (rule.node(j) + 1.0);
                double om = (1.0 - hi) + (hi - u0); // 1 − u₀ without cancellation near 1
                double logU0 = Math.log(u0), logOm = Math.log(om);
                nodeWt[m] = half * rule.weight(j);
                nodeLogBase[m] = logU0 + logOm;
                nodeLogit[m++] = logU0 - logOm;
            }
        }
        gm = new double[k];
        grho = new double[k];
    }

    @Override
    public ObjectiveValue exact(Encoder encoder, LossWeights weights, GradientParts gradient, ObjectiveValue out) {
        ArgmaxEncoder e = begin(encoder, out);
        boolean grad = gradient != null;
        for (int x = 0; x < k; x++) {
            Arrays.fill(kl3, 0);
            out.addNode(x, 0.0, integrate(e, x, grad, kl3));
            finishCategory(e, weights, x, grad, out);
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
        ArgmaxEncoder e = begin(encoder, out);
        double wt = 1.0 / samples;
        for (int x = 0; x < k; x++) {
            Arrays.fill(kl3, 0);
            for (int n = 0; n < samples; n++) {
                double u0 = Math.min(Math.max(random.nextDouble(), MC_CLAMP), 1 - MC_CLAMP);
                out.addNode(x, 0.0, node(e, x, u0, 1.0 - u0, wt, gradient != null, kl3));
            }
            finishCategory(e, weights, x, gradient != null, out);
        }
        out.complete(e.problem().dataDistribution(), weights);
        if (gradient != null) {
            toRaw(e, gradient);
        }
        return out;
    }

    private ArgmaxEncoder begin(Encoder encoder, ObjectiveValue out) {
        if (!(encoder instanceof ArgmaxEncoder e) || e.k != k) {
            throw new IllegalArgumentException("this objective evaluates Argmax encoders with K=" + k);
        }
        out.reset(k);
        Arrays.fill(gm, 0);
        Arrays.fill(grho, 0);
        gPrior = 0;
        return e;
    }

    /**
     * KL_x along one encoder's axis by the graded Gauss–Legendre rule: returns ∫₀¹ g_x du₀ and, if
     * {@code grad}, adds ∫ ∂g/∂(m, ρ, ℓ) into {@code acc} (node by node, in a fixed order).
     */
    double integrate(ArgmaxEncoder e, int x, boolean grad, double[] acc) {
        double sum = 0;
        for (int i = 0; i < nodeWt.length; i++) {
            sum += tabulated(e, x, nodeLogBase[i], nodeLogit[i], nodeWt[i], grad, acc);
        }
        return sum;
    }

    /** One node: returns wt·g_x(u₀) and, if {@code grad}, adds wt·∂g/∂(m, ρ, ℓ) into {@code acc}. */
    static double node(ArgmaxEncoder e, int x, double u0, double oneMinusU0, double wt, boolean grad, double[] acc) {
        double logU0 = Math.log(u0), logOm = Math.log(oneMinusU0);
        return tabulated(e, x, logU0 + logOm, logU0 - logOm, wt, grad, acc);
    }

    /**
     * One node given log u₀ + log(1 − u₀) and logit u₀ = log u₀ − log(1 − u₀) (fixed per node, so the
     * exact rule keeps them in tables).
     */
    private static double tabulated(ArgmaxEncoder e, int x, double logBase, double logit, double wt, boolean grad,
            double[] acc) {
        double t = e.sign[x] * logit; // the encoder's path: z increases with u₀
        double u = e.m[x] + e.sigma[x] * t;
        double z = e.sign[x] * softplus(u);
        double r = z - e.priorLocation;
        double g = logBase - e.logSigma[x] - logSigmoid(u) - logPdf(r);
        if (grad) {
            double h = dLogPdf(r);
            double dgDu = -sigmoid(-u) - e.sign[x] * sigmoid(u) * h;
            acc[0] += wt * dgDu;
            acc[1] += wt * (-1.0 + dgDu * e.sigma[x] * t);
            acc[2] += wt * h;
        }
        return wt * g;
    }

    private void finishCategory(ArgmaxEncoder e, LossWeights weights, int x, boolean grad, ObjectiveValue out) {
        if (!grad || weights.floored(out.klPerCategory(x))) {
            return;
        }
        double scale = weights.lambdaKl() * e.problem().probability(x);
        gm[x] += scale * kl3[0];
        grho[x] += scale * kl3[1];
        gPrior += scale * kl3[2];
    }

    private void toRaw(ArgmaxEncoder e, double[] gradient) {
        for (int x = 0; x < k; x++) {
            gradient[2 * x] = gm[x];
            gradient[2 * x + 1] = grho[x];
        }
        if (gradient.length > 2 * k) {
            gradient[2 * k] = gPrior;
        }
    }
}
