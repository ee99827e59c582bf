package org.dequantlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.method.Methods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Opening a run on the trainer: the replay is step by step (progress, bit-identical), can be
 * cancelled back to the run before, and a replay that diverges, or any failing command, leaves a
 * failed but working trainer. Timeouts only guard against hangs.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TrainerReplayTest {
    /** Diverges: with lr = 1 and λ = 100 : 0.001, a TRUFL interval collapses at step 2426. */
    static final ExperimentConfig DIVERGES = ExperimentConfig.defaults().withWeights(100, 0.001).withLearningRate(1)
            .withMethods(List.of(Methods.TRUFL)).withSeed(3).withSteps(5000);

    private static Snapshot idle(Trainer t) throws InterruptedException {
        Snapshot s = t.awaitIdle(100, TimeUnit.SECONDS);
        assertNotNull(s, "trainer did not become idle");
        return s;
    }

    @Test
    void aReplayIsBitIdenticalAndItsProgressIsVisible() throws Exception {
        ExperimentConfig c = ExperimentConfig.defaults().withSteps(1_000_000);
        List<ConfigChange> changes = List.of(new ConfigChange(40, c, c.withWeights(3, 1)));
        try (Trainer t = new Trainer(ExperimentConfig.defaults(), false)) {
            idle(t);
            t.setSpeed(2); // slow motion in the window: a replay still runs flat out
            t.restore(c, changes, 300);
            assertTrue(t.replaying(), "known at once, before the worker starts it");
            assertEquals(300, t.replayTarget());
            Snapshot s = idle(t);
            assertFalse(t.replaying());
            assertEquals(300, s.step());
            assertEquals(TrainerStatus.PAUSED, s.status());
            TrainingSession reference = TrainingSession.replay(c, changes, 300);
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(reference.runs().get(i).theta(), s.methods().get(i).theta());
            }
            assertEquals(1, t.history().changes().size());
        }
    }

    @Test
    void aLongReplayShowsProgressAndCancelReturnsToTheRunBefore() throws Exception {
        try (Trainer t = new Trainer(ExperimentConfig.defaults(), false)) {
            t.step(50);
            Snapshot before = idle(t);
            ExperimentConfig slow = ExperimentConfig.defaults().withCategories(8, null).withSteps(2_000_000);
            t.restore(slow, List.of(), 2_000_000);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Snapshot during = null;
            while (System.nanoTime() < deadline) {
                Snapshot s = t.latest();
                if (s.config().categories() == 8 && s.step() > 10) {
                    during = s;
                    break;
                }
                Thread.sleep(10);
            }
            assertNotNull(during, "the replay publishes its progress");
            assertEquals(TrainerStatus.RUNNING, during.status());
            assertTrue(t.replaying());
            t.cancelReplay();
            Snapshot back = idle(t);
            assertFalse(t.replaying());
            assertEquals(50, back.step());
            assertEquals(2, back.config().categories());
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(before.methods().get(i).theta(), back.methods().get(i).theta(), "the run before");
            }
            t.step(5);
            assertEquals(55, idle(t).step(), "and it goes on from there");
        }
    }

    @Test
    void aReplayThatDivergesLeavesAFailedButWorkingTrainer() throws Exception {
        try (Trainer t = new Trainer(ExperimentConfig.defaults(), false)) {
            idle(t);
            t.restore(DIVERGES, List.of(), 5000);
            Snapshot failed = idle(t);
            assertEquals(TrainerStatus.FAILED, failed.status());
            assertTrue(failed.failure().startsWith("the opened run diverges here (TRUFL: the interval of category "),
                    failed.failure());
            assertTrue(failed.step() < 5000);
            assertFalse(t.replaying());
            assertTrue(t.alive(), "the worker lives");

            t.reset(); // Reset
            Snapshot reset = idle(t);
            assertEquals(0, reset.step());
            assertEquals(TrainerStatus.PAUSED, reset.status());
            t.step(10); // Space / Step
            assertEquals(10, idle(t).step());
            t.rebuild(Presets.BLOG.config()); // a preset
            t.step(3);
            Snapshot blog = idle(t);
            assertEquals(3, blog.step());
            assertEquals(Presets.BLOG.config(), blog.config());
        }
    }

    @Test
    void aCommandThatThrowsLeavesAFailedButWorkingTrainer() throws Exception {
        try (Trainer t = new Trainer(ExperimentConfig.defaults(), false)) {
            idle(t);
            t.onWorker(s -> {
                throw new IllegalStateException("boom");
            });
            Snapshot failed = idle(t);
            assertEquals(TrainerStatus.FAILED, failed.status());
            assertTrue(failed.failure().contains("boom"), failed.failure());
            assertTrue(t.alive());
            t.reset();
            t.step(4);
            assertEquals(4, idle(t).step());
        }
    }
}
