package org.dequantlab.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Estimator;
import org.dequantlab.method.Methods;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extreme but valid configurations train without producing non-finite numbers. */
class RobustnessTest {

    @ParameterizedTest(name = "{0} {1} K={2} λ={3}:{4} lr={5}")
    @CsvSource({
        "catnf, exact, 8, 10, 1, 0.01",  // regression: a split point within 1e-16 of u0 = 1 gave log(0)
        "trufl, exact, 8, 10, 1, 0.01",
        "catnf, mc, 8, 10, 1, 0.01",
        "trufl, mc, 8, 10, 1, 0.01",
        "trufl, exact, 2, 1000, 0, 1",
        "catnf, exact, 3, 0, 1000, 1",
        "trufl, exact, 5, 1000, 1000, 0.5",
        "trufl, mc, 4, 1, 1000, 1"
    })
    void trainsWithoutNonFiniteValues(String method, String estimator, int k, double rec, double kl, double lr) {
        ExperimentConfig c = ExperimentConfig.defaults().withCategories(k, null).withWeights(rec, kl)
                .withLearningRate(lr).withEstimator(Estimator.parse(estimator)).withSamples(64)
                .withMethods(List.of(Methods.parse(method)));
        TrainingSession s = new TrainingSession(c);
        assertDoesNotThrow(() -> s.run(400));
        var snap = s.snapshot(true, TrainerStatus.PAUSED, null, 0);
        assertTrue(snap.methods().get(0).metrics().finite(), "metrics finite: " + snap.methods().get(0).metrics());
    }
}
