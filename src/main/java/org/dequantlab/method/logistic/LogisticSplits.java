package org.dequantlab.method.logistic;

import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.sigmoid;
import static org.dequantlab.math.Logistic.softplus;

/**
 * Where the exact logistic-family quadrature splits category x's u₀-axis (0,1), and the Leibniz terms
 * at the split points that move with the parameters (docs/maths.md §1.6 item 5, Appendix B):
 * <ul>
 *   <li>fixed grading points near an end where the support reaches the prior's tail;</li>
 *   <li>the features μ_j + s_j·τ of every narrower component j (the integrand is continuous there);</li>
 *   <li>for TRUFL, every other category's support end B inside x's support: the reconstruction term
 *       jumps there, and (g(c⁻) − g(c⁺))·∂c/∂θ is the boundary part of the gradient.</li>
 * </ul>
 * Not thread-safe: part of one {@link LogisticObjective}.
 */
final class LogisticSplits {
    /** Fixed split points used near an end where the support reaches the prior's tail. */
    private static final double[] GRADING = {1e-6, 1e-4, 3e-3, 0.05};
    /** Ends closer than this to 0 or 1 are graded. */
    private static final double GRADE_BELOW = 0.02;

    /**
     * The split points that never move, ascending: the ends and the grading points at both ends. Between
     * two neighbours of this list a piece is the same at every step.
     */
    static double[] fixedPoints() {
        double[] f = new double[2 + 2 * GRADING.length];
        int n = 0;
        f[n++] = 0.0;
        for (double g : GRADING) {
            f[n++] = g;
        }
        for (int i = GRADING.length - 1; i >= 0; i--) {
            f[n++] = 1.0 - GRADING[i];
        }
        f[n] = 1.0;
        return f;
    }

    private final int k;
    private final double[] features;
    private final double narrowerThan;
    // split points of the current category: position c in u₀, and which boundary (k*2 + isUpper) or −1
    final double[] cut;
    final int[] cutSource;
    int cuts;
    private final double[] others;

    LogisticSplits(int k) {
        this(k, LogisticEncoder.FEATURES, 1.0);
    }

    /**
     * Splits with the features τ of every component narrower than {@code narrowerThan} times x's scale
     * (the 1-D objective: every τ of {@link LogisticEncoder#FEATURES}, every narrower component).
     */
    LogisticSplits(int k, double[] features, double narrowerThan) {
        this.k = k;
        this.features = features.clone();
        this.narrowerThan = narrowerThan;
        int maxCuts = 2 + 2 * (k - 1) + 2 * GRADING.length + features.length * (k - 1);
        cut = new double[maxCuts];
        cutSource = new int[maxCuts];
        others = new double[k];
    }

    /** Split points of category x's (0,1): the ends, grading near tails, and other boundaries inside I_x. */
    void collect(LogisticEncoder c, int x) {
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
            if (j == x || c.scale(j) >= narrowerThan * c.scale(x)) {
                continue; // a component at least as wide as x is smooth on x's axis
            }
            for (double tau : features) {
                double tF = c.standardised(x, c.mu(j) + c.scale(j) * tau);
                if (tF > lo && tF < hi) {
                    double pos = (sigmoid(tF) - c.lower(x)) / c.width(x);
                    if (pos > 1e-12 && pos < 1 - 1e-12) {
                        add(pos, -1);
                    }
                }
            }
        }
        if (c.truncated()) {
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
     * Leibniz terms of category x, into the natural-coordinate arrays: for each moving split point c
     * (another category's boundary B inside I_x), p̃(x)·(g(c⁻) − g(c⁺))·∂c/∂θ, with the jump
     * ∓λ_rec·log(1 + exp(ℓ_k(B) − S)) (Appendix B).
     */
    void boundaryTerms(LogisticEncoder c, double lambdaRec, int x, double[] gMu, double[] gS, double[] gA,
            double[] gB) {
        double px = c.probability(x);
        for (int i = 0; i < cuts; i++) {
            int src = cutSource[i];
            if (src < 0) {
                continue;
            }
            int j = src / 2;
            boolean upper = (src & 1) == 1;
            double boundary = upper ? c.supportHigh(j) : c.supportLow(j);
            double tB = c.standardised(x, boundary);
            // S: log-sum-exp of the components present on both sides of B (all but j)
            double max = logPdf(tB) - c.logScale(x) - c.logWidth(x) + c.logProbability(x);
            double first = max;
            int n = 0;
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
            double jump = (upper ? 1.0 : -1.0) * lambdaRec * softplus(ellJ - lseS);
            addCutMotion(c, x, j, upper, px * jump, gMu, gS, gA, gB);
        }
    }

    /**
     * Adds coef·∂c/∂θ to the natural-coordinate gradients, for the split point c where the boundary of
     * category j (its upper end if {@code upper}) crosses category x's u₀-axis (Appendix B): c moves with
     * x's (μ, s, a, b) and, through the boundary B, with j's μ, s and a (or b).
     */
    static void addCutMotion(LogisticEncoder c, int x, int j, boolean upper, double coef, double[] gMu, double[] gS,
            double[] gA, double[] gB) {
        double s = c.scale(x), w = c.width(x);
        double boundary = upper ? c.supportHigh(j) : c.supportLow(j);
        double tB = c.standardised(x, boundary);
        double uB = sigmoid(tB), omuB = sigmoid(-tB);
        double tj = upper ? c.logitUpper(j) : c.logitLower(j);
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
