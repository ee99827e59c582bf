package org.dequantlab.method.argmax;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.dequantlab.math.Normal;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Objective;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.method.Problem;
import org.dequantlab.method.SupportShape;
import org.dequantlab.objective.LossWeights;

/**
 * Argmax Flow, binary version (docs/maths.md §3): category x has a sign code, u = m_x + σ_x·logit u₀
 * (a logistic base) and z = sign_x·softplus(u), so z lies in x's orthant and decoding by the sign is
 * exact (Rec ≡ 0). A 1-D latent holds one bit, so K = 2; K = 3, 4 need D = 2. The partition is fixed,
 * so the loss pays for skewed data: L* = λ_KL·[H(p̃) + KL(p̃‖π)] with π_x the prior mass of x's
 * orthant; learning the prior's location (config field {@code argmaxLearnPrior}) closes the gap.
 * No boundary terms: samples never leave their orthant.
 *
 * <p>Raw parameters per category: m_x and ρ_x = log σ_x; then, if the prior is learned, its location
 * ℓ (prior Logistic(ℓ, 1)).
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
                    + k + "; categories = 3 or 4 need latentDim 2 (the 2-D latent is coming), so remove argmax from"
                    + " methods for now";
        }
        if (problem.latentDim() != 1) {
            return "argmax has no " + problem.latentDim() + "-D version yet: set latentDim to 1";
        }
        return null;
    }

    @Override
    public ParameterLayout layout(Problem problem) {
        boolean learn = problem.argmaxLearnPrior();
        return ParameterLayout.blocks(problem.categories(), new String[] {"m", "rho"},
                new String[] {"m (location of u)", "log-sigma (log scale of u)"},
                learn ? new String[] {"priorLocation"} : new String[0],
                learn ? new String[] {"the prior's location"} : new String[0]);
    }

    @Override
    public double[] initialise(Problem problem, SplittableRandom random) {
        int k = problem.categories();
        double[] theta = new double[layout(problem).size()];
        for (int x = 0; x < k; x++) {
            theta[2 * x] = INITIAL_M_SD * Normal.sample(random);
            theta[2 * x + 1] = 0.0;
        }
        return theta; // the prior's location, if learned, starts at 0
    }

    @Override
    public ArgmaxEncoder encoder(Problem problem, double[] theta) {
        return new ArgmaxEncoder(this, problem, theta);
    }

    @Override
    public Objective objective(Problem problem, int nodes) {
        return new ArgmaxObjective(problem.categories(), nodes);
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
     * λ_KL·[H(p̃) + KL(p̃‖π)] = −λ_KL·Σ p̃(x)·log π_x with the standard prior's orthant masses π_x = ½
     * (λ_KL·log 2 for K = 2 whatever p̃ is); λ_KL·H(p̃) when the prior's location is learned, since
     * then π = p̃ is reachable (docs/maths.md §3). Rec is 0, so λ_rec plays no part.
     */
    @Override
    public OptionalDouble ownOptimum(Problem problem, LossWeights weights) {
        if (problem.argmaxLearnPrior()) {
            return OptionalDouble.of(weights.lambdaKl() * problem.entropy());
        }
        double cross = 0;
        for (int x = 0; x < problem.categories(); x++) {
            cross -= problem.probability(x) * Math.log(0.5);
        }
        return OptionalDouble.of(weights.lambdaKl() * cross);
    }

    @Override
    public String ownOptimumFormula(Problem problem) {
        return problem.argmaxLearnPrior() ? "λ_KL·H(p̃), learned prior" : "λ_KL·[H(p̃) + KL(p̃‖π)]";
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
