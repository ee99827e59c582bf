package org.dequantlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.train.BackgroundPriority;
import org.dequantlab.train.MethodRun;
import org.dequantlab.train.NumericalFailure;
import org.dequantlab.train.SnapshotFactory;

/**
 * A sweep being trained on a bounded pool of threads. Every (combination, seed, method) run is one task:
 * a {@link MethodRun} stepped to the end with no history, no snapshots and no per-step metrics, then
 * the final metrics once ({@link SnapshotFactory}). A run depends only on its configuration and
 * method, so the results are the same, bit for bit, for any number of threads; they are kept in plan
 * order.
 *
 * <p>{@link #cancel} stops the running tasks within {@value #CHECK_EVERY} steps and skips the queued
 * ones. Progress is counted in steps.
 */
public final class SweepJob {
    /** Steps between checks for cancellation (and progress updates). */
    static final int CHECK_EVERY = 256;

    private final SweepPlan plan;
    private final List<SweepPlan.Task> tasks;
    private final AtomicReferenceArray<SweepOutcome> outcomes;
    private final AtomicLong stepsDone = new AtomicLong();
    private final AtomicInteger runsDone = new AtomicInteger();
    private final CountDownLatch finished;
    private final ExecutorService pool;
    private final int threads;
    private final long totalSteps;
    private volatile boolean cancelled;

    private SweepJob(SweepPlan plan, int threads, boolean background) {
        this.plan = plan;
        this.tasks = plan.tasks();
        this.threads = threads;
        this.outcomes = new AtomicReferenceArray<>(tasks.size());
        this.finished = new CountDownLatch(tasks.size());
        this.totalSteps = tasks.size() * plan.steps();
        AtomicInteger names = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(() -> {
                if (background) {
                    BackgroundPriority.lowerCurrentThread();
                }
                r.run();
            }, "dequantlab-sweep-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts training {@code plan} on {@code threads} threads.
     *
     * @param background whether the workers run at background priority (in the window, so that it stays
     *                   smooth); the command line runs them normally
     */
    public static SweepJob start(SweepPlan plan, int threads, boolean background) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be an integer from 1 to " + MAX_THREADS + ", got " + threads);
        }
        SweepJob job = new SweepJob(plan, threads, background);
        for (SweepPlan.Task t : job.tasks) {
            job.pool.execute(() -> job.runTask(t));
        }
        job.pool.shutdown();
        return job;
    }

    /** Most worker threads. */
    public static final int MAX_THREADS = 256;

    /** One worker per available processor. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public SweepPlan plan() {
        return plan;
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /** Runs (tasks) in the sweep. */
    public int totalRuns() {
        return tasks.size();
    }

    /** Runs that have ended (done, failed or cancelled). */
    public int finishedRuns() {
        return runsDone.get();
    }

    /** The fraction of all training steps done, 0..1. */
    public double progress() {
        return totalSteps == 0 ? 1 : Math.min(1.0, (double) stepsDone.get() / totalSteps);
    }

    /** Stops the sweep: running tasks end within {@value #CHECK_EVERY} steps, queued ones do not start. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Whether every task has ended. */
    public boolean done() {
        return finished.getCount() == 0;
    }

    /** Waits for every task and returns the result. */
    public SweepResult await() throws InterruptedException {
        finished.await();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return result();
    }

    /**
     * Waits at most {@code timeout} for the end.
     *
     * @return whether every task has ended
     */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /** The outcomes so far, in plan order (runs not yet ended are left out). */
    public SweepResult result() {
        List<SweepOutcome> list = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            SweepOutcome o = outcomes.get(i);
            if (o != null) {
                list.add(o);
            }
        }
        return new SweepResult(plan, list, cancelled);
    }

    private void runTask(SweepPlan.Task task) {
        try {
            outcomes.set(task.index(), cancelled ? new SweepOutcome(task, SweepOutcome.Status.CANCELLED, null, null)
                    : train(task));
        } catch (RuntimeException | Error e) {
            outcomes.set(task.index(), new SweepOutcome(task, SweepOutcome.Status.FAILED, "internal error: " + e, null));
        } finally {
            runsDone.incrementAndGet();
            finished.countDown();
        }
    }

    /** Trains one run to the end (or to a cancel) and measures it once. */
    private SweepOutcome train(SweepPlan.Task task) {
        ExperimentConfig config = task.config();
        MethodRun run = new MethodRun(task.method(), config);
        long steps = config.steps();
        long counted = 0;
        String failure = null;
        long step = 0;
        try {
            for (; step < steps; step++) {
                run.step(config, step, false);
                if ((step + 1) % CHECK_EVERY == 0) {
                    stepsDone.addAndGet(CHECK_EVERY);
                    counted += CHECK_EVERY;
                    if (cancelled) {
                        return new SweepOutcome(task, SweepOutcome.Status.CANCELLED, null, null);
                    }
                }
            }
        } catch (NumericalFailure f) {
            failure = f.getMessage();
        }
        stepsDone.addAndGet(steps - counted);
        Metrics m = new SnapshotFactory(config.categories()).describe(task.method(), run.theta(), config, step, false)
                .metrics();
        return failure == null ? new SweepOutcome(task, SweepOutcome.Status.DONE, null, m)
                : new SweepOutcome(task, SweepOutcome.Status.FAILED, failure, m);
    }
}
