package org.dequantlab.sampling;

/**
 * One latent point drawn from the prior: where it landed ({@link #z()}, and {@link #z2()} on a 2-D
 * latent), whether a support contains it, the category the decoder picks there (argmax p(x|z), −1 when
 * it fell into the ocean and was rejected) and the category drawn from the model, x ~ p(x|z) (−1
 * likewise).
 *
 * @param z  the point on a 1-D latent, its first coordinate z₁ on a 2-D one
 * @param z2 the second coordinate z₂ on a 2-D latent, NaN on a 1-D one
 */
public record LatentSample(double z, boolean accepted, int decoded, int sampled, double z2) {
    /** A point of a 1-D latent. */
    public LatentSample(double z, boolean accepted, int decoded, int sampled) {
        this(z, accepted, decoded, sampled, Double.NaN);
    }

    /** A point of a 1-D latent whose drawn category is the decoded one (where decoding is certain). */
    public LatentSample(double z, boolean accepted, int decoded) {
        this(z, accepted, decoded, decoded, Double.NaN);
    }

    /** Whether the point lies in a 2-D latent. */
    public boolean planar() {
        return !Double.isNaN(z2);
    }
}
