package org.dequantlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Estimator;
import org.junit.jupiter.api.Test;

/** The threaded trainer: commands, determinism, failures, and safety under concurrent use. */
class TrainerTest {
    private static final ExperimentConfig SMALL = ExperimentConfig.defaults().withSteps(1_000_000);

    private static Snapshot idle(Trainer t) throws InterruptedException {
        Snapshot s = t.awaitIdle(60, TimeUnit.SECONDS);
        assertNotNull(s, "trainer did not become idle");
        return s;
    }

    @Test
    void stepRunsExactlyTheRequestedStepsAndMatchesAHeadlessSession() throws Exception {
        try (Trainer t = new Trainer(SMALL, false)) {
            t.step(1);
            assertEquals(1, idle(t).step());
            t.step(99);
            Snapshot s = idle(t);
            assertEquals(100, s.step());
            assertEquals(TrainerStatus.PAUSED, s.status());
            TrainingSession reference = new TrainingSession(SMALL);
            reference.run(100);
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(reference.runs().get(i).theta(), s.methods().get(i).theta());
            }
        }
    }

    @Test
    void resetReturnsToTheSameInitialPictureAndReseedChangesIt() throws Exception {
        try (Trainer t = new Trainer(SMALL, false)) {
            Snapshot initial = idle(t);
            t.step(50);
            idle(t);
            t.reset();
            Snapshot again = idle(t);
            assertEquals(0, again.step());
            assertArrayEquals(initial.methods().get(0).theta(), again.methods().get(0).theta());
            t.reseed(7);
            Snapshot other = idle(t);
            assertEquals(7, other.config().seed());
            assertFalse(java.util.Arrays.equals(initial.methods().get(0).theta(), other.methods().get(0).theta()));
        }
    }

    @Test
    void playRunsUntilPausedAndStopsAtTheConfiguredStep() throws Exception {
        try (Trainer t = new Trainer(SMALL.withSteps(300), false)) {
            t.play();
            Snapshot s = idle(t);
            assertEquals(300, s.step());
            assertEquals(TrainerStatus.FINISHED, s.status());
            t.play(); // nothing more to do
            assertEquals(300, idle(t).step());
        }
    }

    @Test
    void hotChangesApplyFromTheNextStepAndAreRecorded() throws Exception {
        try (Trainer t = new Trainer(SMALL, false)) {
            t.step(10);
            idle(t);
            t.applyHot(SMALL.withWeights(5, 1).withLearningRate(0.05));
            t.step(10);
            Snapshot s = idle(t);
            assertEquals(5, s.config().lambdaRec());
            List<ConfigChange> changes = t.history().changes();
            assertEquals(1, changes.size());
            assertEquals(10, changes.get(0).step());
            assertTrue(changes.get(0).describe().contains("λ_rec 10 → 5"), changes.get(0).describe());
            // the same change at the same step in a headless session gives the same parameters
            TrainingSession reference = new TrainingSession(SMALL);
            reference.run(10);
            reference.applyHot(SMALL.withWeights(5, 1).withLearningRate(0.05));
            reference.run(10);
            assertArrayEquals(reference.runs().get(1).theta(), s.methods().get(1).theta());
            assertThrows(IllegalArgumentException.class, () -> t.applyHot(SMALL.withCategories(3, null)));
        }
    }

    @Test
    void aNonFiniteValueStopsTrainingWithTheCauseAndResetRecovers() throws Exception {
        try (Trainer t = new Trainer(SMALL, false)) {
            t.step(5);
            idle(t);
            t.onWorker(session -> {
                double[] theta = session.runs().get(1).theta();
                theta[0] = Double.NaN;
                session.runs().get(1).restore(theta);
            });
            t.play();
            Snapshot failed = idle(t);
            assertEquals(TrainerStatus.FAILED, failed.status());
            assertEquals(5, failed.step());
            assertTrue(failed.failure().contains("TRUFL at step 5"), failed.failure());
            assertTrue(failed.failure().contains("not finite"), failed.failure());
            t.play();
            assertEquals(TrainerStatus.FAILED, idle(t).status());
            t.reset();
            Snapshot fresh = idle(t);
            assertEquals(TrainerStatus.PAUSED, fresh.status());
            assertNull(fresh.failure());
            t.step(3);
            assertEquals(3, idle(t).step());
            assertTrue(t.alive());
        }
    }

    @Test
    void restoreReplaysARecordedRunOnTheWorker() throws Exception {
        TrainingSession original = new TrainingSession(SMALL);
        original.run(40);
        original.applyHot(SMALL.withWeights(2, 1));
        original.run(30);
        try (Trainer t = new Trainer(SMALL.withSeed(99), false)) {
            t.step(5);
            idle(t);
            t.restore(SMALL, original.history().changes(), original.stepCount());
            Snapshot s = idle(t);
            assertEquals(70, s.step());
            assertEquals(2, s.config().lambdaRec());
            assertEquals(SMALL, t.initialConfig());
            assertArrayEquals(original.runs().get(1).theta(), s.methods().get(1).theta());
            assertEquals(1, t.history().changes().size());
        }
    }

    @Test
    void closeStopsTheWorker() throws Exception {
        Trainer t = new Trainer(SMALL, false);
        t.play();
        t.close();
        assertFalse(t.alive());
        t.play(); // ignored after close, no exception
    }

    @Test
    void concurrentRandomCommandsLeaveAConsistentState() throws Exception {
        try (Trainer t = new Trainer(SMALL.withEstimator(Estimator.MC).withSamples(32), false)) {
            int threads = 4;
            CountDownLatch done = new CountDownLatch(threads);
            AtomicReference<Throwable> error = new AtomicReference<>();
            List<Thread> list = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                long seed = k;
                Thread th = new Thread(() -> {
                    Random r = new Random(seed);
                    try {
                        for (int i = 0; i < 500; i++) {
                            try {
                                command(t, r);
                            } catch (IllegalArgumentException refused) {
                                // a hot change racing a rebuild is refused, as documented
                            }
                        }
                    } catch (Throwable e) {
                        error.set(e);
                    } finally {
                        done.countDown();
                    }
                });
                list.add(th);
                th.start();
            }
            assertTrue(done.await(120, TimeUnit.SECONDS), "command threads finished");
            assertNull(error.get());
            t.pause();
            Snapshot s = idle(t);
            assertTrue(t.alive());
            assertNull(s.failure());
            // the published snapshot is the session's state: stepping once more moves exactly one step
            t.step(1);
            assertEquals(s.step() + 1, idle(t).step());
        }
    }

    private static void command(Trainer t, Random r) {
        switch (r.nextInt(8)) {
            case 0 -> t.play();
            case 1 -> t.pause();
            case 2 -> t.step(1 + r.nextInt(20));
            case 3 -> t.reset();
            case 4 -> t.applyHot(t.latestConfig().withWeights(1 + r.nextInt(20), 1));
            case 5 -> t.applyHot(t.latestConfig().withLearningRate(0.001 + 0.02 * r.nextDouble()));
            case 6 -> t.setSpeed(r.nextBoolean() ? Trainer.FLAT_OUT : 500 + r.nextInt(5000));
            default -> {
                Snapshot s = t.latest();
                if (s != null && s.step() < 0) {
                    throw new AssertionError("negative step");
                }
            }
        }
    }

    @Test
    void historyStaysBoundedOverAMillionSteps() {
        History h = new History(256);
        for (long step = 0; step < 1_000_000; step++) {
            if (h.wants(step)) {
                h.add(new HistoryRecord(step, List.of()));
            }
        }
        assertTrue(h.size() <= 256, "size " + h.size());
        assertTrue(h.size() >= 128, "still covers the run: size " + h.size());
        List<HistoryRecord> r = h.records();
        assertEquals(0, r.get(0).step());
        assertTrue(r.get(r.size() - 1).step() > 990_000 - h.stride(), "covers the end");
        assertEquals(r.get(5).step(), h.at(r.get(5).step() + 1).step());
    }
}
