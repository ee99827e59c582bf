package org.dequantlab.method.logistic;

import static org.dequantlab.math.Logistic.dLogPdf;
import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.softplus;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dequantlab.math.GaussLegendre;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Objective;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * The weighted objective of the factorised logistic family on a 2-D latent (docs/maths.md §7.1):
 * L = Σ_x p̃(x)·(λ_rec·Rec_x + λ_KL·max(floor, KL_x)) with
 *
 * <pre>
 *   KL_x = Σ_d KL_{x,d}   (1-D integrals over each axis of x's own path),
 *   Rec_x = ∫_{(0,1)²} r_x(u₀) du₀,   r_x = −log p(x | z(u₀)).
 * </pre>
 *
 * {@link #exact}:
 * <ul>
 *   <li>KL per axis: Gauss–Legendre on fixed pieces of (0, 1) graded towards both ends (10⁻⁸ … ½ …
 *       1 − 10⁻⁸), {@code nodes} a piece.</li>
 *   <li>TRUFL's Rec: the tensor grid of cuts (every other box's edge inside x's support, on each axis,
 *       plus tail grading and the features of much narrower components, {@link LogisticSplits}); each
 *       cell is inside or outside every other box, so r_x is smooth there and is integrated with n×n
 *       Gauss–Legendre nodes (n = 8 when training, 16 for metrics); cells no other box reaches have
 *       r_x = 0 and are skipped. The boundary part adds, for every cut c of another box's edge on axis
 *       d, (∂c/∂θ)·∫ [r_x(c⁻, v) − r_x(c⁺, v)] dv along the part of the cut line inside that box, split at
 *       the other axis's cuts; the jump is ∓λ_rec·softplus(ℓ_k(edge) − S(v)) (Reynolds transport).</li>
 *   <li>CatNF's Rec <i>(choice)</i>: nothing is truncated, so the integrand is smooth and the pathwise
 *       gradient exact; it is integrated on a fixed tensor grid: the same 18 graded pieces on each axis,
 *       4 nodes a piece when training (72² = 5,184 nodes per category), 6 for metrics (108²). The nodes do
 *       not move with θ, so the gradient is the exact gradient of this deterministic estimate. At the
 *       §7.1 arrangements it reads 3e−4 (training) and 1e−5 (metrics) below the exact values.</li>
 * </ul>
 * The pathwise Rec gradient uses the factorisation: ℓ_j at node (i, l) is comp_j,1(i) + comp_j,2(l), so
 * only the sums over one axis of wt·p(j|z) per node of the other are accumulated ({@link AxisNodes}).
 * {@link #monteCarlo} draws N points u₀ ∈ (0,1)² per category (no boundary terms: the plain pathwise
 * estimator, {@link PlaneMonteCarlo}). Not thread-safe.
 */
final class LogisticObjective2D implements Objective {
    /** Fixed pieces of (0,1), graded geometrically towards both ends. */
    static final double[] GRADED = {0, 1e-8, 1e-6, 1e-4, 1e-3, 1e-2, 0.03, 0.1, 0.25, 0.5, 0.75, 0.9, 0.97, 0.99,
        1 - 1e-3, 1 - 1e-4, 1 - 1e-6, 1 - 1e-8, 1};
    /** 2-D splits: features of components narrower than half of x's, at these τ. */
    private static final double[] FEATURES_2D = {-4, -2, 0, 2, 4};
    static final int MU = 0, S = 1, A = 2, B = 3;
    /** Below this, a node's product of factors may have lost its precision: it is evaluated directly. */
    private static final double TINY = 1e-200;

    private final int k;
    private final boolean truncated;
    private final GaussLegendre klRule, cellRule;
    private final LogisticSplits[] splits = new LogisticSplits[2];
    private final AxisNodes[] nodes = new AxisNodes[2];
    /** Natural-coordinate gradients [axis][μ, s, a, b][category]: pathwise and boundary. */
    final double[][][] path = new double[2][4][], bound = new double[2][4][];
    private final double[][] klg = new double[2][4];
    private final double[] ell, ex;
    private final double[][] shift;
    private final int[] present;
    private final boolean[] inCut;
    private final double[] compCut;
    private final PlaneMonteCarlo mc;

    LogisticObjective2D(int categories, boolean truncated, int nodesPerPiece) {
        this.k = categories;
        this.truncated = truncated;
        this.klRule = GaussLegendre.of(nodesPerPiece);
        boolean metrics = nodesPerPiece > DEFAULT_TRAINING;
        this.cellRule = GaussLegendre.of(truncated ? (metrics ? 16 : 8) : (metrics ? 6 : 4));
        int maxPieces = GRADED.length;
        for (int d = 0; d < 2; d++) {
            splits[d] = new LogisticSplits(k, FEATURES_2D, 0.5);
            maxPieces = Math.max(maxPieces, splits[d].cut.length);
        }
        for (int d = 0; d < 2; d++) {
            nodes[d] = new AxisNodes(k, maxPieces, cellRule.size());
            for (int p = 0; p < 4; p++) {
                path[d][p] = new double[k];
                bound[d][p] = new double[k];
            }
        }
        ell = new double[k];
        ex = new double[k];
        shift = new double[2][k];
        present = new int[k];
        inCut = new boolean[k];
        compCut = new double[k];
        mc = new PlaneMonteCarlo(this, k, truncated);
    }

    /** Gauss–Legendre nodes per piece of the 1-D training objective; more means the metrics' evaluator. */
    private static final int DEFAULT_TRAINING = 12;

    @Override
    public ObjectiveValue exact(Encoder encoder, LossWeights weights, GradientParts gradient, ObjectiveValue out) {
        LogisticEncoder2D e = begin(encoder, gradient != null, out);
        boolean grad = gradient != null;
        for (int j = 0; j < k; j++) {
            shift[0][j] = e.axes[0].logProbability(j); // log p̃ rides on the first axis's factor
        }
        for (int x = 0; x < k; x++) {
            double kl = 0;
            for (int d = 0; d < 2; d++) {
                kl += klOfAxis(e.axes[d], x, grad, klg[d]);
            }
            for (int d = 0; d < 2; d++) {
                if (truncated) {
                    splits[d].collect(e.axes[d], x);
                    nodes[d].fill(e.axes[d], x, splits[d].cut, splits[d].cuts, cellRule, shift[d]);
                } else {
                    nodes[d].fill(e.axes[d], x, GRADED, GRADED.length, cellRule, shift[d]);
                }
            }
            double rec = rec(e, x, grad);
            out.addNode(x, rec, kl);
            if (grad) {
                recGradient(e, x, weights.lambdaRec());
                if (truncated) {
                    for (int d = 0; d < 2; d++) {
                        edges(e, x, d, weights.lambdaRec());
                    }
                }
                finishKl(e, weights, x, out);
            }
        }
        out.complete(e.problem().dataDistribution(), weights);
        if (grad) {
            toRaw(e, path, gradient.pathwise());
            toRaw(e, bound, gradient.boundary());
        }
        return out;
    }

    @Override
    public ObjectiveValue monteCarlo(Encoder encoder, LossWeights weights, int samples, SplittableRandom random,
            double[] gradient, ObjectiveValue out) {
        LogisticEncoder2D e = begin(encoder, gradient != null, out);
        boolean grad = gradient != null;
        for (int x = 0; x < k; x++) {
            Arrays.fill(klg[0], 0);
            Arrays.fill(klg[1], 0);
            mc.category(e, weights, x, samples, random, grad, out, klg);
            if (grad) {
                finishKl(e, weights, x, out);
            }
        }
        out.complete(e.problem().dataDistribution(), weights);
        if (grad) {
            toRaw(e, path, gradient);
        }
        return out;
    }

    private LogisticEncoder2D begin(Encoder encoder, boolean grad, ObjectiveValue out) {
        if (!(encoder instanceof LogisticEncoder2D e) || e.truncated() != truncated || e.k != k) {
            throw new IllegalArgumentException("this objective evaluates 2-D " + (truncated ? "TRUFL" : "CatNF")
                    + " encoders with K=" + k + ", got " + encoder.method().id());
        }
        out.reset(k);
        if (grad) {
            for (int d = 0; d < 2; d++) {
                for (int p = 0; p < 4; p++) {
                    Arrays.fill(path[d][p], 0);
                    Arrays.fill(bound[d][p], 0);
                }
            }
        }
        return e;
    }

    /** KL_{x,d} on fixed graded pieces; with {@code grad}, ∫ ∂g/∂(μ, s, a, b) into acc (reset here). */
    private double klOfAxis(LogisticEncoder c, int x, boolean grad, double[] acc) {
        Arrays.fill(acc, 0);
        double a = c.lower(x), w = c.width(x), s = c.scale(x), mu = c.mu(x);
        double sum = 0;
        for (int i = 0; i + 1 < GRADED.length; i++) {
            double lo = GRADED[i], hi = GRADED[i + 1], half = 0.5 * (hi - lo);
            for (int m = 0; m < klRule.size(); m++) {
                double v = lo + half * (klRule.node(m) + 1.0);
                double om = (1.0 - hi) + (hi - v);
                double wt = half * klRule.weight(m);
                double u = a + w * v, omu = c.oneMinusUpper(x) + w * om;
                double logU = Math.log(u), logOmu = Math.log(omu);
                double t = logU - logOmu;
                double z = mu + s * t;
                sum += wt * (logU + logOmu - c.logScale(x) - c.logWidth(x) - logPdf(z));
                if (grad) {
                    double hz = dLogPdf(z), uom = u * omu;
                    double dlDu = (omu - u) / uom;
                    acc[0] += wt * (-hz);
                    acc[1] += wt * (-hz * t - 1.0 / s);
                    acc[2] += wt * (-hz * s * om / uom + dlDu * om + 1.0 / w);
                    acc[3] += wt * (-hz * s * v / uom + dlDu * v - 1.0 / w);
                }
            }
        }
        return sum;
    }

    /** λ_KL·p̃(x)·∂KL_x into the pathwise gradient, unless KL_x is under the free-bits floor. */
    void finishKl(LogisticEncoder2D e, LossWeights weights, int x, ObjectiveValue out) {
        if (weights.floored(out.klPerCategory(x))) {
            return;
        }
        double scale = weights.lambdaKl() * e.problem().probability(x);
        for (int d = 0; d < 2; d++) {
            for (int p = 0; p < (truncated ? 4 : 2); p++) {
                path[d][p][x] += scale * klg[d][p];
            }
        }
    }

    /** Rec_x over the tensor grid of pieces; with {@code grad}, the row and column sums of wt·p(j|z). */
    private double rec(LogisticEncoder2D e, int x, boolean grad) {
        AxisNodes n0 = nodes[0], n1 = nodes[1];
        double logPx = e.axes[0].logProbability(x);
        double total = 0;
        for (int p = 0; p < n0.pieces; p++) {
            for (int q = 0; q < n1.pieces; q++) {
                int np = 0;
                for (int j = 0; j < k; j++) {
                    if (j != x && n0.inside[j][p] && n1.inside[j][q]) {
                        present[np++] = j;
                    }
                }
                if (np == 0) {
                    continue; // no other support reaches the cell: r_x = 0, and nothing moves
                }
                for (int i = p * n0.n; i < (p + 1) * n0.n; i++) {
                    for (int l = q * n1.n; l < (q + 1) * n1.n; l++) {
                        double wt = n0.wt[i] * n1.wt[l];
                        double lx = n0.own[i] + n1.own[l] + logPx;
                        // Σ_j exp(ℓ_j − peak) as products of the axes' factors: no exponential per node
                        double own = n0.scaled[x][i] * n1.scaled[x][l];
                        double sum = own;
                        for (int m = 0; m < np; m++) {
                            int j = present[m];
                            ex[m] = n0.scaled[j][i] * n1.scaled[j][l];
                            sum += ex[m];
                        }
                        double lse;
                        if (sum > TINY) {
                            lse = n0.peak[i] + n1.peak[l] + Math.log(sum);
                        } else { // the factors underflowed: the direct form
                            double max = lx;
                            for (int m = 0; m < np; m++) {
                                int j = present[m];
                                ell[m] = n0.comp[j][i] + n1.comp[j][l] + shift[0][j];
                                max = Math.max(max, ell[m]);
                            }
                            own = Math.exp(lx - max);
                            sum = own;
                            for (int m = 0; m < np; m++) {
                                ex[m] = Math.exp(ell[m] - max);
                                sum += ex[m];
                            }
                            lse = max + Math.log(sum);
                        }
                        total += wt * (lse - lx);
                        if (grad) {
                            double inv = wt / sum;
                            double dOwn = own * inv - wt;
                            n0.sumOwn[i] += dOwn;
                            n1.sumOwn[l] += dOwn;
                            for (int m = 0; m < np; m++) {
                                double pj = ex[m] * inv;
                                n0.sumPost[present[m]][i] += pj;
                                n1.sumPost[present[m]][l] += pj;
                            }
                        }
                    }
                }
            }
        }
        return total;
    }

    /** The pathwise Rec gradient of category x from the per-axis sums (Appendix B's node terms, per axis). */
    private void recGradient(LogisticEncoder2D e, int x, double lambdaRec) {
        double scale = lambdaRec * e.problem().probability(x);
        for (int d = 0; d < 2; d++) {
            LogisticEncoder c = e.axes[d];
            AxisNodes nd = nodes[d];
            double[][] g = path[d];
            double s = c.scale(x);
            for (int i = 0; i < nd.size(); i++) {
                double rz = 0;
                for (int j = 0; j < k; j++) {
                    double pj = nd.sumPost[j][i];
                    if (j == x || pj == 0) {
                        continue;
                    }
                    rz += pj * nd.slope[j][i];
                    double coef = scale * pj;
                    g[MU][j] -= coef * nd.slope[j][i];
                    g[S][j] += coef * (-nd.slope[j][i] * nd.tj[j][i] - 1.0 / c.scale(j));
                    if (truncated) {
                        g[A][j] += coef / c.width(j);
                        g[B][j] -= coef / c.width(j);
                    }
                }
                double dOwn = nd.sumOwn[i];
                g[MU][x] += scale * rz;
                g[S][x] += scale * (rz * nd.tOwn[i] - dOwn / s);
                if (truncated) {
                    g[A][x] += scale * (rz * nd.dzDa[i] + dOwn * nd.dlDa[i]);
                    g[B][x] += scale * (rz * nd.dzDb[i] + dOwn * nd.dlDb[i]);
                }
            }
        }
    }

    /**
     * The boundary part of category x from the cuts on axis d: for each other box's edge B crossing x's
     * u₀-axis d at c, p̃(x)·λ_rec·(∓∫ softplus(ℓ_j(edge, v) − S(v)) dv)·∂c/∂θ, the integral along the
     * other axis over the pieces inside box j (docs/maths.md §7.1).
     */
    private void edges(LogisticEncoder2D e, int x, int d, double lambdaRec) {
        LogisticEncoder c = e.axes[d];
        AxisNodes other = nodes[1 - d];
        LogisticSplits sp = splits[d];
        double px = c.probability(x);
        for (int i = 0; i < sp.cuts; i++) {
            int src = sp.cutSource[i];
            if (src < 0) {
                continue;
            }
            int j = src / 2;
            boolean upper = (src & 1) == 1;
            double edge = upper ? c.supportHigh(j) : c.supportLow(j);
            double ownCut = logPdf(c.standardised(x, edge)) - c.logScale(x) - c.logWidth(x) + c.logProbability(x);
            for (int m = 0; m < k; m++) {
                double tm = c.standardised(m, edge);
                inCut[m] = m != x && m != j && tm > c.logitLower(m) && tm < c.logitUpper(m);
                compCut[m] = inCut[m] ? logPdf(tm) - c.logScale(m) - c.logWidth(m) + c.logProbability(m) : 0;
            }
            double tEdge = upper ? c.logitUpper(j) : c.logitLower(j);
            double edgeJ = logPdf(tEdge) - c.logScale(j) - c.logWidth(j) + c.logProbability(j);
            double integral = 0;
            for (int q = 0; q < other.pieces; q++) {
                if (!other.inside[j][q]) {
                    continue;
                }
                for (int l = q * other.n; l < (q + 1) * other.n; l++) {
                    double lx = ownCut + other.own[l];
                    double max = lx;
                    int np = 0;
                    for (int m = 0; m < k; m++) {
                        if (inCut[m] && other.inside[m][q]) {
                            ell[np] = compCut[m] + other.comp[m][l];
                            max = Math.max(max, ell[np++]);
                        }
                    }
                    double sum = Math.exp(lx - max);
                    for (int r = 0; r < np; r++) {
                        sum += Math.exp(ell[r] - max);
                    }
                    integral += other.wt[l] * softplus(edgeJ + other.comp[j][l] - (max + Math.log(sum)));
                }
            }
            double coef = px * (upper ? 1.0 : -1.0) * lambdaRec * integral;
            LogisticSplits.addCutMotion(c, x, j, upper, coef, bound[d][MU], bound[d][S], bound[d][A], bound[d][B]);
        }
    }

    /** Chains the natural gradients (per axis) to the raw vector: block of axis d of x at (2x + d)·bs. */
    void toRaw(LogisticEncoder2D e, double[][][] g, double[] out) {
        int bs = LogisticParameters.blockSize(truncated);
        for (int d = 0; d < 2; d++) {
            LogisticEncoder c = e.axes[d];
            for (int x = 0; x < k; x++) {
                int base = (2 * x + d) * bs;
                out[base + LogisticParameters.MU] = g[d][MU][x];
                out[base + LogisticParameters.RHO] = g[d][S][x] * c.scale(x);
                if (truncated) {
                    double a1a = c.lower(x) * c.oneMinusLower(x);
                    out[base + LogisticParameters.ALPHA] = g[d][A][x] * a1a + g[d][B][x] * c.sigmaMinusBeta(x) * a1a;
                    out[base + LogisticParameters.BETA] = g[d][B][x] * c.width(x) * c.sigmaMinusBeta(x);
                }
            }
        }
    }
}
