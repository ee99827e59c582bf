package org.dequantlab.sampling;

import java.util.SplittableRandom;
import org.dequantlab.math.Logistic;
import org.dequantlab.model.Components;

/**
 * Samples the model as the TRUFL paper's rejection sampler does (math.md §1.7): draw z ~ p(z) =
 * Logistic(0, 1), accept it iff it lies in S = ∪_x I_x (otherwise it fell into the ocean), then decode
 * x = argmax_x' p(x'|z). Accepted points are exact samples of the renormalised prior p_S; the
 * acceptance rate converges to P(S) = 1 − ocean mass. For CatNF nothing is rejected. Keeps running
 * counts; not thread-safe.
 */
public final class RejectionSampler {
    private final Components components;
    private final SplittableRandom random;
    private final long[] decodedCounts;
    private long drawn, accepted;

    public RejectionSampler(Components components, long seed) {
        this.components = components;
        this.random = new SplittableRandom(seed);
        this.decodedCounts = new long[components.size()];
    }

    /** Draws one point from the prior and decodes or rejects it. */
    public LatentSample next() {
        double u = random.nextDouble();
        while (u == 0) {
            u = random.nextDouble();
        }
        double z = Logistic.logit(u);
        int x = components.decode(z);
        drawn++;
        if (x >= 0) {
            accepted++;
            decodedCounts[x]++;
        }
        return new LatentSample(z, x >= 0, x);
    }

    public long drawn() {
        return drawn;
    }

    public long accepted() {
        return accepted;
    }

    /** Accepted / drawn (NaN before the first draw). */
    public double acceptanceRate() {
        return drawn == 0 ? Double.NaN : (double) accepted / drawn;
    }

    /** The model's p(x) estimated from the accepted samples (zeros before the first acceptance). */
    public double[] modelDistribution() {
        double[] p = new double[decodedCounts.length];
        for (int x = 0; x < p.length; x++) {
            p[x] = accepted == 0 ? 0 : (double) decodedCounts[x] / accepted;
        }
        return p;
    }
}
