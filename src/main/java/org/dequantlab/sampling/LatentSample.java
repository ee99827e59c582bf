package org.dequantlab.sampling;

/**
 * One latent point drawn from the prior: where it landed, whether a support contains it, the category
 * the decoder picks there (argmax p(x|z), −1 when it fell into the ocean and was rejected) and the
 * category drawn from the model, x ~ p(x|z) (−1 likewise).
 */
public record LatentSample(double z, boolean accepted, int decoded, int sampled) {
    /** A sample whose drawn category is the decoded one (where decoding is certain). */
    public LatentSample(double z, boolean accepted, int decoded) {
        this(z, accepted, decoded, decoded);
    }
}
