package org.dequantlab.method.logistic;

import java.util.SplittableRandom;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Objective;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.method.Problem;
import org.dequantlab.method.SupportShape;

/**
 * What CatNF and TRUFL share: logistic components q(z|x) = Logistic(μ_x, s_x), truncated for TRUFL to
 * (a_x, b_x) in their own CDF space (docs/maths.md §1.2, §1.3), the posterior decoder, and one exact
 * quadrature objective with boundary terms where supports end inside others (§1.6, Appendix B).
 */
public abstract class LogisticMethod implements DequantMethod {
    private static final String[] SYMBOLS = {"mu", "rho", "alpha", "beta"};
    private static final String[] WORDS = {"mu", "log-scale", "alpha (lower bound)", "beta (upper bound)"};

    private final boolean truncated;

    protected LogisticMethod(boolean truncated) {
        this.truncated = truncated;
    }

    @Override
    public String refusal(Problem problem) {
        return problem.latentDim() <= 2 ? null
                : label() + " has no " + problem.latentDim() + "-D version: set latentDim to 1 or 2";
    }

    /** Per category (μ, ρ, α, β) for TRUFL and (μ, ρ) for CatNF; in 2-D that block for z₁, then for z₂. */
    @Override
    public ParameterLayout layout(Problem problem) {
        int bs = LogisticParameters.blockSize(truncated);
        if (problem.latentDim() == 2) {
            String[] symbols = new String[2 * bs], words = new String[2 * bs];
            for (int d = 0; d < 2; d++) {
                for (int i = 0; i < bs; i++) {
                    symbols[d * bs + i] = SYMBOLS[i] + (d + 1);
                    words[d * bs + i] = WORDS[i] + " on z" + (d + 1);
                }
            }
            return ParameterLayout.blocks(problem.categories(), symbols, words, new String[0], new String[0]);
        }
        return ParameterLayout.blocks(problem.categories(), java.util.Arrays.copyOf(SYMBOLS, bs),
                java.util.Arrays.copyOf(WORDS, bs), new String[0], new String[0]);
    }

    @Override
    public double[] initialise(Problem problem, SplittableRandom random) {
        return problem.latentDim() == 2 ? LogisticParameters.initialPlane(truncated, problem.categories(), random)
                : LogisticParameters.initial(truncated, problem.categories(), random);
    }

    @Override
    public Encoder encoder(Problem problem, double[] theta) {
        return problem.latentDim() == 2 ? new LogisticEncoder2D(this, problem, truncated, theta)
                : new LogisticEncoder(this, problem, truncated, theta);
    }

    /** The encoder at natural parameters (μ, s, a, b); a and b are ignored by CatNF. */
    public LogisticEncoder encoder(Problem problem, double[] mu, double[] scale, double[] lower, double[] upper) {
        return new LogisticEncoder(this, problem, truncated, LogisticParameters.fromNatural(truncated, mu, scale, lower,
                upper));
    }

    @Override
    public Objective objective(Problem problem, int nodes) {
        return problem.latentDim() == 2 ? new LogisticObjective2D(problem.categories(), truncated, nodes)
                : new LogisticObjective(problem.categories(), truncated, nodes);
    }

    @Override
    public SupportShape supportShape() {
        return truncated ? SupportShape.BAND : SupportShape.WHOLE_SPACE;
    }

    @Override
    public SupportShape supportShape(Problem problem) {
        return truncated && problem.latentDim() == 2 ? SupportShape.BOX : supportShape();
    }

    @Override
    public boolean hasBoundaryTerms(Problem problem) {
        return truncated;
    }

    /**
     * The encoder of CatNF or TRUFL ({@code method}) at natural parameters on a 1-D problem with data
     * distribution {@code pTilde}; {@code lower}/{@code upper} are ignored by CatNF.
     */
    public static LogisticEncoder natural(org.dequantlab.method.DequantMethod method, double[] pTilde, double[] mu,
            double[] scale, double[] lower, double[] upper) {
        return ((LogisticMethod) method).encoder(Problem.of(pTilde), mu, scale, lower, upper);
    }

    /** The raw parameters θ of CatNF or TRUFL ({@code method}) at natural parameters. */
    public static double[] theta(org.dequantlab.method.DequantMethod method, double[] mu, double[] scale,
            double[] lower, double[] upper) {
        return LogisticParameters.fromNatural(((LogisticMethod) method).truncated, mu, scale, lower, upper);
    }

    /** The encoder's class, for callers that need the family's own accessors. */
    public static LogisticEncoder cast(Encoder e) {
        return (LogisticEncoder) e;
    }

    @Override
    public String toString() {
        return id();
    }
}
