package org.dequantlab.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.dequantlab.math.GaussLegendre;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Objective;
import org.dequantlab.method.Posterior;
import org.dequantlab.method.Problem;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * Computes {@link Metrics} for any method's encoder: a 2-D one through {@link PlaneMetricsCalculator}
 * (docs/maths.md §7), a 1-D one by quadrature (docs/maths.md §5), asking only
 * the {@link Encoder1D} interface: its exact objective for loss, Rec and KL; the shared
 * {@link Posterior} for log p(x), decoding and IWAE. Deterministic: the IWAE estimate uses a fixed
 * seed, so equal parameters give equal metrics. Not thread-safe.
 */
public final class MetricsCalculator {
    /** M of the IWAE_M estimate. */
    public static final int IWAE_SAMPLES = 16;
    /** Independent IWAE_M estimates averaged per category. */
    public static final int IWAE_REPEATS = ImportanceWeighted.REPEATS;
    /** Scan points per piece when locating the decoder's decision switches. */
    private static final int DECODE_SCAN = 48;
    private static final double[] GRADING = {1e-7, 1e-5, 1e-3, 0.02, 0.1};

    private final int k;
    private final GaussLegendre rule = GaussLegendre.of(48);
    private final double[] ell;
    private final ImportanceWeighted iwae;
    private final Map<DequantMethod, Map<Problem, Objective>> objectives = new HashMap<>();
    private PlaneMetricsCalculator plane;

    public MetricsCalculator(int categories) {
        this.k = categories;
        this.ell = new double[categories];
        this.iwae = new ImportanceWeighted(categories, IWAE_SAMPLES);
    }

    /**
     * All metrics of an encoder under the weights in force; a 2-D encoder's by the plane's quadratures
     * ({@link PlaneMetricsCalculator}).
     */
    public Metrics compute(Encoder encoder, LossWeights weights) {
        if (encoder instanceof Encoder2D plane) {
            if (plane.categories() != k) {
                throw new IllegalArgumentException("calculator built for K=" + k + ", encoder has K=" + plane.categories());
            }
            if (this.plane == null) {
                this.plane = new PlaneMetricsCalculator(k);
            }
            return this.plane.compute(plane, weights);
        }
        Encoder1D e = oneDimensional(encoder);
        Problem problem = e.problem();
        ObjectiveValue v = objective(e).exact(e, weights, null, new ObjectiveValue());
        double entropy = problem.entropy();
        double[] logLik = new double[k];
        double logLikMean = 0, iwaeMean = 0, iwaeVar = 0;
        double[] pModel = modelMarginal(e);
        for (int x = 0; x < k; x++) {
            double px = problem.probability(x);
            logLik[x] = Math.log(pModel[x]);
            logLikMean += px * logLik[x];
            double elboX = -(v.reconPerCategory(x) + v.klPerCategory(x));
            ImportanceWeighted.Estimate est = iwae.estimate(e, x, elboX, logLik[x]);
            iwaeMean += px * est.value();
            iwaeVar += px * px * est.standardError() * est.standardError();
        }
        double mi = entropy - v.recon();
        double own = e.method().ownOptimum(problem, weights).orElse(Double.NaN);
        return new Metrics(v.loss(), v.recon(), v.kl(), v.klPerCategory(), v.reconPerCategory(),
                -(v.recon() + v.kl()), logLikMean, logLik, iwaeMean, Math.sqrt(iwaeVar), mi, v.kl() - mi,
                decodeAccuracy(e), e.oceanMass(), own);
    }

    /** The raw IWAE estimate of category x (mean of the repeats, standard error, clipped value), for checks. */
    public double[] iwaeEstimate(Encoder1D e, int x, double elbo, double logLikelihood) {
        ImportanceWeighted.Estimate est = iwae.estimate(e, x, elbo, logLikelihood);
        return new double[] {est.mean(), est.standardError(), est.value()};
    }

    private Objective objective(Encoder e) {
        return objectives.computeIfAbsent(e.method(), m -> new HashMap<>())
                .computeIfAbsent(e.problem(), p -> e.method().objective(p, DequantMethod.METRICS_NODES));
    }

    private Encoder1D oneDimensional(Encoder e) {
        if (!(e instanceof Encoder1D one)) {
            throw new IllegalArgumentException("the metrics by quadrature are 1-D; " + e.method().id() + " has a "
                    + e.dimension() + "-D latent");
        }
        if (one.categories() != k) {
            throw new IllegalArgumentException("calculator built for K=" + k + ", encoder has K=" + one.categories());
        }
        return one;
    }

    /**
     * p_model(x) = ∫ p(z) p(x|z) dz, integrated in the prior's CDF coordinate v = F(z) (so p(z)dz = dv)
     * with pieces split at every breakpoint of the encoder; ocean regions contribute nothing.
     */
    public double[] modelMarginal(Encoder1D e) {
        LatentPrior prior = e.prior();
        double[] bp = e.breakpoints();
        double[] cuts = new double[2 + 2 * GRADING.length + bp.length];
        int n = endsAndGrading(cuts);
        for (double b : bp) {
            if (Double.isFinite(b)) {
                cuts[n++] = prior.cdf(b);
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
                double lse = Posterior.logJoints(e, prior.quantile(v), ell);
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

    /**
     * Σ_x p̃(x)·P_{q(z|x)}[{@link Posterior#decode}(z) = x]: the same decoder, ties to the lowest index.
     * Exact up to bisection tolerance: each category's u₀-axis is split at the encoder's breakpoints
     * (mapped through its CDF), scanned, and every switch of the decision is located by bisection, so
     * the probability is a sum of interval lengths.
     */
    public double decodeAccuracy(Encoder1D e) {
        double acc = 0;
        for (int x = 0; x < k; x++) {
            acc += e.problem().probability(x) * correctFraction(e, x);
        }
        return acc;
    }

    private double correctFraction(Encoder1D e, int x) {
        double[] bp = e.breakpoints();
        double[] cuts = new double[2 + 2 * GRADING.length + bp.length];
        int n = endsAndGrading(cuts);
        for (double b : bp) {
            if (Double.isFinite(b)) {
                double u = e.cdf(x, b);
                if (u > 0 && u < 1) {
                    cuts[n++] = u;
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
            boolean prev = decodesTo(e, x, lo + 0.5 * step * 1e-6);
            for (int s = 1; s <= DECODE_SCAN; s++) {
                double pos = s == DECODE_SCAN ? hi : lo + s * step;
                boolean cur = decodesTo(e, x, s == DECODE_SCAN ? hi - 0.5 * step * 1e-6 : pos);
                if (cur == prev) {
                    if (cur) {
                        total += pos - prevPos;
                    }
                } else {
                    double a = prevPos, b = pos;
                    for (int it = 0; it < 60 && b - a > 1e-15; it++) {
                        double mid = 0.5 * (a + b);
                        if (decodesTo(e, x, mid) == prev) {
                            a = mid;
                        } else {
                            b = mid;
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
    private static boolean decodesTo(Encoder1D e, int x, double u0) {
        return Posterior.decode(e, e.sample(x, u0)) == x;
    }

    /** Ocean mass 1 − P(S) of an encoder (docs/maths.md §1.7); 0 where the supports cover the prior. */
    public static double oceanMass(Encoder e) {
        return e.oceanMass();
    }
}
