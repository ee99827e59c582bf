package org.dequantlab.metrics;

/**
 * A 2-D method drawn in both {@link Plane}s at one step: what a snapshot of a 2-D run carries for the
 * renderer (docs/notes-2d-drawing.md).
 *
 * @param latent    the z-plane, z ∈ [−R, R]²
 * @param cdfSquare the prior's CDF square, v ∈ (0, 1)², densities with respect to v
 */
public record DensityFields(DensityField latent, DensityField cdfSquare) {

    /** The field of a plane. */
    public DensityField in(Plane plane) {
        return plane == Plane.LATENT ? latent : cdfSquare;
    }
}
