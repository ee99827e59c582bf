package org.dequantlab.method;

import org.dequantlab.math.Logistic;

/**
 * The prior p(z): independent logistics Logistic(ℓ_d, 1) on each of the d latent axes
 * (docs/maths.md §1.1; Argmax may learn the locations ℓ, §3; every other method keeps ℓ = 0). Its CDF
 * coordinates v_d = σ(z_d − ℓ_d) make it uniform on (0,1)^d, which is how quadratures over the
 * prior and sampling from it work. Immutable.
 */
public final class LatentPrior {
    /** The standard logistic prior in one dimension. */
    public static final LatentPrior STANDARD_1D = new LatentPrior(new double[] {0});

    private final double[] location;

    public LatentPrior(double[] location) {
        this.location = location.clone();
    }

    /** The standard logistic prior in d dimensions. */
    public static LatentPrior standard(int d) {
        return d == 1 ? STANDARD_1D : new LatentPrior(new double[d]);
    }

    public int dimension() {
        return location.length;
    }

    /** ℓ_d. */
    public double location(int d) {
        return location[d];
    }

    /** log p(z). */
    public double logDensity(double[] z) {
        double s = 0;
        for (int d = 0; d < location.length; d++) {
            s += Logistic.logPdf(z[d] - location[d]);
        }
        return s;
    }

    /** log p(z) in one dimension. */
    public double logDensity(double z) {
        return Logistic.logPdf(z - location[0]);
    }

    /** The CDF on axis 0: σ(z − ℓ). */
    public double cdf(double z) {
        return Logistic.sigmoid(z - location[0]);
    }

    /** Prior mass above z on axis 0, 1 − σ(z − ℓ), without cancellation. */
    public double upperTail(double z) {
        return Logistic.sigmoid(location[0] - z);
    }

    /** The quantile on axis 0: ℓ + logit(v). */
    public double quantile(double v) {
        return location[0] + Logistic.logit(v);
    }

    /** The CDF on axis d: v_d = σ(z − ℓ_d). */
    public double cdf(int d, double z) {
        return Logistic.sigmoid(z - location[d]);
    }

    /** Prior mass above z on axis d, 1 − σ(z − ℓ_d), without cancellation. */
    public double upperTail(int d, double z) {
        return Logistic.sigmoid(location[d] - z);
    }

    /** The quantile on axis d: ℓ_d + logit(v). */
    public double quantile(int d, double v) {
        return location[d] + Logistic.logit(v);
    }

    /** log p on axis d alone: log f(z − ℓ_d). */
    public double logDensity(int d, double z) {
        return Logistic.logPdf(z - location[d]);
    }

    /**
     * Prior mass of (low, high) on axis d (ends may be infinite), from the smaller tail so that far-out
     * intervals keep their precision.
     */
    public double mass(int d, double low, double high) {
        if (!(high > low)) {
            return 0;
        }
        return low >= location[d] ? upperTail(d, low) - upperTail(d, high) : cdf(d, high) - cdf(d, low);
    }

    /** The point with CDF coordinates v ∈ (0,1)^d. */
    public void quantile(double[] v, double[] z) {
        for (int d = 0; d < location.length; d++) {
            z[d] = location[d] + Logistic.logit(v[d]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatentPrior p && java.util.Arrays.equals(location, p.location);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(location);
    }
}
