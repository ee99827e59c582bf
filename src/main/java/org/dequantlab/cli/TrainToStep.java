package org.dequantlab.cli;

import java.io.PrintWriter;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.NumericalFailure;
import org.dequantlab.train.TrainingSession;

/** Trains a configuration headless to a step (progress on stderr), for the commands that look at a state. */
final class TrainToStep {
    private TrainToStep() {}

    /**
     * A session on {@code config} after {@code steps} steps.
     *
     * @throws RunFailedException if training fails numerically before
     */
    static TrainingSession train(ExperimentConfig config, long steps, PrintWriter err, boolean terminal) {
        if (steps < 0 || steps > ExperimentConfig.MAX_STEPS) {
            throw new UsageException("--step must be an integer from 0 to " + ExperimentConfig.MAX_STEPS + ", got "
                    + steps);
        }
        TrainingSession session = new TrainingSession(config.steps() < steps ? config.withSteps(steps) : config);
        if (steps == 0) {
            return session;
        }
        ProgressLine progress = new ProgressLine(err, terminal, steps);
        try {
            while (session.stepCount() < steps) {
                session.step();
                if (progress.due(session.stepCount())) {
                    progress.show(session.stepCount(), "training");
                }
            }
        } catch (NumericalFailure f) {
            progress.finish();
            throw new RunFailedException("training stopped before step " + steps + ": " + f.getMessage());
        }
        progress.finish();
        return session;
    }
}
