package org.dequantlab.sampling;

import java.util.SplittableRandom;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.Posterior;

/**
 * Samples the model as the TRUFL paper's rejection sampler does (docs/maths.md §1.7): draw z from the
 * encoder's prior (on a 1-D or 2-D latent), accept it iff it lies in S = ∪_x I_x (otherwise it fell
 * into the ocean, e.g. Argmax's unused quadrant or the gaps between TRUFL's boxes), then draw
 * x ~ p(x|z), the model's own categorical, and also note the decoder's argmax_x' p(x'|z). Accepted
 * points are exact samples of the renormalised prior p_S, so the drawn categories estimate the model's
 * p(x)/P(S); the acceptance rate converges to P(S) = 1 − ocean mass. The decoded frequencies are a
 * different thing: where components overlap, argmax decoding favours the locally larger one. Keeps
 * running counts; not thread-safe.
 */
public final class RejectionSampler {
    private final Encoder encoder;
    private final SplittableRandom random;
    private final long[] sampledCounts, decodedCounts;
    private final double[] ell;
    private final double[] point = new double[2];
    private long drawn, accepted;

    public RejectionSampler(Encoder e, long seed) {
        if (e.dimension() > 2) {
            throw new IllegalArgumentException("the rejection sampler draws on 1-D and 2-D latents");
        }
        this.encoder = e;
        this.random = new SplittableRandom(seed);
        this.sampledCounts = new long[e.categories()];
        this.decodedCounts = new long[e.categories()];
        this.ell = new double[e.categories()];
    }

    /**
     * Draws one point from the prior (on a 2-D latent: one uniform per axis of the CDF square, first z₁
     * then z₂) and decodes or rejects it.
     */
    public LatentSample next() {
        double z;
        double z2 = Double.NaN;
        double lse;
        if (encoder instanceof Encoder1D line) {
            z = line.prior().quantile(uniform());
            lse = Posterior.logJoints(line, z, ell);
        } else {
            point[0] = uniform();
            point[1] = uniform();
            encoder.prior().quantile(point, point);
            z = point[0];
            z2 = point[1];
            lse = Posterior.logJoints(encoder, point, ell);
        }
        int k = ell.length;
        int decoded = Posterior.decode(ell, k);
        drawn++;
        if (decoded < 0) {
            return new LatentSample(z, false, -1, -1, z2);
        }
        int sampled = Posterior.sample(ell, lse, k, random.nextDouble());
        accepted++;
        decodedCounts[decoded]++;
        sampledCounts[sampled]++;
        return new LatentSample(z, true, decoded, sampled, z2);
    }

    /** A uniform in (0, 1). */
    private double uniform() {
        double u = random.nextDouble();
        while (u == 0) {
            u = random.nextDouble();
        }
        return u;
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

    /**
     * The model's p(x) (renormalised to the supports) estimated from the accepted samples, with x drawn
     * from p(x|z) (zeros before the first acceptance).
     */
    public double[] modelDistribution() {
        return frequencies(sampledCounts);
    }

    /** How often the decoder's argmax gave each category among the accepted samples (not the model's p(x)). */
    public double[] decodedDistribution() {
        return frequencies(decodedCounts);
    }

    private double[] frequencies(long[] counts) {
        double[] p = new double[counts.length];
        for (int x = 0; x < p.length; x++) {
            p[x] = accepted == 0 ? 0 : (double) counts[x] / accepted;
        }
        return p;
    }
}
