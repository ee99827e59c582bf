package org.dequantlab.math;

/** Closed forms for the logistic truncated in its own CDF space to (a, b) (docs/maths.md §1.3). */
public final class TruncatedLogistic {
    private TruncatedLogistic() {}

    /** G(u) = u·log u − (1−u)·log(1−u) − 2u, with G(0) = 0 and G(1) = −2. */
    static double g(double u) {
        double left = u > 0 ? u * Math.log(u) : 0;
        double right = u < 1 ? (1 - u) * Math.log1p(-u) : 0;
        return left - right - 2 * u;
    }

    /**
     * Differential entropy H = −E_q[log q(z)] of Logistic(μ, s) truncated to (a, b):
     * E_q[log q] = (G(b) − G(a))/(b − a) − log s − log(b − a). Independent of μ.
     */
    public static double entropy(double scale, double a, double b) {
        double w = b - a;
        return -((g(b) - g(a)) / w - Math.log(scale) - Math.log(w));
    }
}
