package org.dequantlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.model.Estimator;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.model.Parameters;
import org.junit.jupiter.api.Test;

/** Training reaches the known optima of docs/maths.md §2 (and the naive estimator does not). */
class ConvergenceTest {

    private static MethodSnapshot train(ExperimentConfig config, DequantMethod method, long steps) {
        TrainingSession s = new TrainingSession(config.withMethods(List.of(method)));
        s.run(steps);
        return s.snapshot(false, TrainerStatus.PAUSED, null, 0).methods().get(0);
    }

    @Test
    void truflExactCutsTheBlogPriorIntoHalves() {
        ExperimentConfig blog = ExperimentConfig.defaults();
        Metrics m = train(blog, Methods.TRUFL, 10_000).metrics();
        assertEquals(Math.log(2), blog.optimalLoss(), 1e-15);
        assertTrue(m.loss() <= 1.01 * blog.optimalLoss(), "loss " + m.loss() + " within 1% of log 2");
        assertTrue(m.recon() < 1e-3, "Rec " + m.recon());
        assertTrue(m.decodeAccuracy() > 0.999, "decode accuracy " + m.decodeAccuracy());
    }

    @Test
    void truflExactReachesTheOptimumOnThreeCategories() {
        ExperimentConfig three = ExperimentConfig.defaults().withCategories(3, null);
        Metrics m = train(three, Methods.TRUFL, 10_000).metrics();
        assertTrue(m.loss() <= 1.02 * three.optimalLoss(), "loss " + m.loss() + " vs " + three.optimalLoss());
    }

    @Test
    void truflExactReachesTheOptimumOnSkewedData() {
        ExperimentConfig skewed = ExperimentConfig.defaults().withCategories(2, new double[] {0.8, 0.2});
        MethodSnapshot s = train(skewed, Methods.TRUFL, 10_000);
        assertTrue(s.metrics().loss() <= 1.02 * skewed.optimalLoss(),
                "loss " + s.metrics().loss() + " vs " + skewed.optimalLoss());
        // the cut sits at the prior's 0.8 quantile, z = logit 0.8 = 1.386 (docs/maths.md §2.2), seen from either side
        Parameters p = s.parameters();
        int minor = 1;
        double cut = p.supportLow(minor) > p.supportLow(0) ? p.supportLow(minor) : p.supportHigh(minor);
        assertEquals(Math.log(0.8 / 0.2), Math.abs(cut), 0.15);
    }

    @Test
    void pathwiseMonteCarloDoesNotLearnTheCuts() {
        ExperimentConfig blog = ExperimentConfig.defaults().withEstimator(Estimator.MC);
        Metrics m = train(blog, Methods.TRUFL, 10_000).metrics();
        assertTrue(m.loss() > 1.2, "naive MC TRUFL should stall above 1.2, reached " + m.loss());
    }

    @Test
    void catnfReachesItsTenToOneOptimum() {
        MethodSnapshot s = train(ExperimentConfig.defaults(), Methods.CATNF, 10_000);
        assertEquals(1.35586, s.metrics().loss(), 0.005 * 1.35586);
        Parameters p = s.parameters();
        assertEquals(1.4997, Math.abs(p.mu(0)), 0.01);
        assertEquals(-p.mu(0), p.mu(1), 0.01);
        assertEquals(0.2928, p.scale(0), 0.005);
        assertEquals(0.2928, p.scale(1), 0.005);
    }

    @Test
    void catnfCollapsesToThePriorAtOneToOne() {
        MethodSnapshot s = train(ExperimentConfig.defaults().withWeights(1, 1), Methods.CATNF, 10_000);
        Parameters p = s.parameters();
        for (int x = 0; x < 2; x++) {
            assertEquals(0, p.mu(x), 0.05);
            assertEquals(1, p.scale(x), 0.05);
        }
        assertTrue(s.metrics().kl() < 1e-3, "KL " + s.metrics().kl());
        assertEquals(Math.log(2), s.metrics().loss(), 1e-3);
    }

    @Test
    void sameConfigurationAndSeedGiveABitIdenticalTrajectory() {
        ExperimentConfig c = ExperimentConfig.defaults().withEstimator(Estimator.MC).withSamples(64);
        TrainingSession a = new TrainingSession(c), b = new TrainingSession(c);
        a.run(500);
        b.run(500);
        for (int i = 0; i < 2; i++) {
            assertTrue(java.util.Arrays.equals(a.runs().get(i).theta(), b.runs().get(i).theta()));
        }
        TrainingSession other = new TrainingSession(c.withSeed(c.seed() + 1));
        other.run(500);
        assertTrue(!java.util.Arrays.equals(a.runs().get(1).theta(), other.runs().get(1).theta()));
    }
}
