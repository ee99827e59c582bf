package org.dequantlab.math;

/**
 * Numerically stable functions of the standard logistic distribution (docs/maths.md §1.1).
 *
 * <p>CDF F = σ, inverse CDF F⁻¹ = logit, log density
 * {@code log f(t) = −t − 2·softplus(−t)}.
 */
public final class Logistic {
    private Logistic() {}

    /** σ(t) = 1/(1+e^{−t}), never exactly 0 or 1 for finite t below ±36. */
    public static double sigmoid(double t) {
        if (t >= 0) {
            return 1.0 / (1.0 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1.0 + e);
    }

    /** log σ(t) = −softplus(−t). */
    public static double logSigmoid(double t) {
        return -softplus(-t);
    }

    /** softplus(t) = log(1+e^t), stable for large |t|. */
    public static double softplus(double t) {
        return Math.max(t, 0.0) + Math.log1p(Math.exp(-Math.abs(t)));
    }

    /** logit(u) = log u − log(1−u). */
    public static double logit(double u) {
        return Math.log(u) - Math.log1p(-u);
    }

    /** Log density of Logistic(0,1): {@code −t − 2·softplus(−t)}. */
    public static double logPdf(double t) {
        return -t - 2.0 * softplus(-t);
    }

    /** d/dt log f(t) = 1 − 2σ(t). */
    public static double dLogPdf(double t) {
        return 1.0 - 2.0 * sigmoid(t);
    }
}
