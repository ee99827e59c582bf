package org.dequantlab.metrics;

import org.dequantlab.method.FactorisedEncoder2D;
import org.dequantlab.method.Encoder1D;

/**
 * The per-axis log terms of a factorised 2-D encoder on a tensor grid (axis-0 nodes × axis-1 nodes),
 * for the 2-D metrics (docs/maths.md §5, §7): ℓ_j at node (i, l) is t0[j][i] + t1[j][l] with log p̃(j)
 * carried by the first axis, so decoding a node is at most K additions and comparisons, and a node's posterior
 * is a ratio of products of per-axis factors exp(t_d[j] − peak_d), with no exponential per node (and
 * the direct form where those products underflow).
 *
 * <p>The terms of one node are stored next to each other (index i·K + j, one flat array per axis), so
 * the K terms a node reads are one cache line rather than K arrays; the arrays are kept between
 * calls and only grow. The arithmetic is the same as with per-category arrays, bit for bit. Not
 * thread-safe: one per calculator.
 */
final class FactorisedTerms {
    /** Below this a node's sum of products may have lost its precision: the direct form is used. */
    private static final double TINY = 1e-200;

    private final int k;
    /** Terms t_d[j] and factors exp(t_d[j] − peak_d) of node i at [i·K + j]. */
    private double[] t0 = new double[0], t1 = new double[0], f0 = new double[0], f1 = new double[0];
    private double[] peak0 = new double[0], peak1 = new double[0];
    private final double[] ell, logP;
    private final int[] liveJ;

    FactorisedTerms(int k) {
        this.k = k;
        ell = new double[k];
        logP = new double[k];
        liveJ = new int[k];
    }

    /** Fills the terms at z₁ = a0[i], z₂ = a1[l]. */
    void fill(FactorisedEncoder2D e, double[] a0, double[] a1) {
        if (t0.length < k * a0.length) {
            t0 = new double[k * a0.length];
            f0 = new double[t0.length];
            peak0 = new double[a0.length];
        }
        if (t1.length < k * a1.length) {
            t1 = new double[k * a1.length];
            f1 = new double[t1.length];
            peak1 = new double[a1.length];
        }
        for (int j = 0; j < k; j++) {
            logP[j] = e.problem().logProbability(j);
        }
        axis(e.axis(0), true, a0, t0, f0, peak0);
        axis(e.axis(1), false, a1, t1, f1, peak1);
    }

    private void axis(Encoder1D axis, boolean first, double[] z, double[] t, double[] f, double[] peak) {
        for (int i = 0; i < z.length; i++) {
            int base = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                t[base + j] = axis.logDensity(j, z[i]) + (first ? logP[j] : 0);
                max = Math.max(max, t[base + j]);
            }
            peak[i] = max;
            for (int j = 0; j < k; j++) {
                f[base + j] = max == Double.NEGATIVE_INFINITY ? 0 : Math.exp(t[base + j] - max);
            }
        }
    }

    /**
     * Adds w0[i]·w1 to {@code total} for every node (i, l) of row l, i &lt; n0, where the decoder
     * ({@link org.dequantlab.method.Posterior#decode(double[], int)}: the largest ℓ_j, ties to the lowest
     * index, none if no ℓ_j is finite) picks x, in the order of i; returns the new total. A node picks x
     * when ℓ_x &gt; −∞, every earlier j has ℓ_j &lt; ℓ_x and every later one ℓ_j ≤ ℓ_x (a NaN ℓ_j never
     * wins). Categories whose axis-1 term on the row is −∞ or NaN cannot beat x anywhere on it (their ℓ_j
     * is −∞ or NaN), so only the others are compared; a row where x's own term is −∞ or NaN adds nothing.
     */
    double addDecodedRow(int l, int x, double[] w0, double w1, int n0, double total) {
        int b1 = l * k;
        double t1x = t1[b1 + x];
        if (!(t1x > Double.NEGATIVE_INFINITY)) {
            return total;
        }
        int live = 0;
        for (int j = 0; j < k; j++) {
            if (j != x && t1[b1 + j] > Double.NEGATIVE_INFINITY) {
                liveJ[live++] = j;
            }
        }
        for (int i = 0; i < n0; i++) {
            int b0 = i * k;
            double lx = t0[b0 + x] + t1x;
            if (!(lx > Double.NEGATIVE_INFINITY)) {
                continue;
            }
            boolean picked = true;
            for (int m = 0; m < live; m++) {
                int j = liveJ[m];
                double v = t0[b0 + j] + t1[b1 + j];
                if (j < x ? v >= lx : v > lx) {
                    picked = false;
                    break;
                }
            }
            if (picked) {
                total += w0[i] * w1;
            }
        }
        return total;
    }

    /**
     * Adds w·p(j|z) at node (i, l) to {@code out[j]} for every j; nothing in the ocean (every ℓ_j = −∞).
     */
    void addPosterior(int i, int l, double w, double[] out) {
        int b0 = i * k, b1 = l * k;
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += f0[b0 + j] * f1[b1 + j];
        }
        if (sum > TINY) {
            double scale = w / sum;
            for (int j = 0; j < k; j++) {
                out[j] += scale * f0[b0 + j] * f1[b1 + j];
            }
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            ell[j] = t0[b0 + j] + t1[b1 + j];
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
