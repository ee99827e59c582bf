package org.dequantlab.metrics;

import org.dequantlab.method.FactorisedEncoder2D;

/**
 * The per-axis log terms of a factorised 2-D encoder on a tensor grid (axis-0 nodes × axis-1 nodes),
 * for the 2-D metrics: ℓ_j at node (i, l) is t0[j][i] + t1[j][l] with log p̃(j) carried by the first
 * axis, so decoding a node is K additions and comparisons, and a node's posterior is a ratio of
 * products of per-axis factors exp(t_d[j] − peak_d), with no exponential per node (and the direct
 * form where those products underflow). Not thread-safe: one per calculator.
 */
final class FactorisedTerms {
    /** Below this a node's sum of products may have lost its precision: the direct form is used. */
    private static final double TINY = 1e-200;

    private final int k;
    private double[][] t0 = new double[0][], t1 = new double[0][], f0 = new double[0][], f1 = new double[0][];
    private double[] peak0 = new double[0], peak1 = new double[0];
    private final double[] ell;

    FactorisedTerms(int k) {
        this.k = k;
        ell = new double[k];
    }

    /** Fills the terms at z₁ = a0[i], z₂ = a1[l]. */
    void fill(FactorisedEncoder2D e, double[] a0, double[] a1) {
        if (t0.length != k || t0[0].length < a0.length) {
            t0 = new double[k][a0.length];
            f0 = new double[k][a0.length];
            peak0 = new double[a0.length];
        }
        if (t1.length != k || t1[0].length < a1.length) {
            t1 = new double[k][a1.length];
            f1 = new double[k][a1.length];
            peak1 = new double[a1.length];
        }
        axis(e, 0, a0, t0, f0, peak0);
        axis(e, 1, a1, t1, f1, peak1);
    }

    private void axis(FactorisedEncoder2D e, int d, double[] z, double[][] t, double[][] f, double[] peak) {
        for (int i = 0; i < z.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                t[j][i] = e.axis(d).logDensity(j, z[i]) + (d == 0 ? e.problem().logProbability(j) : 0);
                max = Math.max(max, t[j][i]);
            }
            peak[i] = max;
            for (int j = 0; j < k; j++) {
                f[j][i] = max == Double.NEGATIVE_INFINITY ? 0 : Math.exp(t[j][i] - max);
            }
        }
    }

    /** The decoder's choice at node (i, l): the largest ℓ_j, ties to the lowest index, −1 if none is finite. */
    int decode(int i, int l) {
        int best = -1;
        double bestL = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double v = t0[j][i] + t1[j][l];
            if (v > bestL) {
                bestL = v;
                best = j;
            }
        }
        return best;
    }

    /**
     * Adds w·p(j|z) at node (i, l) to {@code out[j]} for every j; nothing in the ocean (every ℓ_j = −∞).
     */
    void addPosterior(int i, int l, double w, double[] out) {
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += f0[j][i] * f1[j][l];
        }
        if (sum > TINY) {
            double scale = w / sum;
            for (int j = 0; j < k; j++) {
                out[j] += scale * f0[j][i] * f1[j][l];
            }
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            ell[j] = t0[j][i] + t1[j][l];
            max = Math.max(max, ell[j]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return; // ocean
        }
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += Math.exp(ell[j] - max);
        }
        for (int j = 0; j < k; j++) {
            out[j] += w * Math.exp(ell[j] - max) / s;
        }
    }
}
