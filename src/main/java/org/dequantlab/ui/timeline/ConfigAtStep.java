package org.dequantlab.ui.timeline;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.ConfigChange;

/** The configuration in force at a step: the initial one with every change made at or before it applied. */
public final class ConfigAtStep {
    private ConfigAtStep() {}

    /** A change at step s applies from step s on (it was made before step s was trained). */
    public static ExperimentConfig at(ExperimentConfig initial, List<ConfigChange> changes, long step) {
        ExperimentConfig c = initial;
        for (ConfigChange change : changes) {
            if (change.step() <= step) {
                c = change.after();
            } else {
                break;
            }
        }
        return c;
    }
}
