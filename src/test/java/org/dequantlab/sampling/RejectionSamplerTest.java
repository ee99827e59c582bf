package org.dequantlab.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dequantlab.metrics.MetricsCalculator;
import org.dequantlab.method.logistic.LogisticEncoder;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.method.Methods;
import org.junit.jupiter.api.Test;

class RejectionSamplerTest {

    private static LogisticEncoder islands() {
        // μ = 0, s = 1: supports (logit .05, logit .4) and (logit .55, logit .9); ocean = .05 + .15 + .1 = .3
        return LogisticMethod.natural(Methods.TRUFL, new double[] {0.5, 0.5}, new double[] {0, 0}, new double[] {1, 1},
                new double[] {0.05, 0.55}, new double[] {0.4, 0.9});
    }

    @Test
    void acceptanceRateConvergesToOneMinusOceanMass() {
        LogisticEncoder c = islands();
        RejectionSampler s = new RejectionSampler(c, 1);
        for (int i = 0; i < 200_000; i++) {
            LatentSample p = s.next();
            assertEquals(p.accepted(), c.decode(p.z()) >= 0);
            if (!p.accepted()) {
                for (int x = 0; x < 2; x++) {
                    assertFalse(c.contains(x, p.z()), "a rejected point lies in no support");
                }
            }
        }
        double ocean = MetricsCalculator.oceanMass(c);
        assertEquals(0.3, ocean, 1e-12);
        // binomial sd at n = 2e5 is 0.001; allow 5 sd
        assertEquals(1 - ocean, s.acceptanceRate(), 0.005);
        // p(x) from accepted samples = p_model(x) / P(S) (renormalised prior)
        double[] pm = new MetricsCalculator(2).modelMarginal(c);
        double[] est = s.modelDistribution();
        for (int x = 0; x < 2; x++) {
            assertEquals(pm[x] / (1 - ocean), est[x], 0.006);
        }
    }

    @Test
    void catnfRejectsNothing() {
        LogisticEncoder c = LogisticMethod.natural(Methods.CATNF, new double[] {0.5, 0.5}, new double[] {-1, 1},
                new double[] {0.5, 0.5}, null, null);
        RejectionSampler s = new RejectionSampler(c, 2);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(s.next().accepted());
        }
        assertEquals(1.0, s.acceptanceRate());
    }

    @Test
    void sameSeedSameSamples() {
        RejectionSampler a = new RejectionSampler(islands(), 9), b = new RejectionSampler(islands(), 9);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.next(), b.next());
        }
    }
}
