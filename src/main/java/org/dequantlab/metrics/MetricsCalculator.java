package org.dequantlab.metrics;

import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.logit;
import static org.dequantlab.math.Logistic.sigmoid;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dequantlab.math.GaussLegendre;
import org.dequantlab.model.Components;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveEvaluator;
import org.dequantlab.objective.ObjectiveValue;

/**
 * Computes {@link Metrics} for a component set by quadrature (math.md §5). Deterministic: the IWAE
 * estimate uses a fixed seed, so equal parameters give equal metrics. Not thread-safe.
 */
public final class MetricsCalculator {
    /** M of the IWAE_M estimate. */
    public static final int IWAE_SAMPLES = 16;
    /** Independent IWAE_M estimates averaged per category. */
    public static final int IWAE_REPEATS = 32;
    private static final long IWAE_SEED = 0x5EEDL;
    /** Scan points per piece when locating the decoder's decision switches. */
    private static final int DECODE_SCAN = 48;
    private static final double[] GRADING = {1e-7, 1e-5, 1e-3, 0.02, 0.1};
    private static final double[] FEATURES = {-8, -4, -2, -1, 0, 1, 2, 4, 8};

    private final int k;
    private final ObjectiveEvaluator evaluator;
    private final GaussLegendre rule = GaussLegendre.of(48);
    private final double[] ell;

    public MetricsCalculator(int categories) {
        this.k = categories;
        this.evaluator = ObjectiveEvaluator.forMetrics(categories);
        this.ell = new double[categories];
    }

    /** All metrics of {@code c} under the weights in force. */
    public Metrics compute(Components c, LossWeights weights) {
        ObjectiveValue v = evaluator.exact(c, weights, null, new ObjectiveValue());
        double entropy = 0;
        for (int x = 0; x < k; x++) {
            entropy -= c.probability(x) * c.logProbability(x);
        }
        double[] logLik = new double[k];
        double logLikMean = 0;
        double[] pModel = modelMarginal(c);
        double iwae = 0;
        for (int x = 0; x < k; x++) {
            logLik[x] = Math.log(pModel[x]);
            logLikMean += c.probability(x) * logLik[x];
            iwae += c.probability(x) * iwae(c, x);
        }
        double mi = entropy - v.recon();
        return new Metrics(v.loss(), v.recon(), v.kl(), v.klPerCategory(), v.reconPerCategory(),
                -(v.recon() + v.kl()), logLikMean, logLik, iwae, mi, v.kl() - mi, decodeAccuracy(c), oceanMass(c));
    }

    /**
     * p_model(x) = ∫ p(z) p(x|z) dz, integrated in the prior's CDF coordinate v = σ(z) (so p(z)dz = dv)
     * with pieces split at every support end; ocean regions contribute nothing.
     */
    public double[] modelMarginal(Components c) {
        double[] cuts = new double[2 + 2 * k + 2 * GRADING.length + FEATURES.length * k];
        int n = endsAndGrading(cuts);
        for (int x = 0; x < k; x++) {
            for (double tau : FEATURES) {
                cuts[n++] = sigmoid(c.mu(x) + c.scale(x) * tau);
            }
            if (Double.isFinite(c.supportLow(x))) {
                cuts[n++] = sigmoid(c.supportLow(x));
            }
            if (Double.isFinite(c.supportHigh(x))) {
                cuts[n++] = sigmoid(c.supportHigh(x));
            }
        }
        Arrays.sort(cuts, 0, n);
        double[] out = new double[k];
        for (int i = 0; i + 1 < n; i++) {
            double lo = cuts[i], hi = cuts[i + 1];
            if (hi <= lo) {
                continue;
            }
            double half = 0.5 * (hi - lo);
            for (int j = 0; j < rule.size(); j++) {
                double v = lo + half * (rule.node(j) + 1);
                double z = logit(v);
                double lse = logJoints(c, z);
                if (lse == Double.NEGATIVE_INFINITY) {
                    continue; // ocean
                }
                for (int x = 0; x < k; x++) {
                    if (ell[x] != Double.NEGATIVE_INFINITY) {
                        out[x] += half * rule.weight(j) * Math.exp(ell[x] - lse);
                    }
                }
            }
        }
        return out;
    }

    /** Puts 0, 1 and the graded points near both ends into {@code cuts}; returns how many. */
    private static int endsAndGrading(double[] cuts) {
        int n = 0;
        cuts[n++] = 0;
        cuts[n++] = 1;
        for (double g : GRADING) {
            cuts[n++] = g;
            cuts[n++] = 1 - g;
        }
        return n;
    }

    /** Fills {@link #ell} with ℓ_x(z) and returns their log-sum-exp (−∞ in the ocean). */
    private double logJoints(Components c, double z) {
        double max = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < k; x++) {
            ell[x] = c.logJoint(x, z);
            max = Math.max(max, ell[x]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int x = 0; x < k; x++) {
            sum += Math.exp(ell[x] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * Mean of {@link #IWAE_REPEATS} estimates IWAE_M(x) = logsumexp_m[log p(z_m) + log p(x|z_m) −
     * log q(z_m|x)] − log M, where log p(x|z) − log q(z|x) = log p̃(x) − logsumexp_x' ℓ_x'(z).
     */
    public double iwae(Components c, int x) {
        SplittableRandom r = new SplittableRandom(IWAE_SEED + x);
        double[] terms = new double[IWAE_SAMPLES];
        double total = 0;
        for (int rep = 0; rep < IWAE_REPEATS; rep++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < IWAE_SAMPLES; m++) {
                double u0 = Math.min(Math.max(r.nextDouble(), ObjectiveEvaluator.MC_CLAMP), 1 - ObjectiveEvaluator.MC_CLAMP);
                double u = c.lower(x) + c.width(x) * u0;
                double omu = c.oneMinusUpper(x) + c.width(x) * (1 - u0);
                double z = c.mu(x) + c.scale(x) * (Math.log(u) - Math.log(omu));
                double lse = logJointsIncludingOwn(c, x, z, Math.log(u) + Math.log(omu));
                terms[m] = logPdf(z) + c.logProbability(x) - lse;
                max = Math.max(max, terms[m]);
            }
            double sum = 0;
            for (double t : terms) {
                sum += Math.exp(t - max);
            }
            total += max + Math.log(sum) - Math.log(IWAE_SAMPLES);
        }
        return total / IWAE_REPEATS;
    }

    /** Log-sum-exp of ℓ with the own term from the sampling path (never dropped by round-off). */
    private double logJointsIncludingOwn(Components c, int x, double z, double ownLogF) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            ell[j] = j == x ? ownLogF - c.logScale(x) - c.logWidth(x) + c.logProbability(x) : c.logJoint(j, z);
            max = Math.max(max, ell[j]);
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += Math.exp(ell[j] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * Σ_x p̃(x)·P_{q(z|x)}[decoder picks x]. Exact up to bisection tolerance: the u₀-axis of each
     * category is split at the support ends of the others, scanned, and every switch of the decision
     * is located by bisection, so the probability is a sum of interval lengths.
     */
    public double decodeAccuracy(Components c) {
        double acc = 0;
        for (int x = 0; x < k; x++) {
            acc += c.probability(x) * correctFraction(c, x);
        }
        return acc;
    }

    private double correctFraction(Components c, int x) {
        double[] cuts = new double[2 + 2 * k + 2 * GRADING.length + FEATURES.length * k];
        int n = endsAndGrading(cuts);
        for (int j = 0; j < k; j++) {
            if (j == x) {
                continue;
            }
            for (double tau : FEATURES) {
                double t = c.standardised(x, c.mu(j) + c.scale(j) * tau);
                if (t > c.logitLower(x) && t < c.logitUpper(x)) {
                    cuts[n++] = (sigmoid(t) - c.lower(x)) / c.width(x);
                }
            }
            for (double boundary : new double[] {c.supportLow(j), c.supportHigh(j)}) {
                if (!Double.isFinite(boundary)) {
                    continue;
                }
                double t = c.standardised(x, boundary);
                if (t > c.logitLower(x) && t < c.logitUpper(x)) {
                    cuts[n++] = (sigmoid(t) - c.lower(x)) / c.width(x);
                }
            }
        }
        Arrays.sort(cuts, 0, n);
        double total = 0;
        for (int i = 0; i + 1 < n; i++) {
            double lo = cuts[i], hi = cuts[i + 1];
            if (hi <= lo) {
                continue;
            }
            double step = (hi - lo) / DECODE_SCAN;
            double prevPos = lo;
            boolean prev = decodesTo(c, x, lo + 0.5 * step * 1e-6);
            for (int s = 1; s <= DECODE_SCAN; s++) {
                double pos = s == DECODE_SCAN ? hi : lo + s * step;
                boolean cur = decodesTo(c, x, s == DECODE_SCAN ? hi - 0.5 * step * 1e-6 : pos);
                if (cur == prev) {
                    if (cur) {
                        total += pos - prevPos;
                    }
                } else {
                    double a = prevPos, b = pos;
                    for (int it = 0; it < 60 && b - a > 1e-15; it++) {
                        double m = 0.5 * (a + b);
                        if (decodesTo(c, x, m) == prev) {
                            a = m;
                        } else {
                            b = m;
                        }
                    }
                    double sw = 0.5 * (a + b);
                    total += prev ? sw - prevPos : pos - sw;
                }
                prevPos = pos;
                prev = cur;
            }
        }
        return total;
    }

    /** Whether the decoder returns x at the sample of category x with coordinate u₀. */
    private boolean decodesTo(Components c, int x, double u0) {
        double u = c.lower(x) + c.width(x) * u0;
        double omu = c.oneMinusUpper(x) + c.width(x) * (1 - u0);
        double own = Math.log(u) + Math.log(omu) - c.logScale(x) - c.logWidth(x) + c.logProbability(x);
        double z = c.mu(x) + c.scale(x) * (Math.log(u) - Math.log(omu));
        for (int j = 0; j < k; j++) {
            if (j != x && c.logJoint(j, z) > own) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ocean mass 1 − P(S): the prior mass of the gaps between the merged supports, summed as gaps so
     * that tiny tails keep their precision (math.md §1.7). 0 for CatNF.
     */
    public static double oceanMass(Components c) {
        int k = c.size();
        if (!c.method().truncated()) {
            return 0;
        }
        double[][] iv = new double[k][];
        for (int x = 0; x < k; x++) {
            iv[x] = new double[] {c.supportLow(x), c.supportHigh(x)};
        }
        Arrays.sort(iv, (p, q) -> Double.compare(p[0], q[0]));
        double ocean = sigmoid(iv[0][0]); // left tail
        double reach = iv[0][1];
        for (int i = 1; i < k; i++) {
            if (iv[i][0] > reach) {
                ocean += sigmoid(iv[i][0]) - sigmoid(reach);
            }
            reach = Math.max(reach, iv[i][1]);
        }
        ocean += sigmoid(-reach); // right tail
        return ocean;
    }
}
