package org.dequantlab.train;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.dequantlab.config.ExperimentConfig;

/**
 * Owns a worker thread that trains a {@link TrainingSession} and publishes immutable
 * {@link Snapshot}s; the latest one wins ({@link #latest()}), so a UI draws it once per frame.
 *
 * <p>Every command (play, pause, step, reset, reseed, speed, hot changes, rebuild) is queued and
 * carried out by the worker between steps, so the session is confined to one thread and commands
 * from any thread are safe. While training flat out, snapshots are published at most every
 * {@link #PUBLISH_INTERVAL_NANOS}; when paced slower, after every step. The worker runs at
 * {@linkplain BackgroundPriority background priority}: it uses every idle core but gives way to a UI.
 */
public final class Trainer implements AutoCloseable {
    /** Minimum time between snapshots while training flat out: 15 ms (60 a second), or {@code dequantlab.publishIntervalMs}. */
    public static final long PUBLISH_INTERVAL_NANOS = Long.getLong("dequantlab.publishIntervalMs", 15) * 1_000_000L;
    /** Minimum time between published snapshots while a replay runs: they only show its progress. */
    public static final long REPLAY_PUBLISH_INTERVAL_NANOS = 100_000_000L;
    /** Speed meaning "as fast as possible". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;

    private final CommandQueue<Trainer> queue = new CommandQueue<>();
    private final boolean withCurves;
    private final Thread worker;
    private volatile Snapshot latest;
    private volatile History history;
    private final Pace pace = new Pace();
    private long version;

    // worker-confined state
    private volatile TrainingSession session; // written by the worker only
    private boolean running;
    private long pendingSteps; // steps asked for by Step while paused
    private String failure;
    private boolean dirty = true;
    private long lastPublish;
    private OpenedRun replay; // an opened run being replayed, step by step
    private volatile long replayTarget = -1; // set at once by restore(), so a UI never misses a replay
    private final AtomicInteger restoresAsked = new AtomicInteger(); // asked for, not started: the target stays
    private volatile ExperimentConfig requested; // the run last asked for (the worker may not have started it)

    /** A trainer with density curves in its snapshots (for drawing). */
    public Trainer(ExperimentConfig config) {
        this(config, true);
    }

    /** @param withCurves whether snapshots carry density curves (needs ND4J; off for headless runs) */
    public Trainer(ExperimentConfig config, boolean withCurves) {
        this.withCurves = withCurves;
        this.session = new TrainingSession(config);
        this.history = session.history();
        this.requested = config;
        this.worker = new Thread(this::loop, "dequantlab-trainer");
        worker.setDaemon(true);
        worker.start();
    }

    // ----------------------------------------------------------------- commands

    /** Trains continuously until paused, finished or failed. */
    public void play() {
        queue.submit(t -> {
            if (t.failure == null && t.session.stepCount() < t.session.config().steps()) {
                t.running = true;
                t.pace.restart();
            }
        });
    }

    /** Stops after the current step. */
    public void pause() {
        queue.submit(t -> {
            t.running = false;
            t.pendingSteps = 0;
        });
    }

    /** Runs exactly {@code n} more steps (fewer if the stop step comes first), then pauses. */
    public void step(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + n);
        }
        queue.submit(t -> {
            if (t.failure == null) {
                t.running = false;
                t.pendingSteps += n;
                t.pace.restart();
            }
        });
    }

    /** Back to step 0 with the same seed and the current settings: the same initial picture. */
    public void reset() {
        queue.submit(t -> t.restart(t.session.config()));
    }

    /** Back to step 0 with a new seed. */
    public void reseed(long seed) {
        requested = requested.withSeed(seed);
        queue.submit(t -> t.restart(t.session.config().withSeed(seed)));
    }

    /** Replaces the run by a new one on {@code config} (cold changes: K, p̃, seed, methods), paused. */
    public void rebuild(ExperimentConfig config) {
        requested = config;
        queue.submit(t -> t.restart(config));
    }

    /**
     * Replaces the run by a replay of a recorded one: {@code initial} with each change applied at its
     * step, trained to {@code steps} on the worker (bit-identical to the original), then paused. The
     * replay runs flat out whatever the speed, step by step between commands: its snapshots show the
     * progress ({@link #replayTarget()}), {@link #cancelReplay()} returns to the run before it, and a
     * replay that diverges stops at that step as a failed run (Reset starts it again).
     */
    public void restore(ExperimentConfig initial, List<ConfigChange> changes, long steps) {
        List<ConfigChange> copy = List.copyOf(changes);
        restoresAsked.incrementAndGet();
        replayTarget = steps;
        requested = copy.isEmpty() ? initial : copy.get(copy.size() - 1).after();
        queue.submit(t -> t.startReplay(initial, copy, steps));
    }

    /** Stops a replay and returns to the run that was there before it was asked for; nothing if none. */
    public void cancelReplay() {
        queue.submit(t -> {
            if (t.replay != null) {
                t.session = t.replay.before();
                t.requested = t.session.config();
                t.history = t.session.history();
                t.failure = t.replay.failureBefore();
                t.endReplay();
                t.running = false;
                t.pendingSteps = 0;
            }
        });
    }

    /** The step a replay in progress ends at, or -1 if none is in progress. */
    public long replayTarget() {
        return replayTarget;
    }

    /** Whether a replay is in progress (asked for and not yet done, failed or cancelled). */
    public boolean replaying() {
        return replayTarget >= 0;
    }

    /** The configuration the current run started with (for saving it). */
    public ExperimentConfig initialConfig() {
        return session.initialConfig();
    }

    /**
     * Applies hot settings (weights, learning rate, estimator, samples, stop step, annealing, free
     * bits) from the next step on; the change is recorded in the history.
     *
     * @throws IllegalArgumentException at once if a cold setting differs from the run last asked for
     */
    public void applyHot(ExperimentConfig config) {
        if (!requested.sameRunAs(config)) {
            throw new IllegalArgumentException(requested.coldChanges(config) + " cannot change during a run: rebuild it");
        }
        requested = config;
        queue.submit(t -> {
            if (t.session.config().sameRunAs(config)) {
                t.session.applyHot(config);
                if (t.session.stepCount() >= config.steps()) {
                    t.running = false;
                    t.pendingSteps = 0;
                }
            }
        });
    }

    /** Steps per second; {@link #FLAT_OUT} (or any value ≥ 1e6) for as fast as possible. */
    public void setSpeed(double stepsPerSecond) {
        pace.set(stepsPerSecond);
        queue.submit(t -> t.pace.restart());
    }

    public double speed() {
        return pace.speed();
    }

    /** Steps per second achieved over the last second of training (0 when paused). */
    public long measuredStepsPerSecond() {
        return pace.measured();
    }

    // ----------------------------------------------------------------- reading

    /** The latest published snapshot (null until the first one is ready). */
    public Snapshot latest() {
        return latest;
    }

    /** The current run's history (replaced on reset and rebuild). */
    public History history() {
        return history;
    }

    /** The configuration of the latest snapshot, or of the run if none is published yet. */
    public ExperimentConfig latestConfig() {
        Snapshot s = latest;
        return s != null ? s.config() : session.config();
    }

    /**
     * Waits until every submitted command has been carried out, no steps are pending, training is
     * paused, finished or failed, and the resulting snapshot is published.
     *
     * @return the latest snapshot, or null on time-out
     */
    public Snapshot awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.awaitIdle(timeout, unit) ? latest : null;
    }

    /** Stops the worker and waits for it (at most a few seconds). Idempotent. */
    @Override
    public void close() {
        queue.close();
        if (Thread.currentThread() != worker) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the worker thread is still alive. */
    public boolean alive() {
        return worker.isAlive();
    }

    /** Test hook: runs {@code action} on the worker with the session (e.g. to inject a NaN). */
    void onWorker(Consumer<TrainingSession> action) {
        queue.submit(t -> action.accept(t.session));
    }

    // ----------------------------------------------------------------- worker

    private void restart(ExperimentConfig config) {
        endReplay();
        session = new TrainingSession(config);
        history = session.history();
        running = false;
        pendingSteps = 0;
        failure = null;
    }

    private void startReplay(ExperimentConfig initial, List<ConfigChange> changes, long steps) {
        OpenedRun previous = replay; // a second open returns to the run before the first
        TrainingSession before = previous == null ? session : previous.before();
        String failureBefore = previous == null ? failure : previous.failureBefore();
        restart(initial); // the target stays: this restore is still counted as asked for
        replayTarget = steps;
        restoresAsked.decrementAndGet();
        replay = OpenedRun.open(initial, changes, steps, before, failureBefore);
        session = replay.replay().session();
        history = session.history();
        if (replay.replay().done()) {
            endReplay();
        }
    }

    private void endReplay() {
        replay = null;
        replayTarget = restoresAsked.get() == 0 ? -1 : replayTarget;
    }

    private boolean wantsStep() {
        return failure == null && (replay != null
                || (running || pendingSteps > 0) && session.stepCount() < session.config().steps());
    }

    /** Flat out: the speed says so, or a replay is running (it never waits for the pace). */
    private boolean fast() {
        return pace.flatOut() || replay != null;
    }

    /** What the worker has to do besides commands: 0 now, nanoseconds until a paced step, or idle. */
    private long nanosUntilWork() {
        if (dirty) {
            return 0; // publish before sleeping
        }
        if (wantsStep()) {
            return fast() ? 0 : pace.untilNext();
        }
        return CommandQueue.IDLE;
    }

    private void loop() {
        try {
            while (true) {
                List<Consumer<Trainer>> todo = queue.take(this::nanosUntilWork, pace::idle);
                if (todo == null) {
                    return;
                }
                for (Consumer<Trainer> c : todo) {
                    try {
                        c.accept(this);
                    } catch (RuntimeException e) {
                        // a command that fails leaves a failed run, never a dead trainer: Reset recovers
                        fail("internal error: " + e);
                    }
                    dirty = true;
                }
                boolean stepped = false;
                boolean fast = fast();
                if (wantsStep() && (fast || pace.untilNext() <= 0)) {
                    pace.beforeStep();
                    stepped = true;
                    if (replay != null) {
                        replayStep();
                    } else {
                        trainStep();
                    }
                    pace.stepped(!fast);
                    dirty = true;
                }
                long now = System.nanoTime();
                pace.measure(now);
                long interval = replay != null ? REPLAY_PUBLISH_INTERVAL_NANOS : PUBLISH_INTERVAL_NANOS;
                if (dirty && (!wantsStep() || !fast() || now - lastPublish >= interval || !stepped)) {
                    publish();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            fail("internal error: " + e); // never die silently: publish the cause and stop training
            try {
                publish();
            } catch (RuntimeException ignored) {
                // keep the previous snapshot
            }
            queue.stopped();
        }
    }

    private void trainStep() {
        try {
            session.step();
            if (pendingSteps > 0) {
                pendingSteps--;
            }
        } catch (NumericalFailure e) {
            fail(e.getMessage() + ". Reset to start again.");
        } catch (RuntimeException e) {
            fail("internal error: " + e + ". Reset to start again.");
        }
        if (session.stepCount() >= session.config().steps()) {
            running = false;
            pendingSteps = 0;
        }
    }

    /** One step of the replay; a divergence ends it as a failed run at that step. */
    private void replayStep() {
        String failed = replay.step();
        if (failed != null || replay.replay().done()) {
            endReplay();
        }
        if (failed != null) {
            fail(failed);
        }
    }

    private void fail(String message) {
        failure = message;
        running = false;
        pendingSteps = 0;
    }

    private void publish() {
        TrainerStatus status;
        if (failure != null) {
            status = TrainerStatus.FAILED;
        } else if (running || pendingSteps > 0 || replay != null) {
            status = TrainerStatus.RUNNING;
        } else if (session.stepCount() >= session.config().steps()) {
            status = TrainerStatus.FINISHED;
        } else {
            status = TrainerStatus.PAUSED;
        }
        if (status == TrainerStatus.PAUSED || status == TrainerStatus.FINISHED) {
            session.recordNow();
        }
        latest = session.snapshot(withCurves, status, failure, ++version);
        lastPublish = System.nanoTime();
        dirty = false;
    }
}
