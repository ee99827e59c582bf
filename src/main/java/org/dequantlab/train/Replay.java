package org.dequantlab.train;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;

/**
 * A recorded run replayed step by step: a session on the initial configuration that applies each
 * recorded hot change at its step, up to a target step. The same as
 * {@link TrainingSession#replay}, bit for bit, but one step at a time, so a caller can show progress,
 * stop it, and catch a {@link NumericalFailure} at the step where the recorded run diverges.
 */
public final class Replay {
    private final TrainingSession session;
    private final List<ConfigChange> changes;
    private final long target;
    private int next;

    /** A replay of {@code initial} with {@code changes}, to step {@code target}. */
    public Replay(ExperimentConfig initial, List<ConfigChange> changes, long target) {
        this.session = new TrainingSession(initial);
        this.changes = List.copyOf(changes);
        this.target = target;
        applyDue();
    }

    /** The session being replayed (its step, its history). */
    public TrainingSession session() {
        return session;
    }

    /** The step the replay ends at. */
    public long target() {
        return target;
    }

    /** Whether the target step is reached (with every change due by then applied). */
    public boolean done() {
        return session.stepCount() >= target;
    }

    /**
     * One step, then the changes due before the next one.
     *
     * @throws NumericalFailure if the step produced a non-finite number (the replay stops there)
     */
    public void step() {
        if (done()) {
            return;
        }
        session.step();
        applyDue();
    }

    /** Steps until done. */
    public TrainingSession finish() {
        while (!done()) {
            step();
        }
        return session;
    }

    private void applyDue() {
        while (next < changes.size() && changes.get(next).step() <= session.stepCount()) {
            session.applyHot(changes.get(next++).after());
        }
    }
}
