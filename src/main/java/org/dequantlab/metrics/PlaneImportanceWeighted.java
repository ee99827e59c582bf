package org.dequantlab.metrics;

import java.util.SplittableRandom;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Posterior;

/**
 * The IWAE bound of one category on a 2-D latent, made an honest estimate as in 1-D
 * ({@link ImportanceWeighted}, docs/maths.md §1.5, §5): IWAE_M(x) = log (1/M) Σ_m w_m with
 * w_m = p(z_m)·p̃(x)/Σ_x' p̃(x')q(z_m|x'), z_m on x's sampling path at u₀_m ∈ (0,1)², stratified: one
 * jittered point in each cell of a √M × √M grid of the square. {@link ImportanceWeighted#REPEATS}
 * independent estimates are averaged, with their standard error; the value is clipped to
 * [ELBO_x, log p(x)], where its expectation lies. Seeded: equal parameters give equal numbers.
 *
 * <p>ℓ_i(z) = log q(z|i) + log p̃(i) is formed here as {@link Encoder2D#logJoint} forms it, with the K
 * values log p̃(i) taken once per estimate instead of a logarithm per sample and category.
 */
final class PlaneImportanceWeighted {
    private static final long SEED = 0x5EED2L;
    private static final double CLAMP = 1e-9;

    private final int k, side, m;
    private final double[] ell, terms, logP;
    private final double[] z = new double[2], u0 = new double[2];

    /** @param samples M, a square (16) */
    PlaneImportanceWeighted(int categories, int samples) {
        this.k = categories;
        this.side = (int) Math.round(Math.sqrt(samples));
        if (side * side != samples) {
            throw new IllegalArgumentException("M must be a square, got " + samples);
        }
        this.m = samples;
        ell = new double[categories];
        terms = new double[samples];
        logP = new double[categories];
    }

    ImportanceWeighted.Estimate estimate(Encoder2D e, int x, double elbo, double logLikelihood) {
        SplittableRandom r = new SplittableRandom(SEED + x);
        double sum = 0, sumSq = 0;
        for (int i = 0; i < k; i++) {
            logP[i] = e.problem().logProbability(i); // ℓ_i = log q(z|i) + log p̃(i), Encoder2D#logJoint
        }
        double logPx = logP[x];
        LatentPrior prior = e.prior(); // fixed for the encoder; some encoders build it on each call
        int repeats = ImportanceWeighted.REPEATS;
        for (int rep = 0; rep < repeats; rep++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                u0[0] = clamp((j % side + r.nextDouble()) / side);
                u0[1] = clamp((j / side + r.nextDouble()) / side);
                double own = e.sample(x, u0, z) + logPx;
                for (int i = 0; i < k; i++) {
                    ell[i] = i == x ? own : e.logDensity(i, z[0], z[1]) + logP[i];
                }
                terms[j] = prior.logDensity(z) + logPx - Posterior.logSumExp(ell, k);
                max = Math.max(max, terms[j]);
            }
            double est = ImportanceWeighted.logMeanExp(terms, max);
            sum += est;
            sumSq += est * est;
        }
        return ImportanceWeighted.summary(sum, sumSq, elbo, logLikelihood);
    }

    private static double clamp(double v) {
        return Math.min(Math.max(v, CLAMP), 1 - CLAMP);
    }
}
