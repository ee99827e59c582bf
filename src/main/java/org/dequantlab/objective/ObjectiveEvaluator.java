package org.dequantlab.objective;

import static org.dequantlab.math.Logistic.dLogPdf;
import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.sigmoid;
import static org.dequantlab.math.Logistic.softplus;

import java.util.SplittableRandom;
import org.dequantlab.math.GaussLegendre;
import org.dequantlab.model.Components;
import org.dequantlab.model.EncoderParameters;

/**
 * Value and gradient of the weighted objective of math.md §1.5,
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
 *   <li>{@link #exact}: Gauss–Legendre quadrature on (0,1) split at every other category's
 *       support boundary that falls inside x's support, plus the Leibniz terms
 *       (g(c⁻) − g(c⁺))·∂c/∂θ at those moving split points (math.md §1.6 item 5, Appendix B).
 *       This is the true gradient of the quadrature objective.</li>
 *   <li>{@link #monteCarlo}: N pathwise samples per category, weight 1/N, no boundary terms: the
 *       plain reparameterisation estimator that misses the jumps (math.md §1.6 items 1–4).</li>
 * </ul>
 *
 * <p>Not thread-safe: one instance per thread; it reuses scratch arrays and allocates nothing per
 * call.
 */
public final class ObjectiveEvaluator {
    /** Clamp of u₀ for Monte Carlo samples (math.md §1.3). */
    public static final double MC_CLAMP = 1e-6;
    /** Fixed split points used near an end where the support reaches the prior's tail. */
    private static final double[] GRADING = {1e-6, 1e-4, 3e-3, 0.05};
    /**
     * Standardised offsets τ at which another component j has features (z = μ_j + s_j·τ): splitting
     * x's axis there keeps a narrow component inside a wide one resolved. The integrand is continuous
     * at these points, so they need no boundary terms.
     */
    static final double[] FEATURES = {-8, -4, -2, -1, 0, 1, 2, 4, 8};
    /** Pieces of (0,1) narrower than this are skipped. */
    private static final double MIN_PIECE = 1e-14;
    /** Ends closer than this to 0 or 1 are graded. */
    private static final double GRADE_BELOW = 0.02;

    private final int k;
    private final GaussLegendre rule;

    // natural-coordinate gradients of the whole loss
    private final double[] gMu, gS, gA, gB;
    // KL-part gradient of the current category (own parameters only)
    private final double[] kl4 = new double[4];
    // posterior weights / log joints at a node
    private final double[] ell;
    // split points of the current category: position c in u₀, and which boundary (k*2 + isUpper) or −1
    private final double[] cut;
    private final int[] cutSource;
    private int cuts;

    /**
     * @param categories K
     * @param nodesPerPiece Gauss–Legendre order on each piece of (0,1)
     */
    public ObjectiveEvaluator(int categories, int nodesPerPiece) {
        this.k = categories;
        this.rule = GaussLegendre.of(nodesPerPiece);
        gMu = new double[k];
        gS = new double[k];
        gA = new double[k];
        gB = new double[k];
        ell = new double[k];
        int maxCuts = 2 + 2 * (k - 1) + 2 * GRADING.length + FEATURES.length * (k - 1);
        cut = new double[maxCuts];
        cutSource = new int[maxCuts];
    }

    /** The default training rule: 12 nodes per piece. */
    public static ObjectiveEvaluator forTraining(int categories) {
        return new ObjectiveEvaluator(categories, 12);
    }

    /** The accurate rule used for metrics: 48 nodes per piece. */
    public static ObjectiveEvaluator forMetrics(int categories) {
        return new ObjectiveEvaluator(categories, 48);
    }

    /**
     * Exact quadrature value and, if {@code gradient} is not null, the exact gradient with respect
     * to the raw parameter vector θ (same layout as {@link EncoderParameters#vector()}).
     */
    public ObjectiveValue exact(Components c, LossWeights weights, double[] gradient, ObjectiveValue out) {
        begin(c, gradient, out);
        for (int x = 0; x < k; x++) {
            clearKl();
            collectCuts(c, x);
            for (int i = 0; i + 1 < cuts; i++) {
                double lo = cut[i], hi = cut[i + 1];
                if (hi - lo < MIN_PIECE) {
                    continue; // nodes would round onto the ends; the piece carries < 1e-14 of the mass
                }
                double half = 0.5 * (hi - lo);
                for (int n = 0; n < rule.size(); n++) {
                    double u0 = lo + half * (rule.node(n) + 1.0);
                    double om = (1.0 - hi) + (hi - u0); // 1 − u₀ without cancellation near 1
                    node(c, weights, x, u0, om, half * rule.weight(n), gradient != null, out);
                }
            }
            if (gradient != null) {
                boundaryTerms(c, weights, x);
            }
            finishCategory(c, weights, x, gradient != null, out);
        }
        return finish(c, weights, gradient, out);
    }

    /**
     * Pathwise Monte Carlo estimate with {@code samples} draws of u₀ per category from
     * {@code random}; the gradient (if requested) misses the boundary terms, as autodiff would.
     */
    public ObjectiveValue monteCarlo(Components c, LossWeights weights, int samples, SplittableRandom random,
            double[] gradient, ObjectiveValue out) {
        begin(c, gradient, out);
        double wt = 1.0 / samples;
        for (int x = 0; x < k; x++) {
            clearKl();
            for (int n = 0; n < samples; n++) {
                double u0 = Math.min(Math.max(random.nextDouble(), MC_CLAMP), 1 - MC_CLAMP);
                node(c, weights, x, u0, 1.0 - u0, wt, gradient != null, out);
            }
            finishCategory(c, weights, x, gradient != null, out);
        }
        return finish(c, weights, gradient, out);
    }

    private void begin(Components c, double[] gradient, ObjectiveValue out) {
        if (c.size() != k) {
            throw new IllegalArgumentException("evaluator built for K=" + k + ", components have K=" + c.size());
        }
        out.reset(k);
        if (gradient != null) {
            java.util.Arrays.fill(gMu, 0);
            java.util.Arrays.fill(gS, 0);
            java.util.Arrays.fill(gA, 0);
            java.util.Arrays.fill(gB, 0);
        }
    }

    private void clearKl() {
        java.util.Arrays.fill(kl4, 0);
    }

    /** Split points of category x's (0,1): the ends, grading near tails, and other boundaries inside I_x. */
    private void collectCuts(Components c, int x) {
        cuts = 0;
        add(0.0, -1);
        add(1.0, -1);
        if (c.lower(x) < GRADE_BELOW) {
            for (double g : GRADING) {
                add(g, -1);
            }
        }
        if (c.oneMinusUpper(x) < GRADE_BELOW) {
            for (double g : GRADING) {
                add(1.0 - g, -1);
            }
        }
        double lo = c.logitLower(x), hi = c.logitUpper(x);
        for (int j = 0; j < k; j++) {
            if (j == x || c.scale(j) >= c.scale(x)) {
                continue; // a component at least as wide as x is smooth on x's axis
            }
            for (double tau : FEATURES) {
                double tF = c.standardised(x, c.mu(j) + c.scale(j) * tau);
                if (tF > lo && tF < hi) {
                    double pos = (sigmoid(tF) - c.lower(x)) / c.width(x);
                    if (pos > 1e-12 && pos < 1 - 1e-12) {
                        add(pos, -1);
                    }
                }
            }
        }
        if (c.method().truncated()) {
            for (int j = 0; j < k; j++) {
                if (j == x) {
                    continue;
                }
                for (int side = 0; side < 2; side++) {
                    double boundary = side == 0 ? c.supportLow(j) : c.supportHigh(j);
                    double tB = c.standardised(x, boundary);
                    if (tB > lo && tB < hi) {
                        double uB = sigmoid(tB);
                        double pos = (uB - c.lower(x)) / c.width(x);
                        if (pos > 0 && pos < 1) {
                            add(pos, j * 2 + side);
                        }
                    }
                }
            }
        }
        // insertion sort: a handful of points
        for (int i = 1; i < cuts; i++) {
            double v = cut[i];
            int src = cutSource[i];
            int j = i - 1;
            while (j >= 0 && cut[j] > v) {
                cut[j + 1] = cut[j];
                cutSource[j + 1] = cutSource[j];
                j--;
            }
            cut[j + 1] = v;
            cutSource[j + 1] = src;
        }
    }

    private void add(double position, int source) {
        cut[cuts] = position;
        cutSource[cuts] = source;
        cuts++;
    }

    /**
     * One node of category x at u₀ with quadrature weight wt: accumulates the value and, if asked,
     * the pathwise gradient (Appendix B, first term).
     */
    private void node(Components c, LossWeights weights, int x, double u0, double oneMinusU0, double wt,
            boolean grad, ObjectiveValue out) {
        double a = c.lower(x), w = c.width(x), s = c.scale(x);
        double u = a + w * u0;
        double omu = c.oneMinusUpper(x) + w * oneMinusU0;
        double logU = Math.log(u), logOmu = Math.log(omu);
        double t = logU - logOmu;
        double z = c.mu(x) + s * t;
        double logQ = logU + logOmu - c.logScale(x) - c.logWidth(x); // path form (math.md §1.3)
        double own = logQ + c.logProbability(x);
        double max = own;
        for (int j = 0; j < k; j++) {
            if (j == x) {
                ell[j] = own;
                continue;
            }
            double tj = c.standardised(j, z);
            if (tj > c.logitLower(j) && tj < c.logitUpper(j)) {
                ell[j] = logPdf(tj) - c.logScale(j) - c.logWidth(j) + c.logProbability(j);
                if (ell[j] > max) {
                    max = ell[j];
                }
            } else {
                ell[j] = Double.NEGATIVE_INFINITY;
            }
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
            if (ell[j] != Double.NEGATIVE_INFINITY) {
                sum += Math.exp(ell[j] - max);
            }
        }
        double lse = max + Math.log(sum);
        double rec = lse - own;
        double kl = logQ - logPdf(z);
        out.addNode(x, wt * rec, wt * kl);
        if (!grad) {
            return;
        }
        double px = c.probability(x);
        double recScale = wt * weights.lambdaRec() * px;
        // ∂R/∂z through the other components, and ∂R/∂ℓ_x = π_x − 1
        double rz = 0;
        for (int j = 0; j < k; j++) {
            if (j == x || ell[j] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double pj = Math.exp(ell[j] - lse);
            double tj = c.standardised(j, z);
            double hj = dLogPdf(tj);
            double sj = c.scale(j);
            rz += pj * hj / sj;
            double coef = recScale * pj;
            gMu[j] += coef * (-hj / sj);
            gS[j] += coef * (-hj * tj / sj - 1.0 / sj);
            if (c.method().truncated()) {
                double wj = c.width(j);
                gA[j] += coef / wj;
                gB[j] -= coef / wj;
            }
        }
        double dOwn = Math.exp(own - lse) - 1.0;
        double hz = dLogPdf(z);
        double uom = u * omu;
        double dzDa = s * oneMinusU0 / uom, dzDb = s * u0 / uom;
        double dlDu = (omu - u) / uom;
        double dlDa = dlDu * oneMinusU0 + 1.0 / w, dlDb = dlDu * u0 - 1.0 / w;
        // reconstruction part, own parameters
        gMu[x] += recScale * rz;
        gS[x] += recScale * (rz * t - dOwn / s);
        if (c.method().truncated()) {
            gA[x] += recScale * (rz * dzDa + dOwn * dlDa);
            gB[x] += recScale * (rz * dzDb + dOwn * dlDb);
        }
        // KL part, own parameters only (scaled once the category's KL is known: free bits)
        kl4[0] += wt * (-hz);
        kl4[1] += wt * (-hz * t - 1.0 / s);
        kl4[2] += wt * (-hz * dzDa + dlDa);
        kl4[3] += wt * (-hz * dzDb + dlDb);
    }

    /**
     * Leibniz terms of category x: for each moving split point c (another category's boundary B
     * inside I_x), p̃(x)·(g(c⁻) − g(c⁺))·∂c/∂θ, with the jump ∓λ_rec·log(1 + exp(ℓ_k(B) − S))
     * (Appendix B).
     */
    private void boundaryTerms(Components c, LossWeights weights, int x) {
        double px = c.probability(x);
        double s = c.scale(x), w = c.width(x);
        for (int i = 0; i < cuts; i++) {
            int src = cutSource[i];
            if (src < 0) {
                continue;
            }
            int j = src / 2;
            boolean upper = (src & 1) == 1;
            double boundary = upper ? c.supportHigh(j) : c.supportLow(j);
            double tB = c.standardised(x, boundary);
            double uB = sigmoid(tB), omuB = sigmoid(-tB);
            // S: log-sum-exp of the components present on both sides of B (all but j)
            double max = logPdf(tB) - c.logScale(x) - c.logWidth(x) + c.logProbability(x);
            double first = max;
            int n = 0;
            double[] others = ell; // reuse scratch
            for (int m = 0; m < k; m++) {
                if (m == x || m == j) {
                    continue;
                }
                double tm = c.standardised(m, boundary);
                if (tm > c.logitLower(m) && tm < c.logitUpper(m)) {
                    others[n++] = logPdf(tm) - c.logScale(m) - c.logWidth(m) + c.logProbability(m);
                    max = Math.max(max, others[n - 1]);
                }
            }
            double sum = Math.exp(first - max);
            for (int m = 0; m < n; m++) {
                sum += Math.exp(others[m] - max);
            }
            double lseS = max + Math.log(sum);
            double tj = upper ? c.logitUpper(j) : c.logitLower(j);
            double ellJ = logPdf(tj) - c.logScale(j) - c.logWidth(j) + c.logProbability(j);
            double jump = (upper ? 1.0 : -1.0) * weights.lambdaRec() * softplus(ellJ - lseS);
            double coef = px * jump;
            double d = uB * omuB / (s * w); // ∂c/∂B
            gMu[x] += coef * (-d);
            gS[x] += coef * (-d * tB);
            double bMinusU = omuB - c.oneMinusUpper(x);
            double uMinusA = uB - c.lower(x);
            gA[x] += coef * (-bMinusU / (w * w));
            gB[x] += coef * (-uMinusA / (w * w));
            gMu[j] += coef * d;
            gS[j] += coef * d * tj;
            if (upper) {
                gB[j] += coef * d * c.scale(j) / (c.upper(j) * c.oneMinusUpper(j));
            } else {
                gA[j] += coef * d * c.scale(j) / (c.lower(j) * c.oneMinusLower(j));
            }
        }
    }

    private void finishCategory(Components c, LossWeights weights, int x, boolean grad, ObjectiveValue out) {
        double klx = out.klPerCategory(x);
        boolean floored = klx < weights.freeBits();
        if (!grad || floored) {
            return;
        }
        double scale = weights.lambdaKl() * c.probability(x);
        gMu[x] += scale * kl4[0];
        gS[x] += scale * kl4[1];
        if (c.method().truncated()) {
            gA[x] += scale * kl4[2];
            gB[x] += scale * kl4[3];
        }
    }

    private ObjectiveValue finish(Components c, LossWeights weights, double[] gradient, ObjectiveValue out) {
        out.complete(c, weights);
        if (gradient == null) {
            return out;
        }
        int bs = EncoderParameters.blockSize(c.method());
        for (int x = 0; x < k; x++) {
            gradient[x * bs + EncoderParameters.MU] = gMu[x];
            gradient[x * bs + EncoderParameters.RHO] = gS[x] * c.scale(x);
            if (c.method().truncated()) {
                double a1a = c.lower(x) * c.oneMinusLower(x); // ∂a/∂α
                gradient[x * bs + EncoderParameters.ALPHA] = gA[x] * a1a + gB[x] * c.sigmaMinusBeta(x) * a1a;
                gradient[x * bs + EncoderParameters.BETA] = gB[x] * c.width(x) * c.sigmaMinusBeta(x); // ∂b/∂β
            }
        }
        return out;
    }
}
