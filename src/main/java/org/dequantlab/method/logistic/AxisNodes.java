package org.dequantlab.method.logistic;

import static org.dequantlab.math.Logistic.dLogPdf;
import static org.dequantlab.math.Logistic.logPdf;

import org.dequantlab.math.GaussLegendre;

/**
 * One axis of category x's u₀-square in the 2-D logistic objective ({@link LogisticObjective2D}): the
 * Gauss–Legendre nodes of every piece of (0, 1) along that axis, x's own path there (z, the path form
 * of its log density and their derivatives, docs/maths.md §1.3, Appendix B), every other component's
 * log density and derivatives at the same z, which components' supports contain each piece on this
 * axis, and the accumulators of the reconstruction gradient's row (or column) sums. Because the
 * components factorise, the tensor grid's node values are sums of one term per axis, and the pathwise
 * gradient of Rec needs only Σ over the other axis of wt·p(j|z) per node of this one. Not thread-safe.
 */
final class AxisNodes {
    private final int k;
    int pieces, n;
    final double[] pieceLo, pieceHi;
    /** inside[j][p]: whether component j's support contains piece p on this axis (always for CatNF). */
    final boolean[][] inside;
    final double[] u0, wt, own, tOwn, dzDa, dzDb, dlDa, dlDb;
    /** Component j at node i: its log density term, h/s = ∂/∂z of it, and its standardised t. */
    final double[][] comp, slope, tj;
    /**
     * exp(comp_j + shift_j − peak) per node, own term included (comp_x = own), with peak the largest
     * comp_j + shift_j at the node: the factors whose products over the two axes give every component's
     * joint relative to the node's peak, so that a node needs no exponential.
     */
    final double[][] scaled;
    final double[] peak;
    /** Σ over the other axis of wt·p(j|z) (j ≠ x), and of wt·(p(x|z) − 1). */
    final double[][] sumPost;
    final double[] sumOwn;

    AxisNodes(int k, int maxPieces, int nodesPerPiece) {
        this.k = k;
        int cap = maxPieces * nodesPerPiece;
        pieceLo = new double[maxPieces];
        pieceHi = new double[maxPieces];
        inside = new boolean[k][maxPieces];
        u0 = new double[cap];
        wt = new double[cap];
        own = new double[cap];
        tOwn = new double[cap];
        dzDa = new double[cap];
        dzDb = new double[cap];
        dlDa = new double[cap];
        dlDb = new double[cap];
        comp = new double[k][cap];
        slope = new double[k][cap];
        tj = new double[k][cap];
        sumPost = new double[k][cap];
        sumOwn = new double[cap];
        scaled = new double[k][cap];
        peak = new double[cap];
    }

    /**
     * Fills the nodes of category x on axis encoder c for the pieces between consecutive {@code cuts}
     * (sorted, the first 0 and the last 1; pieces narrower than 1e−14 are dropped).
     */
    void fill(LogisticEncoder c, int x, double[] cuts, int nCuts, GaussLegendre rule, double[] shift) {
        n = rule.size();
        pieces = 0;
        double a = c.lower(x), w = c.width(x), s = c.scale(x), mu = c.mu(x);
        for (int i = 0; i + 1 < nCuts; i++) {
            double lo = cuts[i], hi = cuts[i + 1];
            if (hi - lo < 1e-14) {
                continue;
            }
            int p = pieces++;
            pieceLo[p] = lo;
            pieceHi[p] = hi;
            double half = 0.5 * (hi - lo);
            double mid = 0.5 * (lo + hi);
            double zMid = c.sample(x, mid);
            for (int j = 0; j < k; j++) {
                double t = c.standardised(j, zMid);
                inside[j][p] = j != x && t > c.logitLower(j) && t < c.logitUpper(j);
            }
            for (int m = 0; m < n; m++) {
                int q = p * n + m;
                double v = lo + half * (rule.node(m) + 1.0);
                double om = (1.0 - hi) + (hi - v); // 1 − u₀ without cancellation near 1
                double u = a + w * v;
                double omu = c.oneMinusUpper(x) + w * om;
                double logU = Math.log(u), logOmu = Math.log(omu);
                double t = logU - logOmu;
                double z = mu + s * t;
                u0[q] = v;
                wt[q] = half * rule.weight(m);
                own[q] = logU + logOmu - c.logScale(x) - c.logWidth(x);
                tOwn[q] = t;
                double uom = u * omu;
                dzDa[q] = s * om / uom;
                dzDb[q] = s * v / uom;
                double dlDu = (omu - u) / uom;
                dlDa[q] = dlDu * om + 1.0 / w;
                dlDb[q] = dlDu * v - 1.0 / w;
                for (int j = 0; j < k; j++) {
                    if (j == x) {
                        continue;
                    }
                    double tt = c.standardised(j, z);
                    tj[j][q] = tt;
                    comp[j][q] = logPdf(tt) - c.logScale(j) - c.logWidth(j);
                    slope[j][q] = dLogPdf(tt) / c.scale(j);
                }
            }
        }
        int total = pieces * n;
        for (int q = 0; q < total; q++) {
            comp[x][q] = own[q];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, comp[j][q] + shift[j]);
            }
            peak[q] = max;
            for (int j = 0; j < k; j++) {
                scaled[j][q] = Math.exp(comp[j][q] + shift[j] - max);
            }
        }
        for (int j = 0; j < k; j++) {
            java.util.Arrays.fill(sumPost[j], 0, total, 0);
        }
        java.util.Arrays.fill(sumOwn, 0, total, 0);
    }

    /** Nodes in use. */
    int size() {
        return pieces * n;
    }
}
