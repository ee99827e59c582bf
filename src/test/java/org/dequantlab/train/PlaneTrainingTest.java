package org.dequantlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.model.Estimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, snapshots, files and replay on a 2-D latent. */
class PlaneTrainingTest {
    @TempDir
    Path dir;

    @Test
    void aTwoDimensionalRunSavedAndReplayedIsBitIdentical() throws IOException {
        ExperimentConfig c = Presets.QUADRANTS.config().withEstimator(Estimator.MC).withSamples(32);
        TrainingSession live = new TrainingSession(c);
        live.run(60);
        live.applyHot(live.config().withWeights(5, 1).withEstimator(Estimator.EXACT));
        live.run(40);
        live.recordNow();
        Path file = dir.resolve("plane.json");
        ExperimentFile.write(file, new ExperimentFile.Experiment(c, live.history().changes(), live.stepCount(),
                live.history().records()), true);
        ExperimentFile.Experiment back = ExperimentFile.read(file);
        assertEquals(c, back.config());
        assertEquals(2, back.config().latentDim());
        TrainingSession replay = TrainingSession.replay(back.config(), back.changes(), back.steps());
        for (int i = 0; i < c.methods().size(); i++) {
            assertArrayEquals(live.runs().get(i).theta(), replay.runs().get(i).theta(), c.methods().get(i).id());
        }
        HistoryRecord last = back.history().get(back.history().size() - 1);
        assertEquals(100, last.step());
        assertArrayEquals(live.runs().get(1).theta(), last.points().get(1).theta());
    }

    @Test
    void snapshotsOfAPlaneCarryFieldsAndNoCurves() {
        TrainingSession s = new TrainingSession(Presets.THREE_IN_THE_PLANE.config());
        s.run(5);
        Snapshot drawn = s.snapshot(true, TrainerStatus.PAUSED, null, 1);
        for (MethodSnapshot m : drawn.methods()) {
            assertNull(m.curves(), m.method().id());
            assertNotNull(m.fields(), m.method().id());
            assertTrue(m.drawable());
            assertTrue(m.encoder() instanceof Encoder2D);
            assertTrue(m.metrics().finite(), m.method().id());
        }
        assertEquals(0.25, drawn.method(org.dequantlab.method.Methods.ARGMAX).metrics().oceanMass(), 1e-12);
        Snapshot headless = s.snapshot(false, TrainerStatus.PAUSED, null, 2);
        assertNull(headless.methods().get(0).fields());
        assertTrue(!headless.methods().get(0).drawable());
    }

    @Test
    void theTrainerPublishesPlaneSnapshots() throws InterruptedException {
        Trainer t = new Trainer(Presets.PLANE_SKEWED.config().withSteps(20), true);
        try {
            t.play();
            Snapshot s = t.awaitIdle(60, java.util.concurrent.TimeUnit.SECONDS);
            assertNotNull(s, "finished");
            assertEquals(TrainerStatus.FINISHED, s.status());
            assertEquals(20, s.step());
            assertNotNull(s.methods().get(0).fields());
        } finally {
            t.close();
        }
    }
}
