package org.dequantlab.method.logistic;

import static org.dequantlab.math.Logistic.log1pUnit;
import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.sigmoid;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dequantlab.math.GaussLegendre;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Objective;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * Value and gradient of the weighted objective for the logistic family (docs/maths.md §1.5),
 *
 * <pre>
 *   L = Σ_x p̃(x) ∫₀¹ g_x(u₀) du₀,
 *   g_x(u₀) = λ_rec·(−log p(x|z)) + λ_kl·(log u + log(1−u) − log s − log w − log p(z)),
 *   u = a + w·u₀,  z = μ + s·logit u,  w = b − a,
 * </pre>
 *
 * with the KL term optionally floored per category (free bits, {@code max(floor, KL_x)}).
 *
 * <p>Two estimators share the per-node code:
 * <ul>
 *   <li>{@link #exact}: Gauss–Legendre quadrature on (0,1) split by {@link LogisticSplits}; the
 *       pathwise part is the node sum, the boundary part the Leibniz terms (g(c⁻) − g(c⁺))·∂c/∂θ at
 *       the moving split points (docs/maths.md §1.6 item 5, Appendix B). Their sum is the true
 *       gradient of the quadrature objective.</li>
 *   <li>{@link #monteCarlo}: N pathwise samples per category, weight 1/N, no boundary terms: the
 *       plain reparameterisation estimator that misses the jumps (docs/maths.md §1.6 items 1–4).</li>
 * </ul>
 *
 * <p>Not thread-safe: one instance per thread; it reuses scratch arrays and allocates nothing per
 * call.
 */
public final class LogisticObjective implements Objective {
    /** Clamp of u₀ for Monte Carlo samples (docs/maths.md §1.3). */
    public static final double MC_CLAMP = 1e-6;
    /** Pieces of (0,1) narrower than this are skipped. */
    private static final double MIN_PIECE = 1e-14;

    private final int k;
    private final boolean truncated;
    private final GaussLegendre rule;
    private final LogisticSplits splits;
    /** The split points that never move (LogisticSplits.fixedPoints). */
    private static final double[] FIXED = LogisticSplits.fixedPoints();
    // log u₀ and log(1 − u₀) at the nodes of the fixed piece (FIXED[i], FIXED[i + 1]), as the loop computes u₀
    private final double[][] fixedLogU, fixedLogOmu;

    // natural-coordinate gradients of the whole loss: pathwise, and boundary (Leibniz) terms
    private final double[] gMu, gS, gA, gB;
    private final double[] bMu, bS, bA, bB;
    // KL-part gradient of the current category (own parameters only) and the quadrature mass it summed
    private final double[] kl4 = new double[4];
    private double klMass;
    // 1/s_j and 1/w_j of the encoder being evaluated
    private final double[] invScale, invWidth;
    // at a node: which other components' supports hold z, e^(ℓ_j − ℓ_x), their t_j and e^(−|t_j|)
    private final boolean[] present;
    private final double[] weight, tOther, eOther;
    // p̃_j/(s_j·w_j) of the encoder being evaluated: e^(ℓ_j) = f(t_j)·jointScale_j
    private final double[] jointScale;

    /**
     * @param categories    K
     * @param truncated     TRUFL (true) or CatNF (false)
     * @param nodesPerPiece Gauss–Legendre order on each piece of (0,1)
     */
    public LogisticObjective(int categories, boolean truncated, int nodesPerPiece) {
        this.k = categories;
        this.truncated = truncated;
        this.rule = GaussLegendre.of(nodesPerPiece);
        this.splits = new LogisticSplits(categories);
        gMu = new double[k];
        gS = new double[k];
        gA = new double[k];
        gB = new double[k];
        bMu = new double[k];
        bS = new double[k];
        bA = new double[k];
        bB = new double[k];
        fixedLogU = new double[FIXED.length - 1][rule.size()];
        fixedLogOmu = new double[FIXED.length - 1][rule.size()];
        for (int i = 0; i + 1 < FIXED.length; i++) {
            double lo = FIXED[i], hi = FIXED[i + 1], half = 0.5 * (hi - lo);
            for (int n = 0; n < rule.size(); n++) {
                double u0 = lo + half * (rule.node(n) + 1.0);
                fixedLogU[i][n] = Math.log(u0);
                fixedLogOmu[i][n] = Math.log((1.0 - hi) + (hi - u0));
            }
        }
        present = new boolean[k];
        jointScale = new double[k];
        weight = new double[k];
        invScale = new double[k];
        invWidth = new double[k];
        tOther = new double[k];
        eOther = new double[k];
    }

    @Override
    public ObjectiveValue exact(Encoder encoder, LossWeights weights, GradientParts gradient, ObjectiveValue out) {
        LogisticEncoder c = begin(encoder, gradient != null, out);
        boolean grad = gradient != null;
        for (int x = 0; x < k; x++) {
            clearKl();
            splits.collect(c, x);
            // untruncated (CatNF): u = u₀ exactly, so on a piece that never moves the logs are tabled
            boolean plain = c.lower(x) == 0.0 && c.width(x) == 1.0 && c.oneMinusUpper(x) == 0.0;
            double[] cut = splits.cut;
            for (int i = 0; i + 1 < splits.cuts; i++) {
                double lo = cut[i], hi = cut[i + 1];
                if (hi - lo < MIN_PIECE) {
                    continue; // nodes would round onto the ends; the piece carries < 1e-14 of the mass
                }
                double half = 0.5 * (hi - lo);
                int fixed = plain ? fixedPiece(lo, hi) : -1;
                for (int n = 0; n < rule.size(); n++) {
                    double u0 = lo + half * (rule.node(n) + 1.0);
                    double om = (1.0 - hi) + (hi - u0); // 1 − u₀ without cancellation near 1
                    if (fixed >= 0) {
                        nodeAt(c, weights, x, u0, om, half * rule.weight(n), grad, out, u0, om, fixedLogU[fixed][n],
                                fixedLogOmu[fixed][n]);
                    } else {
                        node(c, weights, x, u0, om, half * rule.weight(n), grad, out);
                    }
                }
            }
            if (grad) {
                splits.boundaryTerms(c, weights.lambdaRec(), x, bMu, bS, bA, bB);
            }
            finishCategory(c, weights, x, grad, out);
        }
        out.complete(c.p, weights);
        if (grad) {
            toRaw(c, gMu, gS, gA, gB, gradient.pathwise());
            toRaw(c, bMu, bS, bA, bB, gradient.boundary());
        }
        return out;
    }

    @Override
    public ObjectiveValue monteCarlo(Encoder encoder, LossWeights weights, int samples, SplittableRandom random,
            double[] gradient, ObjectiveValue out) {
        LogisticEncoder c = begin(encoder, gradient != null, out);
        double wt = 1.0 / samples;
        for (int x = 0; x < k; x++) {
            clearKl();
            for (int n = 0; n < samples; n++) {
                double u0 = Math.min(Math.max(random.nextDouble(), MC_CLAMP), 1 - MC_CLAMP);
                node(c, weights, x, u0, 1.0 - u0, wt, gradient != null, out);
            }
            finishCategory(c, weights, x, gradient != null, out);
        }
        out.complete(c.p, weights);
        if (gradient != null) {
            toRaw(c, gMu, gS, gA, gB, gradient);
        }
        return out;
    }

    /** The index i of the fixed piece (FIXED[i], FIXED[i + 1]) that is exactly (lo, hi), or −1. */
    private static int fixedPiece(double lo, double hi) {
        for (int i = 0; i + 1 < FIXED.length; i++) {
            if (FIXED[i] == lo) {
                return FIXED[i + 1] == hi ? i : -1;
            }
        }
        return -1;
    }

    private LogisticEncoder begin(Encoder encoder, boolean grad, ObjectiveValue out) {
        if (!(encoder instanceof LogisticEncoder c) || c.truncated() != truncated) {
            throw new IllegalArgumentException("this objective evaluates " + (truncated ? "TRUFL" : "CatNF")
                    + " encoders, got " + encoder.method().id());
        }
        if (c.size() != k) {
            throw new IllegalArgumentException("evaluator built for K=" + k + ", components have K=" + c.size());
        }
        out.reset(k);
        for (int j = 0; j < k; j++) {
            invScale[j] = 1.0 / c.scale(j);
            invWidth[j] = 1.0 / c.width(j);
            jointScale[j] = c.probability(j) * invScale[j] * invWidth[j];
        }
        if (grad) {
            for (double[] g : new double[][] {gMu, gS, gA, gB, bMu, bS, bA, bB}) {
                Arrays.fill(g, 0);
            }
        }
        return c;
    }

    private void clearKl() {
        Arrays.fill(kl4, 0);
        klMass = 0;
    }

    /**
     * One node of category x at u₀ with quadrature weight wt: accumulates the value and, if asked,
     * the pathwise gradient (Appendix B, first term).
     */
    private void node(LogisticEncoder c, LossWeights weights, int x, double u0, double oneMinusU0, double wt,
            boolean grad, ObjectiveValue out) {
        double u = c.lower(x) + c.width(x) * u0;
        double omu = c.oneMinusUpper(x) + c.width(x) * oneMinusU0;
        nodeAt(c, weights, x, u0, oneMinusU0, wt, grad, out, u, omu, Math.log(u), Math.log(omu));
    }

    /** {@link #node} with u = a + w·u₀, 1 − u and their logarithms given. */
    private void nodeAt(LogisticEncoder c, LossWeights weights, int x, double u0, double oneMinusU0, double wt,
            boolean grad, ObjectiveValue out, double u, double omu, double logU, double logOmu) {
        double s = c.scale(x);
        double t = logU - logOmu;
        double z = c.mu(x) + s * t;
        double logQ = logU + logOmu - c.logScale(x) - c.logWidth(x); // path form (docs/maths.md §1.3)
        // e^(ℓ_j − ℓ_x) without logarithms: ℓ_j = log f(t_j) + log(p̃_j/(s_j·w_j)) with
        // f(t) = e^(−|t|)/(1 + e^(−|t|))², and along x's own path e^(ℓ_x) = u(1 − u)·p̃_x/(s_x·w_x)
        double ownJoint = u * omu * jointScale[x];
        double others = 0;
        for (int j = 0; j < k; j++) {
            present[j] = false;
            if (j == x) {
                continue;
            }
            double tj = c.standardised(j, z);
            if (tj > c.logitLower(j) && tj < c.logitUpper(j)) {
                double ej = Math.exp(-Math.abs(tj)); // shared by f(t_j) and its slope
                double d = 1.0 + ej;
                present[j] = true;
                tOther[j] = tj;
                eOther[j] = ej;
                weight[j] = ej / (d * d) * jointScale[j] / ownJoint;
                others += weight[j];
            }
        }
        // Rec at the node: −log p(x|z) = log(1 + Σ_j e^(ℓ_j − ℓ_x)); posterior weights π_j = weight_j/sum
        double sum = 1.0 + others;
        double rec = others <= 1.0 ? log1pUnit(others) : Math.log(sum);
        double ez = Math.exp(-Math.abs(z));
        double kl = logQ - logPdf(z, ez);
        out.addNode(x, wt * rec, wt * kl);
        if (!grad) {
            return;
        }
        double px = c.probability(x);
        double recScale = wt * weights.lambdaRec() * px;
        double invSum = 1.0 / sum;
        // ∂R/∂z through the other components, and ∂R/∂ℓ_x = π_x − 1
        double rz = 0;
        for (int j = 0; j < k; j++) {
            if (!present[j]) {
                continue;
            }
            double pj = weight[j] * invSum;
            double tj = tOther[j];
            double hjs = (1.0 - 2.0 * sigmoid(tj, eOther[j])) * invScale[j]; // (d/dt log f(t_j))/s_j
            rz += pj * hjs;
            double coef = recScale * pj;
            gMu[j] -= coef * hjs;
            gS[j] -= coef * (hjs * tj + invScale[j]);
            if (truncated) {
                double cw = coef * invWidth[j];
                gA[j] += cw;
                gB[j] -= cw;
            }
        }
        double dOwn = -others * invSum; // π_x − 1 without cancellation
        double hz = 1.0 - 2.0 * sigmoid(z, ez);
        // reconstruction part, own parameters
        gMu[x] += recScale * rz;
        gS[x] += recScale * (rz * t - dOwn * invScale[x]);
        // KL part, own parameters only (scaled once the category's KL is known: free bits); the
        // constant −1/s of ∂/∂s is added once per category (klMass)
        kl4[0] -= wt * hz;
        kl4[1] -= wt * hz * t;
        klMass += wt;
        if (truncated) {
            double inv = 1.0 / (u * omu);
            double dzDa = s * oneMinusU0 * inv, dzDb = s * u0 * inv;
            double dlDu = (omu - u) * inv;
            double dlDa = dlDu * oneMinusU0 + invWidth[x], dlDb = dlDu * u0 - invWidth[x];
            gA[x] += recScale * (rz * dzDa + dOwn * dlDa);
            gB[x] += recScale * (rz * dzDb + dOwn * dlDb);
            kl4[2] += wt * (-hz * dzDa + dlDa);
            kl4[3] += wt * (-hz * dzDb + dlDb);
        }
    }

    private void finishCategory(LogisticEncoder c, LossWeights weights, int x, boolean grad, ObjectiveValue out) {
        if (!grad || weights.floored(out.klPerCategory(x))) {
            return;
        }
        double scale = weights.lambdaKl() * c.probability(x);
        gMu[x] += scale * kl4[0];
        gS[x] += scale * (kl4[1] - klMass * invScale[x]);
        if (truncated) {
            gA[x] += scale * kl4[2];
            gB[x] += scale * kl4[3];
        }
    }

    /** Chains natural-coordinate gradients (μ, s, a, b) to the raw vector θ (LogisticParameters). */
    private void toRaw(LogisticEncoder c, double[] dMu, double[] dS, double[] dA, double[] dB, double[] gradient) {
        int bs = LogisticParameters.blockSize(truncated);
        for (int x = 0; x < k; x++) {
            gradient[x * bs + LogisticParameters.MU] = dMu[x];
            gradient[x * bs + LogisticParameters.RHO] = dS[x] * c.scale(x);
            if (truncated) {
                double a1a = c.lower(x) * c.oneMinusLower(x); // ∂a/∂α
                gradient[x * bs + LogisticParameters.ALPHA] = dA[x] * a1a + dB[x] * c.sigmaMinusBeta(x) * a1a;
                gradient[x * bs + LogisticParameters.BETA] = dB[x] * c.width(x) * c.sigmaMinusBeta(x); // ∂b/∂β
            }
        }
    }
}
