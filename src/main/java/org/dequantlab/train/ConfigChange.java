package org.dequantlab.train;

import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Settings;

/**
 * A hot setting changed before step {@code step} (applies from that step on): kept in the history
 * for curve markers and for exact replay.
 */
public record ConfigChange(long step, ExperimentConfig before, ExperimentConfig after) {

    /** A short human description from the settings table, e.g. {@code "λ_rec 10 → 5"}. */
    public String describe() {
        return Settings.describeChanges(before, after);
    }
}
