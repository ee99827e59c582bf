package org.dequantlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dequantlab.math.Logistic;
import org.dequantlab.method.logistic.LogisticEncoder;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.objective.LossWeights;
import org.junit.jupiter.api.Test;

/** Metrics at points whose values are known from docs/maths.md §2, and identities checked by quadrature. */
class MetricsTest {
    private static final double LOG2 = Math.log(2);

    private static LogisticEncoder trufl(double[] mu, double[] s, double[] a, double[] b, double[] p) {
        return LogisticMethod.natural(Methods.TRUFL, p, mu, s, a, b);
    }

    @Test
    void truflHalvesAreTheOptimum() {
        // μ = 0, s = 1, supports (0, ½) and (½, 1): KL_x = log 2, Rec = 0, L* = λ_kl·log 2 (docs/maths.md §2.2)
        LogisticEncoder c = trufl(new double[] {0, 0}, new double[] {1, 1}, new double[] {1e-13, 0.5},
                new double[] {0.5, 1 - 1e-13}, new double[] {0.5, 0.5});
        Metrics m = new MetricsCalculator(2).compute(c, LossWeights.of(10, 1));
        assertEquals(LOG2, m.loss(), 1e-6);
        assertEquals(0, m.recon(), 1e-9);
        assertEquals(LOG2, m.klPerCategory()[0], 1e-6);
        assertEquals(-LOG2, m.elbo(), 1e-6);
        assertEquals(LOG2, m.mutualInformation(), 1e-6);
        assertEquals(0, m.marginalKl(), 1e-6);
        assertEquals(1, m.decodeAccuracy(), 1e-9);
        assertEquals(2e-13, m.oceanMass(), 1e-14);
        assertEquals(Math.log(0.5), m.logLikelihood(), 1e-6);
        assertEquals(Math.log(0.5), m.iwae(), 1e-6);
    }

    @Test
    void truflSkewedOptimumCutsAtTheQuantile() {
        double[] p = {0.8, 0.2};
        LogisticEncoder c = trufl(new double[] {0, 0}, new double[] {1, 1}, new double[] {1e-13, 0.8},
                new double[] {0.8, 1 - 1e-13}, p);
        Metrics m = new MetricsCalculator(2).compute(c, LossWeights.of(10, 1));
        double h = -(0.8 * Math.log(0.8) + 0.2 * Math.log(0.2));
        assertEquals(h, m.loss(), 1e-6);
        assertEquals(-Math.log(0.8), m.klPerCategory()[0], 1e-6);
        assertEquals(-Math.log(0.2), m.klPerCategory()[1], 1e-6);
    }

    @Test
    void catnfOptimumMatchesTheTable() {
        // docs/maths.md §2.3: K=2 uniform 10:1 at μ = ±1.4997, s = 0.2928
        LogisticEncoder c = LogisticMethod.natural(Methods.CATNF, new double[] {0.5, 0.5}, new double[] {1.4997, -1.4997},
                new double[] {0.2928, 0.2928}, null, null);
        Metrics m = new MetricsCalculator(2).compute(c, LossWeights.of(10, 1));
        assertEquals(1.3559, m.loss(), 1e-4);
        assertEquals(0.01827, m.recon(), 1e-4);
        assertEquals(1.1732, m.kl(), 1e-3);
        assertEquals(0.6749, m.mutualInformation(), 1e-3);
        assertEquals(0.4983, m.marginalKl(), 1e-3);
        assertEquals(Logistic.sigmoid(1.4997 / 0.2928), m.decodeAccuracy(), 1e-6);
        assertTrue(m.iwae() >= m.elbo() - 1e-9 && m.iwae() <= m.logLikelihood() + 1e-3,
                "ELBO ≤ IWAE ≤ log p(x): " + m.elbo() + " " + m.iwae() + " " + m.logLikelihood());
        assertEquals(0, m.oceanMass());
    }

    @Test
    void mutualInformationIdentityHoldsAgainstDirectQuadrature() {
        // I = Σ p̃ ∫ q(z|x)[log q(z|x) − log q(z)] dz, computed on a fine z grid, equals H(p̃) − Rec
        double[] p = {0.5, 0.3, 0.2};
        LogisticEncoder c = trufl(new double[] {0.3, -0.8, 1.1}, new double[] {0.9, 0.6, 1.3},
                new double[] {0.05, 0.2, 0.4}, new double[] {0.7, 0.95, 0.99}, p);
        Metrics m = new MetricsCalculator(3).compute(c, LossWeights.of(10, 1));
        double mi = 0;
        int n = 1_000_000;
        double lo = -30, hi = 30, h = (hi - lo) / n;
        for (int i = 0; i < n; i++) {
            double z = lo + (i + 0.5) * h;
            double qz = 0;
            double[] qx = new double[3];
            for (int x = 0; x < 3; x++) {
                qx[x] = Math.exp(c.logDensity(x, z));
                qz += p[x] * qx[x];
            }
            for (int x = 0; x < 3; x++) {
                if (qx[x] > 0) {
                    mi += p[x] * qx[x] * (Math.log(qx[x]) - Math.log(qz)) * h;
                }
            }
        }
        assertEquals(mi, m.mutualInformation(), 2e-4);
    }

    @Test
    void oceanMassIsThePriorMassOfTheGaps() {
        // supports (−∞… no: a > 0) of μ=0,s=1: I_x = (logit a, logit b) so the ocean is a + (a2 − b1) + (1 − b2)
        LogisticEncoder c = trufl(new double[] {0, 0}, new double[] {1, 1}, new double[] {0.01, 0.6},
                new double[] {0.5, 0.97}, new double[] {0.5, 0.5});
        assertEquals(0.01 + 0.1 + 0.03, MetricsCalculator.oceanMass(c), 1e-12);
        Metrics m = new MetricsCalculator(2).compute(c, LossWeights.of(10, 1));
        // without renormalisation the model's marginals sum to P(S) (docs/maths.md §1.7)
        double[] pm = new MetricsCalculator(2).modelMarginal(c);
        assertEquals(1 - m.oceanMass(), pm[0] + pm[1], 1e-9);
    }

    @Test
    void densityGridAggregateMatchesPriorAtTheTruflOptimum() {
        LogisticEncoder c = trufl(new double[] {0, 0}, new double[] {1, 1}, new double[] {1e-9, 0.5},
                new double[] {0.5, 1 - 1e-9}, new double[] {0.5, 0.5});
        DensityCurves d = new DensityGrid(2).evaluate(c);
        for (int i = 0; i < d.size(); i++) {
            if (Math.abs(d.z(i)) < 1e-9) {
                continue; // z = 0 is the shared end of two open intervals
            }
            assertEquals(d.prior(i), d.aggregate(i), 1e-7 * d.prior(i), "aggregate = prior at z=" + d.z(i));
            assertEquals(d.z(i) < 0 ? 0 : 1, d.decoded(i), "decoder picks the half containing z=" + d.z(i));
        }
        int mid = d.size() / 2 + 10;
        assertEquals(2 * d.prior(mid), d.component(1, mid), 1e-7);
        assertEquals(0, d.component(0, mid));
    }

    @Test
    void densityGridMatchesTheScalarDensitiesOfEveryCategory() {
        // distinct μ, s and supports per row, so a row mixed up with another one shows
        LogisticEncoder c = trufl(new double[] {-2.5, 0.4, 3.1}, new double[] {0.6, 1.7, 0.9},
                new double[] {0.05, 0.2, 0.3}, new double[] {0.8, 0.55, 0.99}, new double[] {0.2, 0.5, 0.3});
        DensityCurves d = new DensityGrid(3).evaluate(c);
        for (int x = 0; x < 3; x++) {
            for (int i = 0; i < d.size(); i++) {
                double z = d.z(i);
                double expected = c.contains(x, z) ? Math.exp(c.logDensity(x, z)) : 0;
                assertEquals(expected, d.component(x, i), 1e-12 * Math.max(1, expected), "q(z|" + x + ") at z=" + z);
            }
        }
        for (int i = 0; i < d.size(); i++) {
            assertEquals(c.decode(d.z(i)), d.decoded(i), "decoder at z=" + d.z(i));
        }
    }
}
