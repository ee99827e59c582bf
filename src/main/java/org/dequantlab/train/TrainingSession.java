package org.dequantlab.train;

import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.objective.ObjectiveValue;

/**
 * Trains every method of a configuration in lock-step on the calling thread. Deterministic: the same
 * configuration (and the same hot changes at the same steps) gives a bit-identical trajectory.
 * Not thread-safe; {@link Trainer} runs one on its own thread.
 */
public final class TrainingSession {
    private final ExperimentConfig initialConfig;
    private volatile ExperimentConfig config; // read by other threads through Trainer
    private final List<MethodRun> runs = new ArrayList<>();
    private final History history;
    private long step;
    private SnapshotFactory factory;

    public TrainingSession(ExperimentConfig config) {
        this(config, new History());
    }

    public TrainingSession(ExperimentConfig config, History history) {
        this.initialConfig = config;
        this.config = config;
        this.history = history;
        for (DequantMethod m : config.methods()) {
            runs.add(new MethodRun(m, config));
        }
    }

    public ExperimentConfig config() {
        return config;
    }

    /** The configuration the run started with (before any hot change). */
    public ExperimentConfig initialConfig() {
        return initialConfig;
    }

    /** Completed steps. */
    public long stepCount() {
        return step;
    }

    public History history() {
        return history;
    }

    /** The runs, in the configuration's method order. */
    public List<MethodRun> runs() {
        return List.copyOf(runs);
    }

    /**
     * One step of every method. Records the pre-step state in the history when its stride asks.
     *
     * @throws NumericalFailure if any method produced a non-finite number; the step count is unchanged
     */
    public void step() {
        boolean record = history.wants(step);
        List<HistoryRecord.Point> points = record ? new ArrayList<>() : null;
        for (MethodRun run : runs) {
            double[] before = record ? run.theta() : null;
            ObjectiveValue v = run.step(config, step, record);
            if (record) {
                points.add(new HistoryRecord.Point(run.method(), before, v.loss(), v.recon(), v.kl(),
                        v.klPerCategory()));
            }
        }
        if (record) {
            history.add(new HistoryRecord(step, points));
        }
        step++;
    }

    /**
     * Replays a recorded run: a session on {@code initial} that applies each recorded hot change at its
     * step, run to {@code steps}. Gives the same parameters, bit for bit, as the original run. See
     * {@link Replay} to replay step by step.
     */
    public static TrainingSession replay(ExperimentConfig initial, List<ConfigChange> changes, long steps) {
        return new Replay(initial, changes, steps).finish();
    }

    /** Runs {@code n} steps. */
    public void run(long n) {
        for (long i = 0; i < n; i++) {
            step();
        }
    }

    /** Records the current state even if off-stride (for the last frame of a run). */
    public void recordNow() {
        List<HistoryRecord.Point> points = new ArrayList<>();
        for (MethodRun run : runs) {
            ObjectiveValue v = run.exactValue(config, step);
            points.add(new HistoryRecord.Point(run.method(), run.theta(), v.loss(), v.recon(), v.kl(),
                    v.klPerCategory()));
        }
        HistoryRecord last = history.records().isEmpty() ? null : history.at(Long.MAX_VALUE);
        if (last == null || last.step() < step) {
            history.forceAdd(new HistoryRecord(step, points));
        }
    }

    /**
     * Changes hot settings from the next step on and records the change.
     *
     * @throws IllegalArgumentException naming the cold settings that differ: those need a new session
     */
    public void applyHot(ExperimentConfig next) {
        if (!config.sameRunAs(next)) {
            throw new IllegalArgumentException(config.coldChanges(next) + " cannot change during a run: rebuild it");
        }
        if (!config.equals(next)) {
            history.addChange(new ConfigChange(step, config, next));
            config = next;
        }
    }

    /** A snapshot of the current state. */
    public Snapshot snapshot(boolean withCurves, TrainerStatus status, String failure, long version) {
        if (factory == null) {
            factory = new SnapshotFactory(config.categories());
        }
        List<double[]> thetas = new ArrayList<>();
        for (MethodRun run : runs) {
            thetas.add(run.theta());
        }
        return factory.snapshot(config, step, thetas, withCurves, status, failure, version);
    }
}
