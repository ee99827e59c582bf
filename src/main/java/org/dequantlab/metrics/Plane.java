package org.dequantlab.metrics;

/**
 * The two coordinate systems in which a 2-D latent is drawn (docs/maths.md §7):
 * <ul>
 *   <li>{@link #LATENT}: the z-plane itself, densities with respect to z;</li>
 *   <li>{@link #CDF_SQUARE}: the prior's CDF square v = (F₁(z₁), F₂(z₂)) ∈ (0,1)², where the prior is
 *       uniform and densities are taken with respect to v (divided by p(z)), so probability mass is
 *       area and a perfect partition is a flat tiling of the square.</li>
 * </ul>
 */
public enum Plane {
    LATENT("z-plane"),
    CDF_SQUARE("prior's CDF square");

    private final String label;

    Plane(String label) {
        this.label = label;
    }

    /** How the plane is named on screen. */
    public String label() {
        return label;
    }
}
