package org.dequantlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Posterior;
import org.dequantlab.method.Problem;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.sampling.RejectionSampler;
import org.junit.jupiter.api.Test;

/** The numbers the window shows keep the promises their labels make (docs/maths.md §2.1, §1.4, §1.7). */
class HonestNumbersTest {

    @Test
    void iwaeStaysBetweenTheElboAndTheLogLikelihoodOnRandomParameterSets() {
        SplittableRandom r = new SplittableRandom(12);
        MetricsCalculator calc = new MetricsCalculator(2);
        for (int n = 0; n < 200; n++) {
            DequantMethod m = n % 2 == 0 ? Methods.CATNF : Methods.TRUFL;
            double[] p = {0.2 + 0.6 * r.nextDouble(), 0};
            p[1] = 1 - p[0];
            double[] mu = {2 * r.nextDouble() - 1, 2 * r.nextDouble() - 1};
            double[] s = {0.3 + r.nextDouble(), 0.3 + r.nextDouble()};
            double[] a = {0.3 * r.nextDouble(), 0.3 * r.nextDouble()};
            double[] b = {0.6 + 0.4 * r.nextDouble() - 1e-3, 0.6 + 0.4 * r.nextDouble() - 1e-3};
            Encoder1D e = LogisticMethod.natural(m, p, mu, s, a, b);
            Metrics x = calc.compute(e, LossWeights.of(10, 1));
            assertTrue(x.elbo() <= x.iwae() + 1e-12 && x.iwae() <= x.logLikelihood() + 1e-12,
                    "ELBO ≤ IWAE ≤ log p(x): " + x.elbo() + " " + x.iwae() + " " + x.logLikelihood());
            assertTrue(x.iwaeStandardError() >= 0);
            for (int c = 0; c < 2; c++) {
                double elbo = -(x.reconPerCategory()[c] + x.klPerCategory()[c]);
                double[] est = calc.iwaeEstimate(e, c, elbo, x.logLikelihoodPerCategory()[c]);
                // the clipping only removes noise: the raw mean is within a few standard errors of the interval
                double gap = Math.max(0, Math.max(elbo - est[0], est[0] - x.logLikelihoodPerCategory()[c]));
                assertTrue(gap <= 5 * est[1] + 1e-9, "raw IWAE " + est[0] + " ± " + est[1] + " vs [" + elbo + ", "
                        + x.logLikelihoodPerCategory()[c] + "]");
            }
        }
    }

    @Test
    void decodeAccuracyFollowsTheDecodersTieRuleForEveryMethod() {
        // identical components and equal p̃: every z ties, the decoder gives it to x = 0, so accuracy is p̃(0)
        double[] p = {0.5, 0.5};
        MetricsCalculator calc = new MetricsCalculator(2);
        for (DequantMethod m : new DequantMethod[] {Methods.CATNF, Methods.TRUFL}) {
            Encoder1D e = LogisticMethod.natural(m, p, new double[] {0.2, 0.2}, new double[] {1, 1},
                    new double[] {0.1, 0.1}, new double[] {0.9, 0.9});
            assertEquals(0, Posterior.decode(e, 0.3), "ties go to the lowest index");
            assertEquals(0.5, calc.decodeAccuracy(e), 1e-9, m.id());
        }
    }

    @Test
    void sampledCategoriesFollowTheModelAndTheDecodedOnesAreTheirOwnThing() {
        // overlapping CatNF: p̃ = (0.7, 0.3), μ = ∓0.5, s = 1
        double[] p = {0.7, 0.3};
        Encoder1D e = LogisticMethod.natural(Methods.CATNF, p, new double[] {-0.5, 0.5}, new double[] {1, 1}, null,
                null);
        double[] model = new MetricsCalculator(2).modelMarginal(e);
        assertEquals(0.687, model[0], 5e-4);
        RejectionSampler s = new RejectionSampler(e, 4);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            s.next();
        }
        double sd = Math.sqrt(model[0] * model[1] / n);
        assertEquals(model[0], s.modelDistribution()[0], 5 * sd, "x ~ p(x|z) estimates the model's p(x)");
        assertEquals(0.926, s.decodedDistribution()[0], 0.005, "argmax decoding favours the larger component");
    }

    @Test
    void theOptimumLineIsTheSmallerWeightTimesTheEntropy() {
        ExperimentConfig oneToTen = ExperimentConfig.defaults().withWeights(1, 10);
        assertEquals(Math.log(2), oneToTen.optimalLoss(), 1e-15, "at 1 : 10 collapse reaches λ_rec·H = log 2");
        assertEquals(Math.log(2), ExperimentConfig.defaults().optimalLoss(), 1e-15);
        Problem skew = Problem.of(0.8, 0.2);
        assertEquals(Math.log(2), Methods.ARGMAX.ownOptimum(skew, LossWeights.of(10, 1)).getAsDouble(), 1e-15,
                "Argmax's fixed halves: λ_KL·[H + KL(p̃‖π)] = log 2 for any p̃");
        assertTrue(Methods.CATNF.ownOptimum(skew, LossWeights.of(10, 1)).isEmpty());
    }
}
