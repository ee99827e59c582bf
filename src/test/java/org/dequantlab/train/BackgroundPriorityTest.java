package org.dequantlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dequantlab.config.ExperimentConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trainer's worker gives way to the UI: its nice value is raised, and only its own. */
class BackgroundPriorityTest {

    @BeforeAll
    static void onLinux() {
        assumeTrue(BackgroundPriority.currentThreadNice() != Integer.MIN_VALUE, "needs /proc/thread-self (Linux)");
    }

    private static int[] lowerInNewThread(int nice) throws InterruptedException {
        int[] seen = new int[3]; // lowered?, own nice after, a child thread's nice
        Thread t = new Thread(() -> {
            seen[0] = BackgroundPriority.lowerCurrentThread(nice) ? 1 : 0;
            seen[1] = BackgroundPriority.currentThreadNice();
            Thread child = new Thread(() -> seen[2] = BackgroundPriority.currentThreadNice());
            child.start();
            try {
                child.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        t.join();
        return seen;
    }

    @Test
    void lowersTheCallingThreadAndTheThreadsItStartsButNotOthers() throws Exception {
        int before = BackgroundPriority.currentThreadNice();
        assumeTrue(before < BackgroundPriority.WORKER_NICE, "the test JVM already runs at nice " + before);
        int[] seen = lowerInNewThread(BackgroundPriority.WORKER_NICE);
        assertEquals(1, seen[0], "setpriority should succeed on Linux");
        assertEquals(BackgroundPriority.WORKER_NICE, seen[1]);
        assertEquals(BackgroundPriority.WORKER_NICE, seen[2], "threads it creates (OpenMP workers) inherit it");
        assertEquals(before, BackgroundPriority.currentThreadNice(), "the calling thread is untouched");
    }

    @Test
    void theTrainersWorkerTrainsAtBackgroundPriorityAfterItsFirstSnapshot() throws Exception {
        int before = BackgroundPriority.currentThreadNice();
        assumeTrue(before < BackgroundPriority.WORKER_NICE, "the test JVM already runs at nice " + before);
        AtomicInteger firstSnapshotNice = new AtomicInteger(Integer.MIN_VALUE);
        AtomicInteger trainingNice = new AtomicInteger(Integer.MIN_VALUE);
        try (Trainer t = new Trainer(ExperimentConfig.defaults(), false)) {
            t.onWorker(session -> firstSnapshotNice.set(BackgroundPriority.currentThreadNice()));
            assertTrue(t.awaitIdle(60, TimeUnit.SECONDS) != null);
            t.step(1);
            assertTrue(t.awaitIdle(60, TimeUnit.SECONDS) != null);
            t.onWorker(session -> trainingNice.set(BackgroundPriority.currentThreadNice()));
            assertTrue(t.awaitIdle(60, TimeUnit.SECONDS) != null);
        }
        assertEquals(before, firstSnapshotNice.get(), "the first snapshot (the window's first frame) at normal priority");
        assertEquals(BackgroundPriority.WORKER_NICE, trainingNice.get(), "training at background priority");
        assertEquals(before, BackgroundPriority.currentThreadNice());
    }

    @Test
    void refusesAValueThatWouldRaiseThePriority() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BackgroundPriority.lowerCurrentThread(0));
        assertTrue(e.getMessage().contains("1 to 19"), e.getMessage());
    }
}
