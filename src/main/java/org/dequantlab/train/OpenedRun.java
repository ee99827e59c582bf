package org.dequantlab.train;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;

/**
 * An opened run being replayed on a {@link Trainer}'s worker, step by step, with the run to go back
 * to if it is cancelled. Worker-confined.
 *
 * @param replay        the replay
 * @param before        the session the trainer had before the first of a series of opens
 * @param failureBefore that session's failure, or null
 */
record OpenedRun(Replay replay, TrainingSession before, String failureBefore) {

    /** A replay of {@code initial} with {@code changes} to {@code steps}, returning to {@code before}. */
    static OpenedRun open(ExperimentConfig initial, List<ConfigChange> changes, long steps, TrainingSession before,
            String failureBefore) {
        return new OpenedRun(new Replay(initial, changes, steps), before, failureBefore);
    }

    /**
     * One step of the replay.
     *
     * @return null, or why the replayed run failed at this step (it diverged)
     */
    String step() {
        try {
            replay.step();
            return null;
        } catch (NumericalFailure e) {
            // the banner already names the step: "Training failed at step N: the opened run diverges here (...)"
            String why = e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(e.method().label()
                    + " at step " + e.step() + ": "), "");
            return "the opened run diverges here (" + e.method().label() + ": " + why + "). Reset to start again.";
        } catch (RuntimeException e) {
            return "internal error while replaying: " + e + ". Reset to start again.";
        }
    }
}
