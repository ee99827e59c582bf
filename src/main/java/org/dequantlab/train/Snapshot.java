package org.dequantlab.train;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;

/**
 * Everything the window and the exports draw at one step, immutable.
 *
 * @param step     completed optimisation steps
 * @param config   the configuration in force (hot fields as of this step)
 * @param methods  one entry per method, in the configuration's order
 * @param status   what the trainer was doing
 * @param failure  why training stopped, or null
 * @param version  increases with every published snapshot of a trainer (0 for one-off snapshots)
 */
public record Snapshot(long step, ExperimentConfig config, List<MethodSnapshot> methods, TrainerStatus status,
        String failure, long version) {

    public Snapshot {
        methods = List.copyOf(methods);
    }

    /** The entry of a method, or null if it is not trained. */
    public MethodSnapshot method(DequantMethod m) {
        for (MethodSnapshot s : methods) {
            if (s.method() == m) {
                return s;
            }
        }
        return null;
    }

    /** A copy with another status, failure and version. */
    public Snapshot with(TrainerStatus newStatus, String newFailure, long newVersion) {
        return new Snapshot(step, config, methods, newStatus, newFailure, newVersion);
    }
}
