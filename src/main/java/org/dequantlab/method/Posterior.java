package org.dequantlab.method;

/**
 * The one decoder (docs/maths.md §1.4): ℓ_x(z) = log q(z|x) + log p̃(x), p(x|z) = exp(ℓ_x − LSE ℓ),
 * decoded as argmax_x p(x|z) with <b>ties to the lowest index</b>, and −1 (not decoded: the ocean)
 * where no support reaches z. Every consumer decodes through here, so the density strip, the
 * sampler, the hit-tester and {@code decodeAccuracy} agree.
 */
public final class Posterior {
    private Posterior() {}

    /**
     * Fills {@code ell[0..K)} with ℓ_x(z) and returns their log-sum-exp (−∞ in the ocean).
     */
    public static double logJoints(Encoder1D e, double z, double[] ell) {
        int k = e.categories();
        for (int x = 0; x < k; x++) {
            ell[x] = e.logJoint(x, z);
        }
        return logSumExp(ell, k);
    }

    /** As {@link #logJoints(Encoder1D, double, double[])} for a point of any dimension. */
    public static double logJoints(Encoder e, double[] z, double[] ell) {
        int k = e.categories();
        for (int x = 0; x < k; x++) {
            ell[x] = e.logJoint(x, z);
        }
        return logSumExp(ell, k);
    }

    /** log Σ_{i<n} exp v_i, −∞ when all are −∞. */
    public static double logSumExp(double[] v, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (v[i] > max) {
                max = v[i];
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (v[i] != Double.NEGATIVE_INFINITY) {
                sum += Math.exp(v[i] - max);
            }
        }
        return max + Math.log(sum);
    }

    /** The decoded category of filled log joints: the largest, the lowest index among equals, −1 if none. */
    public static int decode(double[] ell, int k) {
        int best = -1;
        double bestL = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < k; x++) {
            if (ell[x] > bestL) {
                bestL = ell[x];
                best = x;
            }
        }
        return best;
    }

    /** The category the decoder picks at z, or −1 in the ocean. */
    public static int decode(Encoder1D e, double z) {
        int k = e.categories();
        int best = -1;
        double bestL = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < k; x++) {
            double l = e.logJoint(x, z);
            if (l > bestL) {
                bestL = l;
                best = x;
            }
        }
        return best;
    }

    /**
     * A draw x ~ p(x|z) from filled log joints and their log-sum-exp, by inversion with a uniform
     * {@code u} ∈ [0, 1); −1 in the ocean.
     */
    public static int sample(double[] ell, double lse, int k, double u) {
        if (lse == Double.NEGATIVE_INFINITY) {
            return -1;
        }
        double cumulative = 0;
        int last = -1;
        for (int x = 0; x < k; x++) {
            if (ell[x] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            last = x;
            cumulative += Math.exp(ell[x] - lse);
            if (u < cumulative) {
                return x;
            }
        }
        return last; // rounding left u above the total
    }
}
