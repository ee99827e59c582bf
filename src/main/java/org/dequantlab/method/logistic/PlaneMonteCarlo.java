package org.dequantlab.method.logistic;

import static org.dequantlab.math.Logistic.dLogPdf;
import static org.dequantlab.math.Logistic.logPdf;

import java.util.SplittableRandom;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * The pathwise Monte Carlo estimate of the 2-D logistic objective ({@link LogisticObjective2D}): N
 * points u₀ ∈ (0,1)² per category (each coordinate clamped to [10⁻⁶, 1 − 10⁻⁶]), weight 1/N, and per
 * point the reparameterisation gradient, the 1-D node of Appendix B on each axis with ∂r/∂z_d summed
 * over the other components present. No boundary terms: for TRUFL this is the estimator that misses
 * the moving edges (docs/maths.md §1.6, §7.1); for CatNF it is unbiased. Not thread-safe.
 */
final class PlaneMonteCarlo {
    private final LogisticObjective2D objective;
    private final int k;
    private final boolean truncated;
    private final double[] ell;
    private final double[][] t = new double[2][];
    private final double[] z = new double[2], u = new double[2], omu = new double[2], tOwn = new double[2],
            own = new double[2], rz = new double[2];

    PlaneMonteCarlo(LogisticObjective2D objective, int k, boolean truncated) {
        this.objective = objective;
        this.k = k;
        this.truncated = truncated;
        ell = new double[k];
        t[0] = new double[k];
        t[1] = new double[k];
    }

    /** Category x's N draws into {@code out} and, with {@code grad}, its gradient (KL part into {@code klg}). */
    void category(LogisticEncoder2D e, LossWeights weights, int x, int samples, SplittableRandom random, boolean grad,
            ObjectiveValue out, double[][] klg) {
        double wt = 1.0 / samples;
        for (int n = 0; n < samples; n++) {
            double u1 = clamp(random.nextDouble()), u2 = clamp(random.nextDouble());
            point(e, weights, x, u1, u2, wt, grad, out, klg);
        }
    }

    private static double clamp(double v) {
        return Math.min(Math.max(v, LogisticObjective.MC_CLAMP), 1 - LogisticObjective.MC_CLAMP);
    }

    private void point(LogisticEncoder2D e, LossWeights weights, int x, double u1, double u2, double wt, boolean grad,
            ObjectiveValue out, double[][] klg) {
        double kl = 0;
        for (int d = 0; d < 2; d++) {
            LogisticEncoder c = e.axes[d];
            double v = d == 0 ? u1 : u2;
            u[d] = c.lower(x) + c.width(x) * v;
            omu[d] = c.oneMinusUpper(x) + c.width(x) * (1 - v);
            double logU = Math.log(u[d]), logOmu = Math.log(omu[d]);
            tOwn[d] = logU - logOmu;
            z[d] = c.mu(x) + c.scale(x) * tOwn[d];
            own[d] = logU + logOmu - c.logScale(x) - c.logWidth(x);
            kl += own[d] - logPdf(z[d]);
        }
        double lx = own[0] + own[1] + e.axes[0].logProbability(x);
        double max = lx;
        for (int j = 0; j < k; j++) {
            if (j == x) {
                ell[j] = lx;
                continue;
            }
            double l = e.axes[0].logProbability(j);
            for (int d = 0; d < 2 && l != Double.NEGATIVE_INFINITY; d++) {
                LogisticEncoder c = e.axes[d];
                double tt = c.standardised(j, z[d]);
                t[d][j] = tt;
                l = tt > c.logitLower(j) && tt < c.logitUpper(j) ? l + logPdf(tt) - c.logScale(j) - c.logWidth(j)
                        : Double.NEGATIVE_INFINITY;
            }
            ell[j] = l;
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
            if (ell[j] != Double.NEGATIVE_INFINITY) {
                sum += Math.exp(ell[j] - max);
            }
        }
        double lse = max + Math.log(sum);
        out.addNode(x, wt * (lse - lx), wt * kl);
        if (!grad) {
            return;
        }
        double recScale = wt * weights.lambdaRec() * e.axes[0].probability(x);
        double[][][] g = objective.path;
        rz[0] = rz[1] = 0;
        for (int j = 0; j < k; j++) {
            if (j == x || ell[j] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double pj = Math.exp(ell[j] - lse), coef = recScale * pj;
            for (int d = 0; d < 2; d++) {
                LogisticEncoder c = e.axes[d];
                double sj = c.scale(j), hj = dLogPdf(t[d][j]);
                rz[d] += pj * hj / sj;
                g[d][LogisticObjective2D.MU][j] += coef * (-hj / sj);
                g[d][LogisticObjective2D.S][j] += coef * (-hj * t[d][j] / sj - 1.0 / sj);
                if (truncated) {
                    g[d][LogisticObjective2D.A][j] += coef / c.width(j);
                    g[d][LogisticObjective2D.B][j] -= coef / c.width(j);
                }
            }
        }
        double dOwn = Math.exp(lx - lse) - 1.0;
        for (int d = 0; d < 2; d++) {
            LogisticEncoder c = e.axes[d];
            double v = d == 0 ? u1 : u2, om = 1 - v, s = c.scale(x), w = c.width(x);
            double uom = u[d] * omu[d];
            double dzDa = s * om / uom, dzDb = s * v / uom;
            double dlDu = (omu[d] - u[d]) / uom;
            double dlDa = dlDu * om + 1.0 / w, dlDb = dlDu * v - 1.0 / w;
            g[d][LogisticObjective2D.MU][x] += recScale * rz[d];
            g[d][LogisticObjective2D.S][x] += recScale * (rz[d] * tOwn[d] - dOwn / s);
            if (truncated) {
                g[d][LogisticObjective2D.A][x] += recScale * (rz[d] * dzDa + dOwn * dlDa);
                g[d][LogisticObjective2D.B][x] += recScale * (rz[d] * dzDb + dOwn * dlDb);
            }
            double hz = dLogPdf(z[d]);
            klg[d][0] += wt * (-hz);
            klg[d][1] += wt * (-hz * tOwn[d] - 1.0 / s);
            klg[d][2] += wt * (-hz * dzDa + dlDa);
            klg[d][3] += wt * (-hz * dzDb + dlDb);
        }
    }
}
