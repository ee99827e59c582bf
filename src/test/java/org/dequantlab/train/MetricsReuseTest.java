package org.dequantlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.metrics.MetricsCalculator;
import org.dequantlab.objective.LossWeights;
import org.junit.jupiter.api.Test;

/**
 * What the metrics keep between snapshots (the last metrics per method in {@link SnapshotFactory}, the
 * arrays and tables inside the calculators) never leaks into another snapshot: after the parameters or
 * the weights change, a reused factory or calculator gives bit for bit what a fresh one gives.
 */
class MetricsReuseTest {

    @Test
    void oneDimensionalMetricsAfterAParameterChangeAreAFreshCalculatorsOnes() {
        reusedEqualsFresh(Presets.BLOG.config(), 120);
    }

    @Test
    void planeMetricsAfterAParameterChangeAreAFreshCalculatorsOnes() {
        reusedEqualsFresh(Presets.QUADRANTS.config(), 60);
    }

    @Test
    void unchangedInputsHandOutTheSameMetricsAndChangedWeightsRecomputeThem() {
        ExperimentConfig config = Presets.BLOG.config();
        DequantMethod method = config.methods().get(0);
        double[] theta = trained(config, method, 50).get(1);
        SnapshotFactory factory = new SnapshotFactory(config.categories());
        Metrics first = factory.describe(method, theta, config, 0, false).metrics();
        assertSame(first, factory.describe(method, theta.clone(), config, 0, false).metrics(),
                "same method, problem, θ and weights: the kept metrics");
        ExperimentConfig heavier = config.withWeights(3, 2);
        Metrics reweighted = factory.describe(method, theta, heavier, 0, false).metrics();
        assertFalse(Arrays.equals(values(first), values(reweighted)), "other weights, another loss");
        assertArrayEquals(values(fresh(heavier, method, theta)), values(reweighted));
        assertArrayEquals(values(first), values(factory.describe(method, theta, config, 0, false).metrics()));
    }

    /**
     * Walks a reused factory and a reused calculator over states of every method of the preset, forwards
     * and back (so arrays sized for one state are reused for smaller and larger ones), each against a
     * fresh calculator.
     */
    private static void reusedEqualsFresh(ExperimentConfig config, int steps) {
        SnapshotFactory factory = new SnapshotFactory(config.categories());
        MetricsCalculator calculator = new MetricsCalculator(config.categories());
        LossWeights weights = LossWeights.at(config, 0);
        for (DequantMethod method : config.methods()) {
            List<double[]> states = trained(config, method, steps);
            List<double[]> walk = new ArrayList<>(states);
            for (int i = states.size() - 2; i >= 0; i--) {
                walk.add(states.get(i));
            }
            double[] previous = null;
            for (double[] theta : walk) {
                double[] expected = values(fresh(config, method, theta));
                if (previous != null) {
                    assertFalse(Arrays.equals(previous, expected), method.id() + ": the states differ");
                }
                assertArrayEquals(expected, values(factory.describe(method, theta, config, 0, false).metrics()),
                        method.id() + " through a reused factory");
                assertArrayEquals(expected,
                        values(calculator.compute(method.encoder(config.problem(), theta.clone()), weights)),
                        method.id() + " through a reused calculator");
                previous = expected;
            }
        }
    }

    /** θ at the start and after every third of {@code steps} training steps. */
    private static List<double[]> trained(ExperimentConfig config, DequantMethod method, int steps) {
        MethodRun run = new MethodRun(method, config);
        List<double[]> states = new ArrayList<>();
        states.add(run.theta().clone());
        for (int s = 1; s <= steps; s++) {
            run.step(config, s - 1, false);
            if (s % (steps / 3) == 0) {
                states.add(run.theta().clone());
            }
        }
        return states;
    }

    private static Metrics fresh(ExperimentConfig config, DequantMethod method, double[] theta) {
        return new MetricsCalculator(config.categories()).compute(method.encoder(config.problem(), theta.clone()),
                LossWeights.at(config, 0));
    }

    /** Every number of the metrics, in a fixed order (compared bit for bit by assertArrayEquals). */
    private static double[] values(Metrics m) {
        double[] scalars = {m.loss(), m.recon(), m.kl(), m.elbo(), m.logLikelihood(), m.iwae(),
            m.iwaeStandardError(), m.mutualInformation(), m.marginalKl(), m.decodeAccuracy(), m.oceanMass(),
            m.ownOptimum()};
        double[][] parts = {scalars, m.klPerCategory(), m.reconPerCategory(), m.logLikelihoodPerCategory()};
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }
}
