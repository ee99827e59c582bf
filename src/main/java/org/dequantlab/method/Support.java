package org.dequantlab.method;

/**
 * A category's support as a region of the latent space, for hit-testing and the ocean: an
 * {@link Interval} in 1-D; a box, an orthant or a polygonal cell in 2-D (docs/maths.md §7).
 */
public interface Support {
    /** Whether the point z (length d) lies inside. */
    boolean contains(double[] z);

    /** The region's prior mass. */
    double priorMass(LatentPrior prior);
}
