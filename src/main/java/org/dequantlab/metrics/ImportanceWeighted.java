package org.dequantlab.metrics;

import java.util.SplittableRandom;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.Posterior;

/**
 * The IWAE bound of one category (docs/maths.md §1.5, §2.1), made an honest estimate:
 *
 * <pre>
 *   IWAE_M(x) = log (1/M) Σ_m w_m,   w_m = p(z_m)·p(x|z_m)/q(z_m|x) = p(z_m)·p̃(x)/Σ_x' p̃(x')q(z_m|x'),
 * </pre>
 *
 * with z_m = z(u₀_m) on x's sampling path and u₀_m stratified, one in each of M equal slices of (0,1)
 * (E[(1/M)Σ w_m] is still p(x), so the expectation stays between the ELBO and log p(x) by Jensen, with
 * less variance than independent draws). {@link #REPEATS} independent estimates are averaged, with
 * a standard error. A single average may still land outside [ELBO_x, log p(x)], where its expectation
 * lies; the reported value is clipped to that interval (which only moves it towards the truth) and
 * the raw mean is kept for checks. Seeded: equal parameters give equal numbers.
 */
final class ImportanceWeighted {
    /** Independent IWAE_M estimates averaged per category. */
    static final int REPEATS = 32;
    private static final long SEED = 0x5EEDL;
    private static final double CLAMP = 1e-9;

    /** One category's estimate: the raw mean of the repeats, their standard error, and the clipped value. */
    record Estimate(double mean, double standardError, double value) {}

    private final int k;
    private final int m;
    private final double[] ell;
    private final double[] terms;
    private final double[] point = new double[1], path = new double[1];

    ImportanceWeighted(int categories, int samples) {
        this.k = categories;
        this.m = samples;
        this.ell = new double[categories];
        this.terms = new double[samples];
    }

    /** The estimate for category x, clipped to [elbo, logLikelihood]. */
    Estimate estimate(Encoder1D e, int x, double elbo, double logLikelihood) {
        SplittableRandom r = new SplittableRandom(SEED + x);
        double sum = 0, sumSq = 0;
        double logPx = e.problem().logProbability(x);
        for (int rep = 0; rep < REPEATS; rep++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                double u0 = (j + r.nextDouble()) / m;
                u0 = Math.min(Math.max(u0, CLAMP), 1 - CLAMP);
                point[0] = u0;
                double own = e.sample(x, point, path) + logPx; // z and its path density together
                double z = path[0];
                for (int i = 0; i < k; i++) {
                    ell[i] = i == x ? own : e.logJoint(i, z);
                }
                terms[j] = e.prior().logDensity(z) + logPx - Posterior.logSumExp(ell, k);
                max = Math.max(max, terms[j]);
            }
            double est = logMeanExp(terms, max);
            sum += est;
            sumSq += est * est;
        }
        return summary(sum, sumSq, elbo, logLikelihood);
    }

    /** log (1/M) Σ_m exp(terms[m]), given their largest value. */
    static double logMeanExp(double[] terms, double max) {
        double s = 0;
        for (double t : terms) {
            s += Math.exp(t - max);
        }
        return max + Math.log(s) - Math.log(terms.length);
    }

    /**
     * The estimate from the sum and sum of squares of {@link #REPEATS} independent estimates: their
     * mean, its standard error, and the mean clipped to [elbo, logLikelihood].
     */
    static Estimate summary(double sum, double sumSq, double elbo, double logLikelihood) {
        double mean = sum / REPEATS;
        double var = Math.max(0, (sumSq - REPEATS * mean * mean) / (REPEATS - 1));
        double value = Math.max(elbo, Math.min(logLikelihood, mean));
        return new Estimate(mean, Math.sqrt(var / REPEATS), value);
    }
}
