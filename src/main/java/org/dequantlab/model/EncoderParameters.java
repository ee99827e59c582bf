package org.dequantlab.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The unconstrained parameters of one method's encoder, as one flat vector θ that the optimiser
 * moves. Per category x the block is (μ_x, ρ_x) for CatNF and (μ_x, ρ_x, α_x, β_x) for TRUFL, with
 *
 * <pre>
 *   s_x = exp(ρ_x)
 *   a_x = σ(α_x),  b_x = a_x + (1 − a_x)·σ(β_x)          (math.md §1.3, parameterisation P1)
 * </pre>
 *
 * so that 0 &lt; a &lt; b &lt; 1 holds with no explicit constraint, logit a = α, and
 * log(b − a) = log σ(−α) + log σ(β), 1 − b = σ(−α)σ(−β) are computed without cancellation.
 */
public final class EncoderParameters {
    /** Offsets inside a category's block. */
    public static final int MU = 0, RHO = 1, ALPHA = 2, BETA = 3;

    /**
     * Initial α and β: a = σ(−2) ≈ 0.12, b ≈ 0.90, so each support covers about 78% of the prior and
     * the run starts near collapse (KL_x ≈ 0.2). The bounds start outside the sigmoid's flat tail on
     * purpose: Adam moves α by about one learning rate per step and a moves by a(1−a) times that, so
     * from α = −6 (a ≈ 0.0025) the bounds barely move while μ and s separate the categories the
     * CatNF way, and TRUFL falls into a spike-inside-a-wide-component optimum (measured at 10,000
     * steps: 3.97× the optimum on p̃ = (0.8, 0.2), 2.53× on K = 3). From α = −2 it reached within
     * 1.7% of λ_kl·H(p̃) on nine problems (K = 2…8, uniform and skewed) and two seeds each.
     */
    public static final double INITIAL_ALPHA = -2.0, INITIAL_BETA = 2.0;
    /** Standard deviation of the initial μ noise. */
    public static final double INITIAL_MU_SD = 0.1;

    private final Method method;
    private final int categories;
    private final double[] theta;

    public EncoderParameters(Method method, int categories, double[] theta) {
        this.method = method;
        this.categories = categories;
        if (theta.length != categories * blockSize(method)) {
            throw new IllegalArgumentException("expected " + categories * blockSize(method) + " parameters, got "
                    + theta.length);
        }
        this.theta = theta;
    }

    /** Parameters per category: 2 for CatNF, 4 for TRUFL. */
    public static int blockSize(Method method) {
        return method.truncated() ? 4 : 2;
    }

    /**
     * The initialisation near collapse, as the blog's animation starts: μ_x ~ N(0, 0.1²) from the
     * seeded stream, s_x = 1, supports ≈ (0, 1).
     */
    public static EncoderParameters initial(Method method, int categories, SplittableRandom random) {
        int p = blockSize(method);
        double[] theta = new double[categories * p];
        for (int x = 0; x < categories; x++) {
            theta[x * p + MU] = INITIAL_MU_SD * gaussian(random);
            theta[x * p + RHO] = 0.0;
            if (method.truncated()) {
                theta[x * p + ALPHA] = INITIAL_ALPHA;
                theta[x * p + BETA] = INITIAL_BETA;
            }
        }
        return new EncoderParameters(method, categories, theta);
    }

    /**
     * Raw parameters that realise the given (μ, s, a, b); {@code lower}/{@code upper} are ignored for
     * CatNF. Needs 0 &lt; a &lt; b &lt; 1 and s &gt; 0.
     */
    public static EncoderParameters fromNatural(Method method, double[] mu, double[] scale, double[] lower,
            double[] upper) {
        int k = mu.length;
        int p = blockSize(method);
        double[] theta = new double[k * p];
        for (int x = 0; x < k; x++) {
            theta[x * p + MU] = mu[x];
            theta[x * p + RHO] = Math.log(scale[x]);
            if (method.truncated()) {
                double a = lower[x], b = upper[x];
                if (!(a > 0 && a < b && b < 1)) {
                    throw new IllegalArgumentException("need 0 < a < b < 1 for category " + x + ": a=" + a + " b=" + b);
                }
                theta[x * p + ALPHA] = Math.log(a) - Math.log1p(-a);
                double r = (b - a) / (1 - a);
                theta[x * p + BETA] = Math.log(r) - Math.log1p(-r);
            }
        }
        return new EncoderParameters(method, k, theta);
    }

    /** Marsaglia polar method on the seeded stream (SplittableRandom has no nextGaussian in 17). */
    public static double gaussian(SplittableRandom r) {
        double v1, v2, s;
        do {
            v1 = 2 * r.nextDouble() - 1;
            v2 = 2 * r.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        return v1 * Math.sqrt(-2 * Math.log(s) / s);
    }

    public Method method() {
        return method;
    }

    public int categories() {
        return categories;
    }

    /** The live vector θ (not a copy): the optimiser updates it in place. */
    public double[] vector() {
        return theta;
    }

    /** Index of parameter {@code offset} of category x in θ. */
    public int index(int x, int offset) {
        return x * blockSize(method) + offset;
    }

    /** Whether every entry of θ is finite. */
    public boolean finite() {
        for (double v : theta) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The derived components for p̃ (log probabilities precomputed). */
    public Components components(double[] dataDistribution) {
        return new Components(this, dataDistribution);
    }

    @Override
    public String toString() {
        return method.id() + Arrays.toString(theta);
    }
}
