package org.dequantlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Estimator;
import org.dequantlab.method.Methods;
import org.dequantlab.objective.LossWeights;
import org.junit.jupiter.api.Test;

class ReplayAndRegularisersTest {

    @Test
    void replayOfRecordedChangesIsBitIdentical() {
        ExperimentConfig c = ExperimentConfig.defaults().withEstimator(Estimator.MC).withSamples(32);
        TrainingSession live = new TrainingSession(c);
        live.run(37);
        live.applyHot(live.config().withWeights(4, 1));
        live.run(50);
        live.applyHot(live.config().withEstimator(Estimator.EXACT).withLearningRate(0.03));
        live.run(13);
        TrainingSession again = TrainingSession.replay(c, live.history().changes(), live.stepCount());
        assertEquals(live.stepCount(), again.stepCount());
        assertEquals(live.config(), again.config());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(live.runs().get(i).theta(), again.runs().get(i).theta());
        }
    }

    @Test
    void klAnnealingRampsTheKlWeightLinearly() {
        ExperimentConfig c = ExperimentConfig.defaults().withRegularisers(1000, 0);
        assertEquals(0, LossWeights.at(c, 0).lambdaKl());
        assertEquals(0.25, LossWeights.at(c, 250).lambdaKl(), 1e-15);
        assertEquals(1, LossWeights.at(c, 1000).lambdaKl());
        assertEquals(1, LossWeights.at(c, 5000).lambdaKl());
        assertEquals(1, LossWeights.at(ExperimentConfig.defaults(), 0).lambdaKl());
    }

    @Test
    void freeBitsKeepEveryCategoryKlAboveTheFloor() {
        // at 1:1 CatNF collapses (KL → 0); a floor of 0.5 nat per category makes KL below it free
        ExperimentConfig c = ExperimentConfig.defaults().withWeights(1, 1).withMethods(List.of(Methods.CATNF));
        TrainingSession plain = new TrainingSession(c), floored = new TrainingSession(c.withRegularisers(0, 0.5));
        plain.run(3000);
        floored.run(3000);
        double klPlain = plain.snapshot(false, TrainerStatus.PAUSED, null, 0).methods().get(0).metrics().kl();
        var m = floored.snapshot(false, TrainerStatus.PAUSED, null, 0).methods().get(0).metrics();
        assertTrue(klPlain < 0.01, "without free bits CatNF collapses: KL " + klPlain);
        assertTrue(m.kl() > 0.2, "with a 0.5-nat floor KL stays up: " + m.kl());
        assertTrue(m.mutualInformation() > 0.1, "and information is kept: I = " + m.mutualInformation());
    }
}
