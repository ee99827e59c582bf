package org.dequantlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dequantlab.math.Logistic;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.method.logistic.LogisticEncoder;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;
import org.junit.jupiter.api.Test;

/**
 * Numbers stated in {@code docs/maths.md} that no other test pins, evaluated with the engine at the
 * points the document names. If one fails, either the engine or the document is wrong.
 */
class MathsDocumentNumbersTest {
    private static final double[] UNIFORM2 = {0.5, 0.5};
    private static final double TINY = 1e-13;

    private static LogisticEncoder catnf(double[] mu, double[] s, double[] p) {
        return LogisticMethod.natural(Methods.CATNF, p, mu, s, null, null);
    }

    /** The objective of the metrics' accuracy (48 nodes per piece). */
    private static org.dequantlab.method.Objective metricsObjective(DequantMethod m, LogisticEncoder c) {
        return m.objective(c.problem(), DequantMethod.METRICS_NODES);
    }

    /** x₀ on (0, b), x₁ on (½, 1), μ = 0, s = 1, uniform p̃: the setting of §1.6 item 6. */
    private static double kinkLoss(double b) {
        LogisticEncoder c = LogisticMethod.natural(Methods.TRUFL, UNIFORM2, new double[] {0, 0}, new double[] {1, 1},
                new double[] {TINY, 0.5}, new double[] {b, 1 - TINY});
        return metricsObjective(Methods.TRUFL, c).exact(c, LossWeights.of(10, 1), null, new ObjectiveValue()).loss();
    }

    @Test
    void kinkAtTheOptimumHasOneSidedSlopesMinusOneAndTwelvePointEightSix() {
        // §1.6 item 6: −λ_kl on the gap side, 2·λ_rec·log 2 − λ_kl on the overlap side
        double h = 1e-6;
        double left = (kinkLoss(0.5) - kinkLoss(0.5 - h)) / h;
        double right = (kinkLoss(0.5 + h) - kinkLoss(0.5)) / h;
        assertEquals(-1.0, left, 1e-4);
        assertEquals(20 * Math.log(2) - 1, right, 1e-3);
        assertEquals(12.863, right, 1e-3);
    }

    @Test
    void truflKlEqualsMinusLogWidthWhenTheBaseIsThePrior() {
        // §1.3: μ = 0, s = 1 gives KL_x = −log(b − a); §6: the initial α = −2, β = 2 gives 0.2539
        double a = Logistic.sigmoid(-2), b = a + (1 - a) * Logistic.sigmoid(2);
        LogisticEncoder c = LogisticMethod.natural(Methods.TRUFL, UNIFORM2, new double[] {0, 0}, new double[] {1, 1},
                new double[] {a, 0.3}, new double[] {b, 0.35});
        ObjectiveValue v = metricsObjective(Methods.TRUFL, c).exact(c, LossWeights.of(10, 1), null,
                new ObjectiveValue());
        assertEquals(0.2539, v.klPerCategory(0), 1e-4);
        assertEquals(-Math.log(b - a), v.klPerCategory(0), 1e-9);
        assertEquals(-Math.log(0.05), v.klPerCategory(1), 1e-9);
    }

    @Test
    void catnfTableRowsForSkewedThreeAndFourCategories() {
        // §2.3: loss, Rec, KL, I, marginal KL, decode accuracy at the tabulated optima
        check(catnf(new double[] {-0.55145, 3.42804}, new double[] {0.49848, 0.24303}, new double[] {0.8, 0.2}),
                0.9936, 0.01465, 0.8471, 0.4858, 0.3614, 0.9956);
        check(catnf(new double[] {-1.95902, 0, 1.95902}, new double[] {0.23181, 0.12747, 0.23181},
                new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}), 1.8048, 0.01822, 1.6226, 1.0804, 0.5422, 0.9946);
        check(catnf(new double[] {-2.26277, -0.54963, 0.54963, 2.26277}, new double[] {0.21292, 0.0965, 0.0965, 0.21292},
                new double[] {0.25, 0.25, 0.25, 0.25}), 2.0940, 0.01806, 1.9134, 1.3682, 0.5452, 0.9947);
    }

    private static void check(LogisticEncoder c, double loss, double rec, double kl, double mi, double marginalKl,
            double accuracy) {
        Metrics m = new MetricsCalculator(c.size()).compute(c, LossWeights.of(10, 1));
        assertEquals(loss, m.loss(), 1e-4, "loss");
        assertEquals(rec, m.recon(), 1e-4, "Rec");
        assertEquals(kl, m.kl(), 1e-4, "KL");
        assertEquals(mi, m.mutualInformation(), 1e-4, "I");
        assertEquals(marginalKl, m.marginalKl(), 1e-4, "marginal KL");
        assertEquals(accuracy, m.decodeAccuracy(), 1e-4, "decode accuracy");
    }

    @Test
    void boundedScaleOptimumCostsMoreThanTheFreeOne() {
        // §2.4: s = e^{−1}, μ = ±1.76 gives L = 1.3885
        Metrics m = new MetricsCalculator(2).compute(
                catnf(new double[] {-1.75995, 1.75995}, new double[] {Math.exp(-1), Math.exp(-1)}, UNIFORM2),
                LossWeights.of(10, 1));
        assertEquals(1.3885, m.loss(), 1e-4);
        assertEquals(0.02539, m.recon(), 1e-5);
    }

    @Test
    void modelMarginalDiffersFromDecodedFrequencyWhenComponentsOverlap() {
        // §5: CatNF, p̃ = (0.7, 0.3), μ = (−0.5, 0.5), s = 1
        LogisticEncoder c = catnf(new double[] {-0.5, 0.5}, new double[] {1, 1}, new double[] {0.7, 0.3});
        double[] pm = new MetricsCalculator(2).modelMarginal(c);
        assertEquals(0.6872, pm[0], 1e-4);
        assertEquals(0.3128, pm[1], 1e-4);
        // decoded frequency of x = 0: prior mass (midpoint rule in v = σ(z)) where the decoder returns 0
        int n = 200_000;
        double decoded0 = 0;
        for (int i = 0; i < n; i++) {
            if (c.decode(Logistic.logit((i + 0.5) / n)) == 0) {
                decoded0 += 1.0 / n;
            }
        }
        assertEquals(0.9260, decoded0, 1e-4);
    }
}
