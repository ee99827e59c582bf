package org.dequantlab.math;

/**
 * The standard normal distribution: log density, CDF Φ and quantile Φ⁻¹, to about 1e−15 relative
 * accuracy (used by the radial Voronoi cell family, docs/maths.md §4).
 *
 * <p>Φ is computed from Φ(x) = ½ + φ(x)·Σ_n x^{2n+1}/(1·3·…·(2n+1)) for |x| ≤ 3 (every term has the
 * sign of x, so nothing cancels inside the sum) and from the continued fraction of the Mills ratio
 * Q(x) = φ(x)/(x + 1/(x + 2/(x + 3/(x + …)))) in the tails. Φ⁻¹ starts from Acklam's rational
 * approximation (relative error 1.2e−9) and takes two Halley steps on Φ.
 */
public final class Normal {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SERIES_LIMIT = 3.0;

    private Normal() {}

    /**
     * One standard normal draw from a seeded stream by Marsaglia's polar method (SplittableRandom has
     * no nextGaussian in Java 17); the second value of the pair is discarded, so a stream gives the
     * same sequence wherever it is used.
     */
    public static double sample(java.util.SplittableRandom r) {
        double v1, v2, s;
        do {
            v1 = 2 * r.nextDouble() - 1;
            v2 = 2 * r.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        return v1 * Math.sqrt(-2 * Math.log(s) / s);
    }

    /** log φ(x) = −x²/2 − log √(2π). */
    public static double logPdf(double x) {
        return -0.5 * x * x - LOG_SQRT_2PI;
    }

    /** φ(x). */
    public static double pdf(double x) {
        return Math.exp(logPdf(x));
    }

    /** Φ(x) = P(N(0,1) ≤ x). */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x > SERIES_LIMIT) {
            return 1.0 - upperTail(x);
        }
        if (x < -SERIES_LIMIT) {
            return upperTail(-x);
        }
        double term = x, sum = x, x2 = x * x;
        for (int n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
            term *= x2 / (2 * n + 1);
            sum += term;
        }
        return 0.5 + pdf(x) * sum;
    }

    /** Q(x) = 1 − Φ(x) for x &gt; 0 by the continued fraction of the Mills ratio (modified Lentz). */
    static double upperTail(double x) {
        if (x > 40) {
            return 0.0;
        }
        double tiny = 1e-300;
        double f = x, c = x, d = 0;
        for (int n = 1; n < 500; n++) {
            d = x + n * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = x + n / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return pdf(x) / f;
    }

    /** Φ⁻¹(p) for 0 &lt; p &lt; 1 (±∞ at 0 and 1). */
    public static double quantile(double p) {
        if (!(p > 0)) {
            return p == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (!(p < 1)) {
            return p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        double x = acklam(p);
        for (int i = 0; i < 2; i++) {
            // Halley on e = Φ(x) − p; for x ≥ 0 as (1 − p) − Q(x), which keeps the precision near p = 1
            double e = x < 0 ? cdf(x) - p : (1 - p) - upperTailOrComplement(x);
            double u = e * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * x * x);
            x = x - u / (1 + 0.5 * x * u);
        }
        return x;
    }

    private static double upperTailOrComplement(double x) {
        return x > SERIES_LIMIT ? upperTail(x) : 1 - cdf(x);
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    /** Acklam's rational approximation of Φ⁻¹ (relative error below 1.15e−9). */
    private static double acklam(double p) {
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5, r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
