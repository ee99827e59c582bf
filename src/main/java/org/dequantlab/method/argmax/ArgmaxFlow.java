package org.dequantlab.method.argmax;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.dequantlab.math.Normal;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Objective;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.method.Problem;
import org.dequantlab.method.SupportShape;
import org.dequantlab.objective.LossWeights;

/**
 * Argmax Flow, binary version (docs/maths.md §3): category x has a sign code, u = m_x + σ_x·logit u₀
 * (a logistic base) and z = sign_x·softplus(u), so z lies in x's orthant and decoding by the sign is
 * exact (Rec ≡ 0). A 1-D latent holds one bit, so K = 2; K = 3, 4 need D = 2, served on a 2-D latent by
 * {@link ArgmaxEncoder2D} (quadrants, docs/maths.md §7.2). The partition is fixed,
 * so the loss pays for skewed data: L* = λ_KL·[H(p̃) + KL(p̃‖π)] with π_x the prior mass of x's
 * orthant; learning the prior's location (config field {@code argmaxLearnPrior}) closes the gap.
 * No boundary terms: samples never leave their orthant.
 *
 * <p>Raw parameters per category: m_x and ρ_x = log σ_x (per axis in 2-D); then, if the prior is
 * learned, its location ℓ (prior Logistic(ℓ, 1), one per axis).
 */
public final class ArgmaxFlow implements DequantMethod {
    /** Standard deviation of the initial m noise (the same draws as the logistic family's μ). */
    static final double INITIAL_M_SD = 0.1;

    @Override
    public String id() {
        return "argmax";
    }

    @Override
    public String label() {
        return "Argmax";
    }

    @Override
    public String summary() {
        return "Argmax Flow (binary): z = sign·softplus(u) in a fixed orthant per category, decoded by the sign";
    }

    @Override
    public String refusal(Problem problem) {
        int k = problem.categories();
        if (problem.latentDim() == 1 && k > 2) {
            return "argmax in a 1-D latent serves categories = 2 only (the sign of z is one bit), got categories = "
                    + k + "; categories = 3 or 4 need latentDim 2 (two sign bits: the quadrants), so set latentDim"
                    + " to 2 or remove argmax from methods";
        }
        if (problem.latentDim() == 2 && k > 4) {
            return "argmax in a 2-D latent serves categories = 2 to 4 (two sign bits: four quadrants), got"
                    + " categories = " + k + "; use categories 4 or fewer, or remove argmax from methods";
        }
        if (problem.latentDim() > 2) {
            return "argmax has no " + problem.latentDim() + "-D version: set latentDim to 1 or 2";
        }
        return null;
    }

    /**
     * Per category (m, ρ) in 1-D, (m₁, ρ₁, m₂, ρ₂) in 2-D; then the prior's location(s) if learned.
     */
    @Override
    public ParameterLayout layout(Problem problem) {
        boolean learn = problem.argmaxLearnPrior();
        if (problem.latentDim() == 2) {
            return ParameterLayout.blocks(problem.categories(), new String[] {"m1", "rho1", "m2", "rho2"},
                    new String[] {"m on z1 (location of u)", "log-sigma on z1", "m on z2 (location of u)",
                        "log-sigma on z2"},
                    learn ? new String[] {"priorLocation1", "priorLocation2"} : new String[0],
                    learn ? new String[] {"the prior's location on z1", "the prior's location on z2"} : new String[0]);
        }
        return ParameterLayout.blocks(problem.categories(), new String[] {"m", "rho"},
                new String[] {"m (location of u)", "log-sigma (log scale of u)"},
                learn ? new String[] {"priorLocation"} : new String[0],
                learn ? new String[] {"the prior's location"} : new String[0]);
    }

    /** m ~ N(0, 0.1²) per coordinate from the run's stream, σ = 1; a learned prior starts at 0. */
    @Override
    public double[] initialise(Problem problem, SplittableRandom random) {
        int k = problem.categories();
        double[] theta = new double[layout(problem).size()];
        int d = problem.latentDim();
        for (int x = 0; x < k; x++) {
            for (int a = 0; a < d; a++) {
                theta[2 * d * x + 2 * a] = INITIAL_M_SD * Normal.sample(random);
                theta[2 * d * x + 2 * a + 1] = 0.0;
            }
        }
        return theta; // the prior's location, if learned, starts at 0
    }

    @Override
    public Encoder encoder(Problem problem, double[] theta) {
        return problem.latentDim() == 2 ? new ArgmaxEncoder2D(this, problem, theta)
                : new ArgmaxEncoder(this, problem, theta);
    }

    @Override
    public Objective objective(Problem problem, int nodes) {
        return problem.latentDim() == 2 ? new ArgmaxObjective2D(problem.categories(), nodes)
                : new ArgmaxObjective(problem.categories(), nodes);
    }

    @Override
    public SupportShape supportShape() {
        return SupportShape.ORTHANT;
    }

    @Override
    public boolean hasBoundaryTerms(Problem problem) {
        return false;
    }

    /**
     * λ_KL·[H(p̃) + KL(p̃‖π)] = −λ_KL·Σ p̃(x)·log π_x with the standard prior's orthant masses π_x = 2^{−d}
     * (λ_KL·log 2 for K = 2 in 1-D whatever p̃ is; λ_KL·log 4 in 2-D). With the prior's location learned,
     * log π_x is a sum over the axes of log σ(±ℓ_d), so the best is σ(ℓ_d) = P(bit d of x is 1) under p̃
     * and L* = λ_KL·Σ_d H(bit d): λ_KL·H(p̃) in 1-D and for 2-D data whose bits are independent
     * (docs/maths.md §3, §7.2). Rec is 0, so λ_rec plays no part.
     */
    @Override
    public OptionalDouble ownOptimum(Problem problem, LossWeights weights) {
        int d = problem.latentDim();
        if (problem.argmaxLearnPrior()) {
            double h = 0;
            for (int a = 0; a < d; a++) {
                double one = 0;
                for (int x = 0; x < problem.categories(); x++) {
                    double bit = d == 1 ? x : (a == 0 ? (x >> 1) & 1 : x & 1);
                    one += bit * problem.probability(x);
                }
                h += entropy(one);
            }
            return OptionalDouble.of(weights.lambdaKl() * (d == 1 ? problem.entropy() : h));
        }
        double cross = 0;
        for (int x = 0; x < problem.categories(); x++) {
            cross -= problem.probability(x) * d * Math.log(0.5);
        }
        return OptionalDouble.of(weights.lambdaKl() * cross);
    }

    /** The entropy of a coin with P(1) = p, in nats. */
    private static double entropy(double p) {
        return (p > 0 ? -p * Math.log(p) : 0) + (p < 1 ? -(1 - p) * Math.log(1 - p) : 0);
    }

    @Override
    public String ownOptimumFormula(Problem problem) {
        if (problem.argmaxLearnPrior()) {
            return problem.latentDim() == 1 ? "λ_KL·H(p̃), learned prior" : "λ_KL·Σ_d H(bit d), learned prior";
        }
        return "λ_KL·[H(p̃) + KL(p̃‖π)]";
    }

    @Override
    public float[] curveDash() {
        return new float[] {1.5f, 3.5f};
    }

    @Override
    public String toString() {
        return id();
    }
}
