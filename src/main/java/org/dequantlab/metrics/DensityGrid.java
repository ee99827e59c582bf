package org.dequantlab.metrics;

import org.dequantlab.method.Encoder;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Posterior;

/**
 * Evaluates {@link DensityCurves} of any method's 1-D encoder on a fixed grid: the K×G component
 * densities from {@link Encoder1D#logDensities} (batched where a method has a fast path: the logistic
 * family's runs on ND4J), the prior from the encoder's own prior, and the decoder's choice and
 * confidence from the shared {@link Posterior}, so the strip shows exactly what decoding does. Not
 * thread-safe: one instance per thread.
 */
public final class DensityGrid {
    /** The fixed drawing range of z: the prior puts 99.8% of its mass inside. */
    public static final double Z_MIN = -7, Z_MAX = 7;
    /** Grid points. */
    public static final int POINTS = 561;

    private final int k;
    private final double[] z = new double[POINTS];
    private final double[] standardPrior = new double[POINTS];
    private final double[][] logQ;
    private final double[] ell;

    public DensityGrid(int categories) {
        this.k = categories;
        for (int i = 0; i < POINTS; i++) {
            z[i] = Z_MIN + (Z_MAX - Z_MIN) * i / (POINTS - 1);
            standardPrior[i] = Math.exp(LatentPrior.STANDARD_1D.logDensity(z[i]));
        }
        logQ = new double[categories][POINTS];
        ell = new double[categories];
    }

    /** The grid's z values. */
    public double[] z() {
        return z.clone();
    }

    /** Curves of an encoder. */
    public DensityCurves evaluate(Encoder encoder) {
        if (!(encoder instanceof Encoder1D e) || e.categories() != k) {
            throw new IllegalArgumentException("a 1-D encoder with K=" + k + " is needed");
        }
        e.logDensities(z, logQ);
        double[][] dens = new double[k][POINTS];
        double[] aggregate = new double[POINTS];
        int[] decoded = new int[POINTS];
        double[] confidence = new double[POINTS];
        for (int x = 0; x < k; x++) {
            double px = e.problem().probability(x);
            for (int i = 0; i < POINTS; i++) {
                dens[x][i] = Math.exp(logQ[x][i]);
                aggregate[i] += px * dens[x][i];
            }
        }
        for (int i = 0; i < POINTS; i++) {
            double lse = Posterior.logJoints(e, z[i], ell);
            int best = Posterior.decode(ell, k);
            decoded[i] = best;
            confidence[i] = best < 0 ? 0 : Math.exp(ell[best] - lse);
        }
        double[] prior = standardPrior;
        if (e.prior() != LatentPrior.STANDARD_1D) {
            prior = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                prior[i] = Math.exp(e.prior().logDensity(z[i]));
            }
        }
        return new DensityCurves(z, dens, prior, aggregate, decoded, confidence);
    }
}
