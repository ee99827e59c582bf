package org.dequantlab.method.logistic;

import java.util.SplittableRandom;
import org.dequantlab.math.Normal;

/**
 * The raw parameter layout of the logistic family (CatNF and TRUFL): one flat vector θ that the
 * optimiser moves. Per category x the block is (μ_x, ρ_x) for CatNF and (μ_x, ρ_x, α_x, β_x) for
 * TRUFL, with
 *
 * <pre>
 *   s_x = exp(ρ_x)
 *   a_x = σ(α_x),  b_x = a_x + (1 − a_x)·σ(β_x)          (docs/maths.md §1.3, parameterisation P1)
 * </pre>
 *
 * so that 0 &lt; a &lt; b &lt; 1 holds with no explicit constraint, logit a = α, and
 * log(b − a) = log σ(−α) + log σ(β), 1 − b = σ(−α)σ(−β) are computed without cancellation.
 */
public final class LogisticParameters {
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
    /**
     * Standard deviation of the initial μ noise per coordinate on a 2-D latent. From N(0, 0.1²) 2-D TRUFL
     * can fall into a trap 1-D lacks: one category becomes a wide flat "background" box covering the
     * square while the others sit inside it (3 of 20 seeds at K = 4 stuck 91% above the optimum); a
     * spread of 1 per coordinate avoided it in every run tried (docs/maths.md §7.1).
     */
    public static final double INITIAL_MU_SD_2D = 1.0;

    private LogisticParameters() {}

    /** Parameters per category: 2 for CatNF, 4 for TRUFL. */
    public static int blockSize(boolean truncated) {
        return truncated ? 4 : 2;
    }

    /**
     * The initialisation near collapse, as the blog's animation starts: μ_x ~ N(0, 0.1²) from the
     * seeded stream, s_x = 1, supports ≈ (0, 1).
     */
    public static double[] initial(boolean truncated, int categories, SplittableRandom random) {
        int p = blockSize(truncated);
        double[] theta = new double[categories * p];
        for (int x = 0; x < categories; x++) {
            theta[x * p + MU] = INITIAL_MU_SD * Normal.sample(random);
            theta[x * p + RHO] = 0.0;
            if (truncated) {
                theta[x * p + ALPHA] = INITIAL_ALPHA;
                theta[x * p + BETA] = INITIAL_BETA;
            }
        }
        return theta;
    }

    /**
     * The 2-D initialisation: per category the 1-D block for z₁ then for z₂, μ ~ N(0, 1²) per
     * coordinate ({@link #INITIAL_MU_SD_2D}), s = 1, and for TRUFL the same (α, β) as in 1-D.
     */
    public static double[] initialPlane(boolean truncated, int categories, SplittableRandom random) {
        int p = blockSize(truncated);
        double[] theta = new double[2 * categories * p];
        for (int b = 0; b < 2 * categories; b++) {
            theta[b * p + MU] = INITIAL_MU_SD_2D * Normal.sample(random);
            if (truncated) {
                theta[b * p + ALPHA] = INITIAL_ALPHA;
                theta[b * p + BETA] = INITIAL_BETA;
            }
        }
        return theta;
    }

    /**
     * Raw parameters that realise the given (μ, s, a, b); {@code lower}/{@code upper} are ignored when
     * not truncated. Needs 0 &lt; a &lt; b &lt; 1 and s &gt; 0.
     */
    public static double[] fromNatural(boolean truncated, double[] mu, double[] scale, double[] lower,
            double[] upper) {
        int k = mu.length;
        int p = blockSize(truncated);
        double[] theta = new double[k * p];
        for (int x = 0; x < k; x++) {
            theta[x * p + MU] = mu[x];
            theta[x * p + RHO] = Math.log(scale[x]);
            if (truncated) {
                double a = lower[x], b = upper[x];
                if (!(a > 0 && a < b && b < 1)) {
                    throw new IllegalArgumentException("need 0 < a < b < 1 for category " + x + ": a=" + a + " b=" + b);
                }
                theta[x * p + ALPHA] = Math.log(a) - Math.log1p(-a);
                double r = (b - a) / (1 - a);
                theta[x * p + BETA] = Math.log(r) - Math.log1p(-r);
            }
        }
        return theta;
    }

}
