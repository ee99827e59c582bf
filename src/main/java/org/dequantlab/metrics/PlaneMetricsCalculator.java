package org.dequantlab.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.dequantlab.math.GaussLegendre;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.method.FactorisedEncoder2D;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Objective;
import org.dequantlab.method.Posterior;
import org.dequantlab.method.Problem;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * {@link Metrics} of any method's 2-D encoder (docs/maths.md §5, §7, "Metrics in 2-D"), asking only the
 * {@link Encoder2D} interface:
 * <ul>
 *   <li>loss, Rec, KL (and ELBO, I = H − Rec, marginal KL = KL − I) from the method's own exact
 *       objective with the metrics' node count;</li>
 *   <li>log p(x) by tensor-grid quadrature in the prior's CDF square, where p(z)dz = dv: each axis split
 *       at the encoder's breakpoints (mapped to v) and graded near 0 and 1, {@value #NODES} Gauss–Legendre
 *       nodes a piece; the ocean contributes nothing. Where supports are disjoint (Argmax, Voronoi)
 *       p(x|z) is an indicator and p_model(x) is the support's prior mass, taken exactly;</li>
 *   <li>decode accuracy with the one decoder ({@link Posterior}'s rule): the same kind of grid over each
 *       category's u₀-square, split at the breakpoints mapped through the category's own axis CDFs
 *       (separable paths) or on graded pieces (otherwise);</li>
 *   <li>IWAE as an honest estimate ({@link PlaneImportanceWeighted}); ocean mass from the encoder
 *       (exact).</li>
 * </ul>
 * Factorised encoders (TRUFL, CatNF, Argmax) are evaluated on these grids through their per-axis
 * terms ({@link FactorisedTerms}). Deterministic. Not thread-safe.
 */
final class PlaneMetricsCalculator {
    /** Gauss–Legendre nodes per piece and axis of the log p(x) and decode-accuracy grids. */
    static final int NODES = 3;
    private static final double[] GRADING = {1e-7, 1e-5, 1e-3, 0.02, 0.1};
    private static final int NON_SEPARABLE_NODES = 2;

    private final int k;
    private final GaussLegendre rule = GaussLegendre.of(NODES);
    private final GaussLegendre coarse = GaussLegendre.of(NON_SEPARABLE_NODES);
    private final PlaneImportanceWeighted iwae;
    private final Map<DequantMethod, Map<Problem, Objective>> objectives = new HashMap<>();
    private final double[] ell;
    private final FactorisedTerms terms;
    private double[][] logQ = new double[0][];

    PlaneMetricsCalculator(int categories) {
        this.k = categories;
        this.iwae = new PlaneImportanceWeighted(categories, MetricsCalculator.IWAE_SAMPLES);
        this.ell = new double[categories];
        this.terms = new FactorisedTerms(categories);
    }

    Metrics compute(Encoder2D e, LossWeights weights) {
        Problem problem = e.problem();
        Objective objective = objectives.computeIfAbsent(e.method(), m -> new HashMap<>())
                .computeIfAbsent(problem, p -> e.method().objective(p, DequantMethod.METRICS_NODES));
        ObjectiveValue v = objective.exact(e, weights, null, new ObjectiveValue());
        double[] pModel = modelMarginal(e);
        double[] logLik = new double[k];
        double logLikMean = 0, iwaeMean = 0, iwaeVar = 0;
        for (int x = 0; x < k; x++) {
            double px = problem.probability(x);
            logLik[x] = Math.log(pModel[x]);
            logLikMean += px * logLik[x];
            double elboX = -(v.reconPerCategory(x) + v.klPerCategory(x));
            ImportanceWeighted.Estimate est = iwae.estimate(e, x, elboX, logLik[x]);
            iwaeMean += px * est.value();
            iwaeVar += px * px * est.standardError() * est.standardError();
        }
        double mi = problem.entropy() - v.recon();
        double own = e.method().ownOptimum(problem, weights).orElse(Double.NaN);
        return new Metrics(v.loss(), v.recon(), v.kl(), v.klPerCategory(), v.reconPerCategory(), -(v.recon() + v.kl()),
                logLikMean, logLik, iwaeMean, Math.sqrt(iwaeVar), mi, v.kl() - mi, decodeAccuracy(e), e.oceanMass(),
                own);
    }

    /**
     * p_model(x) = ∫ p(x | z(v)) dv over the CDF square (prior not renormalised); exactly the prior mass of
     * x's support where supports are disjoint.
     */
    double[] modelMarginal(Encoder2D e) {
        LatentPrior prior = e.prior();
        if (e.disjointSupports()) {
            double[] mass = new double[k];
            for (int x = 0; x < k; x++) {
                mass[x] = e.support(x).priorMass(prior);
            }
            return mass;
        }
        double[][] at = new double[2][], wt = new double[2][];
        for (int d = 0; d < 2; d++) {
            double[] bp = e.breakpoints(d);
            double[] cuts = new double[bp.length];
            int n = 0;
            for (double b : bp) {
                if (Double.isFinite(b)) {
                    cuts[n++] = prior.cdf(d, b);
                }
            }
            double[][] nodes = nodes(Arrays.copyOf(cuts, n), rule);
            wt[d] = nodes[1];
            at[d] = new double[nodes[0].length];
            for (int i = 0; i < at[d].length; i++) {
                at[d][i] = prior.quantile(d, nodes[0][i]);
            }
        }
        double[] out = new double[k];
        int n0 = at[0].length;
        if (e instanceof FactorisedEncoder2D f) {
            terms.fill(f, at[0], at[1]);
            for (int j = 0; j < at[1].length; j++) {
                for (int i = 0; i < n0; i++) {
                    terms.addPosterior(i, j, wt[0][i] * wt[1][j], out);
                }
            }
            return out;
        }
        double[][] q = grid(e, at[0], at[1]);
        for (int j = 0; j < at[1].length; j++) {
            for (int i = 0; i < n0; i++) {
                int idx = j * n0 + i;
                for (int x = 0; x < k; x++) {
                    ell[x] = q[x][idx] + e.problem().logProbability(x);
                }
                double lse = Posterior.logSumExp(ell, k);
                if (lse == Double.NEGATIVE_INFINITY) {
                    continue; // ocean
                }
                double w = wt[0][i] * wt[1][j];
                for (int x = 0; x < k; x++) {
                    if (ell[x] != Double.NEGATIVE_INFINITY) {
                        out[x] += w * Math.exp(ell[x] - lse);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Σ_x p̃(x)·P_{q(z|x)}[decode(z) = x], ties to the lowest index; exactly 1 where supports are disjoint
     * (a sample of x lies in x's support and in no other, so only ℓ_x is finite there).
     */
    double decodeAccuracy(Encoder2D e) {
        if (e.disjointSupports()) {
            return 1;
        }
        double acc = 0;
        for (int x = 0; x < k; x++) {
            acc += e.problem().probability(x) * (e.separablePath() ? separableFraction(e, x) : pointwiseFraction(e, x));
        }
        return acc;
    }

    private double separableFraction(Encoder2D e, int x) {
        double[][] at = new double[2][], wt = new double[2][];
        for (int d = 0; d < 2; d++) {
            double[] bp = e.breakpoints(d);
            double[] cuts = new double[bp.length];
            int n = 0;
            for (double b : bp) {
                if (Double.isFinite(b)) {
                    cuts[n++] = e.axisCdf(x, d, b);
                }
            }
            double[][] nodes = nodes(Arrays.copyOf(cuts, n), rule);
            wt[d] = nodes[1];
            at[d] = new double[nodes[0].length];
            for (int i = 0; i < at[d].length; i++) {
                at[d][i] = e.axisPath(x, d, nodes[0][i]);
            }
        }
        int n0 = at[0].length;
        double total = 0;
        if (e instanceof FactorisedEncoder2D f) {
            terms.fill(f, at[0], at[1]);
            for (int j = 0; j < at[1].length; j++) {
                total = terms.addDecodedRow(j, x, wt[0], wt[1][j], n0, total);
            }
            return total;
        }
        double[][] q = grid(e, at[0], at[1]);
        for (int j = 0; j < at[1].length; j++) {
            for (int i = 0; i < n0; i++) {
                int idx = j * n0 + i;
                for (int y = 0; y < k; y++) {
                    ell[y] = q[y][idx] + e.problem().logProbability(y);
                }
                if (Posterior.decode(ell, k) == x) {
                    total += wt[0][i] * wt[1][j];
                }
            }
        }
        return total;
    }

    private double pointwiseFraction(Encoder2D e, int x) {
        double[][] nodes = nodes(new double[0], coarse);
        double[] u0 = new double[2], z = new double[2];
        double total = 0;
        for (int i = 0; i < nodes[0].length; i++) {
            for (int j = 0; j < nodes[0].length; j++) {
                u0[0] = nodes[0][i];
                u0[1] = nodes[0][j];
                e.sample(x, u0, z);
                Posterior.logJoints(e, z, ell);
                if (Posterior.decode(ell, k) == x) {
                    total += nodes[1][i] * nodes[1][j];
                }
            }
        }
        return total;
    }

    private double[][] grid(Encoder2D e, double[] a0, double[] a1) {
        int n = a0.length * a1.length;
        if (logQ.length != k || logQ[0].length < n) {
            logQ = new double[k][n];
        }
        e.logDensitiesOnGrid(a0, a1, logQ);
        return logQ;
    }

    /**
     * Gauss–Legendre nodes and weights on (0, 1) split at {@code cuts} (values outside (0, 1) ignored),
     * at 0, 1 and graded points near both ends; pieces narrower than 1e−14 dropped.
     */
    static double[][] nodes(double[] cuts, GaussLegendre rule) {
        double[] all = new double[cuts.length + 2 + 2 * GRADING.length];
        int n = 0;
        all[n++] = 0;
        all[n++] = 1;
        for (double g : GRADING) {
            all[n++] = g;
            all[n++] = 1 - g;
        }
        for (double c : cuts) {
            if (c > 0 && c < 1) {
                all[n++] = c;
            }
        }
        Arrays.sort(all, 0, n);
        double[] at = new double[(n - 1) * rule.size()], wt = new double[at.length];
        int m = 0;
        for (int i = 0; i + 1 < n; i++) {
            double lo = all[i], hi = all[i + 1];
            if (hi - lo < 1e-14) {
                continue;
            }
            double half = 0.5 * (hi - lo);
            for (int j = 0; j < rule.size(); j++) {
                at[m] = lo + half * (rule.node(j) + 1);
                wt[m++] = half * rule.weight(j);
            }
        }
        return new double[][] {Arrays.copyOf(at, m), Arrays.copyOf(wt, m)};
    }
}
