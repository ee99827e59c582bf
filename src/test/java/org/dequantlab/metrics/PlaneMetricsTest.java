package org.dequantlab.metrics;

import static org.dequantlab.method.PlaneStates.plane;
import static org.dequantlab.method.PlaneStates.theta2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Problem;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.objective.LossWeights;
import org.junit.jupiter.api.Test;

/**
 * The 2-D metrics (docs/maths.md §7, "Metrics in 2-D") at states whose values are known: CatNF's
 * quadrants are two independent 1-D problems, Argmax's K = 3 leaves a quarter of the prior as ocean,
 * Voronoi's log p(x) is the prior mass of its cell, and IWAE stays an honest estimate.
 */
class PlaneMetricsTest {
    private static final LossWeights W = LossWeights.of(10, 1);

    @Test
    void decodeAccuracyFollowsTheDecodersTieRuleInThePlane() {
        // identical components and equal p̃: every node ties and exactly one category (the first) takes it, so
        // accuracy is p̃(0), neither 0 (nobody wins a tie) nor 1 (everybody does); TRUFL's truncated supports too
        double[][] mu = {{0.3, 0.3, 0.3, 0.3}, {-0.2, -0.2, -0.2, -0.2}}, s = {{1, 1, 1, 1}, {0.7, 0.7, 0.7, 0.7}};
        double[][] a = {{0.1, 0.1, 0.1, 0.1}, {0.2, 0.2, 0.2, 0.2}}, b = {{0.9, 0.9, 0.9, 0.9}, {0.7, 0.7, 0.7, 0.7}};
        for (DequantMethod m : new DequantMethod[] {Methods.CATNF, Methods.TRUFL}) {
            boolean truncated = m == Methods.TRUFL;
            Encoder e = m.encoder(plane(0.25, 0.25, 0.25, 0.25), theta2(m, mu, s, truncated ? a : null,
                    truncated ? b : null));
            assertEquals(0.25, new MetricsCalculator(4).compute(e, W).decodeAccuracy(), 1e-9, m.id());
        }
    }

    @Test
    void catnfQuadrantsAreTwoIndependentOneDimensionalProblems() {
        double m = 1.4997, s = 0.2928;
        Encoder plane = Methods.CATNF.encoder(plane(0.25, 0.25, 0.25, 0.25),
                theta2(Methods.CATNF, new double[][] {{-m, -m, m, m}, {-m, m, -m, m}}, new double[][] {{s, s, s, s},
                    {s, s, s, s}}, null, null));
        Encoder line = LogisticMethod.natural(Methods.CATNF, new double[] {0.5, 0.5}, new double[] {-m, m},
                new double[] {s, s}, null, null);
        Metrics two = new MetricsCalculator(4).compute(plane, W);
        Metrics one = new MetricsCalculator(2).compute(line, W);
        assertEquals(2 * one.loss(), two.loss(), 2e-4, "loss");
        assertEquals(2 * one.recon(), two.recon(), 2e-5, "Rec");
        assertEquals(2 * one.kl(), two.kl(), 1e-6, "KL");
        assertEquals(2 * one.mutualInformation(), two.mutualInformation(), 2e-5, "I");
        assertEquals(2 * one.marginalKl(), two.marginalKl(), 2e-5, "marginal KL");
        assertEquals(2 * one.logLikelihood(), two.logLikelihood(), 1e-4, "log p(x)");
        assertEquals(one.decodeAccuracy() * one.decodeAccuracy(), two.decodeAccuracy(), 1.5e-3,
                "decode accuracy (a tensor-grid quadrature of an indicator: about 1e-3)");
        assertEquals(0, two.oceanMass());
    }

    @Test
    void argmaxWithThreeCategoriesLeavesAQuarterOfThePriorAsOcean() {
        Problem p = plane(1 / 3.0, 1 / 3.0, 1 / 3.0);
        double[] theta = new double[12];
        for (int i = 0; i < 12; i += 2) {
            theta[i] = Math.log(2); // m = log 2, σ = 1: q is the prior conditioned on the quadrant (§7.2)
        }
        Metrics x = new MetricsCalculator(3).compute(Methods.ARGMAX.encoder(p, theta), W);
        assertEquals(Math.log(4), x.loss(), 1e-9);
        assertEquals(0.25, x.oceanMass(), 1e-15);
        assertEquals(Math.log(0.25), x.logLikelihood(), 1e-9, "each category holds a quarter of the prior");
        assertEquals(Math.log(0.25), x.iwae(), 1e-9, "every importance weight is p̃(x)·p(z)/q(z) = ¼");
        assertEquals(1, x.decodeAccuracy(), 1e-12);
        assertEquals(Math.log(4), x.ownOptimum(), 1e-12);
        assertEquals(Math.log(3), x.mutualInformation(), 1e-12, "I = H(p̃): decoding is exact");
        assertEquals(Math.log(4 / 3.0), x.marginalKl(), 1e-9, "q(z) is the prior renormalised to three quadrants");
    }

    @Test
    void truflBoxesThatTileTheSquareAreOptimal() {
        double lo = 1e-9, hi = 1 - 1e-9;
        Encoder e = Methods.TRUFL.encoder(plane(0.4, 0.3, 0.2, 0.1), theta2(Methods.TRUFL,
                new double[][] {{0, 0, 0, 0}, {0, 0, 0, 0}}, new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}},
                new double[][] {{lo, lo, 0.7, 0.7}, {lo, 4 / 7.0, lo, 2 / 3.0}},
                new double[][] {{0.7, 0.7, hi, hi}, {4 / 7.0, hi, 2 / 3.0, hi}}));
        // areas 0.7·4/7 = 0.4, 0.7·3/7 = 0.3, 0.3·2/3 = 0.2, 0.3·1/3 = 0.1: a guillotine tiling
        Metrics x = new MetricsCalculator(4).compute(e, W);
        double h = plane(0.4, 0.3, 0.2, 0.1).entropy();
        assertEquals(h, x.loss(), 1e-6);
        assertEquals(0, x.recon(), 1e-12);
        assertEquals(-h, x.logLikelihood(), 1e-6);
        assertEquals(1, x.decodeAccuracy(), 1e-9);
        assertEquals(0, x.oceanMass(), 1e-8);
    }

    @Test
    void voronoiLikelihoodIsThePriorMassOfTheCell() {
        Problem p = plane(0.4, 0.3, 0.2, 0.1);
        double[] theta = {0.3, 0.8, -0.9, 0.1, 0.5, -0.6, -0.2, -0.3};
        org.dequantlab.method.Encoder2D e = (org.dequantlab.method.Encoder2D) Methods.VORONOI.encoder(p, theta);
        Metrics x = new MetricsCalculator(4).compute(e, W);
        double want = 0;
        for (int c = 0; c < 4; c++) {
            double mass = e.support(c).priorMass(e.prior());
            want += p.probability(c) * Math.log(mass);
            assertEquals(-Math.log(mass), x.klPerCategory()[c], 1e-12, "KL_x = log(4/|cell|)");
            assertEquals(Math.log(mass), x.logLikelihoodPerCategory()[c], 1e-12, "the cell's prior mass " + c);
        }
        assertEquals(want, x.logLikelihood(), 1e-12);
        assertEquals(1, x.decodeAccuracy(), 1e-12);
    }

    @Test
    void iwaeStaysAnHonestEstimateBetweenTheElboAndTheLikelihood() {
        SplittableRandom r = new SplittableRandom(3);
        for (DequantMethod m : new DequantMethod[] {Methods.CATNF, Methods.TRUFL}) {
            for (int trial = 0; trial < 6; trial++) {
                Problem p = plane(0.4, 0.3, 0.2, 0.1);
                double[] theta = m.initialise(p, new SplittableRandom(trial));
                for (int i = 0; i < theta.length; i++) {
                    theta[i] += 0.6 * (r.nextDouble() - 0.5);
                }
                Metrics x = new MetricsCalculator(4).compute(m.encoder(p, theta), W);
                assertTrue(x.elbo() <= x.iwae() + 1e-12 && x.iwae() <= x.logLikelihood() + 1e-12,
                        m.id() + " " + x.elbo() + " " + x.iwae() + " " + x.logLikelihood());
                assertTrue(x.iwaeStandardError() > 0 && x.iwaeStandardError() < 0.2, m.id() + " se " + x.iwaeStandardError());
                assertTrue(x.elbo() <= x.logLikelihood() + 1e-3, m.id() + ": the ELBO is a lower bound");
            }
        }
    }
}
