package org.dequantlab.method;

/**
 * A category's support on a 1-D latent axis: the open interval (low, high) of z, ends possibly
 * infinite (CatNF: ℝ; Argmax: a half-line; TRUFL: a band; Voronoi: a cell).
 */
public record Interval(double low, double high) implements Support {
    /** The whole line. */
    public static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public boolean contains(double z) {
        return z > low && z < high;
    }

    @Override
    public boolean contains(double[] z) {
        return contains(z[0]);
    }

    /** Whether both ends are infinite. */
    public boolean unbounded() {
        return low == Double.NEGATIVE_INFINITY && high == Double.POSITIVE_INFINITY;
    }

    /** Prior mass of the interval. */
    @Override
    public double priorMass(LatentPrior prior) {
        if (!(high > low)) {
            return 0;
        }
        // the smaller of the two tails keeps precision far out
        return low >= 0 ? prior.upperTail(low) - prior.upperTail(high) : prior.cdf(high) - prior.cdf(low);
    }
}
