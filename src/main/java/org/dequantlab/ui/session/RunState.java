package org.dequantlab.ui.session;

import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Preset;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;

/**
 * Everything needed to bring a run back exactly: its initial configuration, the hot changes made up
 * to the step it reached, that step, the configuration asked for and the preset it came from. A
 * replay of the first three is bit-identical to the original ({@link Trainer#restore}), so undoing a
 * rebuild loses nothing.
 *
 * @param initial the configuration the run started with
 * @param changes the hot changes at or before {@code steps}
 * @param steps   the step reached
 * @param config  the configuration asked for (the last change's, or a later one not yet trained)
 * @param preset  the preset the run came from, or null
 */
public record RunState(ExperimentConfig initial, List<ConfigChange> changes, long steps, ExperimentConfig config,
        Preset preset) {

    public RunState {
        changes = List.copyOf(changes);
    }

    /** A fresh run of {@code config} at step 0. */
    public static RunState fresh(ExperimentConfig config, Preset preset) {
        return new RunState(config, List.of(), 0, config, preset);
    }

    /** Where {@code trainer}'s run stands now (the latest published step), asked to follow {@code config}. */
    public static RunState of(Trainer trainer, ExperimentConfig config, Preset preset) {
        Snapshot s = trainer.latest();
        long steps = s == null ? 0 : s.step();
        return new RunState(trainer.initialConfig(), trainer.history().changesUpTo(steps), steps, config, preset);
    }

    /** Whether bringing the run back needs a replay (it is not a fresh run at step 0). */
    public boolean replays() {
        return steps > 0 || !changes.isEmpty() || !config.equals(initial);
    }

    /**
     * Puts the run on {@code trainer}: a rebuild when it is fresh, else an exact replay to its step
     * (progress shown, cancellable: {@link Trainer#restore}). A configuration asked for but not yet
     * trained becomes a change at that step.
     */
    void restoreOn(Trainer trainer) {
        if (!replays()) {
            trainer.rebuild(initial);
            return;
        }
        List<ConfigChange> all = new ArrayList<>(changes);
        ExperimentConfig replayed = all.isEmpty() ? initial : all.get(all.size() - 1).after();
        if (!replayed.equals(config) && replayed.sameRunAs(config)) {
            all.add(new ConfigChange(steps, replayed, config));
        }
        trainer.restore(initial, all, steps);
    }
}
