package org.dequantlab.sampling;

/**
 * One latent point drawn from the prior: where it landed, whether a support contains it, and the
 * category the decoder picks there (−1 when it fell into the ocean and was rejected).
 */
public record LatentSample(double z, boolean accepted, int decoded) {}
