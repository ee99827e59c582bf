package org.dequantlab.method;

/**
 * A category's support in a 2-D latent as an axis-aligned box (low₁, high₁) × (low₂, high₂) of z, ends
 * possibly infinite: TRUFL's truncated box (docs/maths.md §7.1) and Argmax's quadrant (§7.2, e.g.
 * (−∞, 0) × (0, ∞)). Because the prior factorises, its prior mass is the product of the axes' masses
 * and its image in the prior's CDF square is again a box.
 */
public record Box(double low1, double high1, double low2, double high2) implements Support {

    /** Whether (z₁, z₂) lies strictly inside. */
    public boolean contains(double z1, double z2) {
        return z1 > low1 && z1 < high1 && z2 > low2 && z2 < high2;
    }

    @Override
    public boolean contains(double[] z) {
        return contains(z[0], z[1]);
    }

    /** The low end on axis d (0 or 1). */
    public double low(int d) {
        return d == 0 ? low1 : low2;
    }

    /** The high end on axis d (0 or 1). */
    public double high(int d) {
        return d == 0 ? high1 : high2;
    }

    @Override
    public double priorMass(LatentPrior prior) {
        return prior.mass(0, low1, high1) * prior.mass(1, low2, high2);
    }
}
