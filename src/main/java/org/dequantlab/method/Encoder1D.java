package org.dequantlab.method;

/**
 * An {@link Encoder} on a 1-D latent, with scalar fast paths. Every 1-D consumer (metrics by
 * quadrature, the density grid, the rejection sampler, the hit-tester) uses these; the array forms of
 * {@link Encoder} delegate to them.
 */
public interface Encoder1D extends Encoder {

    /** log q(z|x), −∞ outside the support. */
    double logDensity(int x, double z);

    /** Whether z lies in x's support. */
    boolean contains(int x, double z);

    /** x's support. */
    Interval support(int x);

    /** z(u₀) of category x for u₀ ∈ (0,1); z increases with u₀, so {@link #cdf} inverts it. */
    double sample(int x, double u0);

    /** log q(z(u₀)|x) along the sampling path (round-off safe at the support's ends). */
    double pathLogDensity(int x, double u0);

    /**
     * The inverse of the sampling path: the CDF of q(·|x) at z, P(Z ≤ z), in [0, 1] (0 below the
     * support, 1 above it).
     */
    double cdf(int x, double z);

    /**
     * Points of z where a density, a support or the decoder may change abruptly (support ends, walls,
     * narrow components' features): quadratures split there. May contain infinities (ignored).
     */
    double[] breakpoints();

    /**
     * Fills {@code out[x][i]} with log q(z_i|x) for a grid of points (−∞ outside the supports). The
     * default evaluates point by point; a method may override it with a batched implementation.
     */
    default void logDensities(double[] z, double[][] out) {
        for (int x = 0; x < categories(); x++) {
            for (int i = 0; i < z.length; i++) {
                out[x][i] = logDensity(x, z[i]);
            }
        }
    }

    @Override
    default int dimension() {
        return 1;
    }

    @Override
    default double logDensity(int x, double[] z) {
        return logDensity(x, z[0]);
    }

    /** ℓ_x(z) = log q(z|x) + log p̃(x). */
    default double logJoint(int x, double z) {
        return logDensity(x, z) + problem().logProbability(x);
    }

    /**
     * {@link #sample(int, double)} and {@link #pathLogDensity(int, double)} at once: writes z(u₀) to
     * {@code z[slot]} and returns log q(z(u₀)|x). An encoder may override it to share the work of the two.
     */
    default double pathPoint(int x, double u0, double[] z, int slot) {
        z[slot] = sample(x, u0);
        return pathLogDensity(x, u0);
    }

    @Override
    default double sample(int x, double[] u0, double[] z) {
        return pathPoint(x, u0[0], z, 0);
    }

    @Override
    default double oceanMass() {
        Interval[] supports = new Interval[categories()];
        for (int x = 0; x < supports.length; x++) {
            supports[x] = support(x);
        }
        return Intervals.uncoveredMass(supports, prior());
    }
}
