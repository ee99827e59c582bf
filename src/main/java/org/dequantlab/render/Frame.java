package org.dequantlab.render;

import java.util.List;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.Snapshot;

/**
 * What one drawn frame shows: the snapshot (must carry density curves) and the recorded history up
 * to its step for the loss curves, with the hot-setting changes to mark on them.
 */
public record Frame(Snapshot snapshot, List<HistoryRecord> history, List<ConfigChange> changes) {
    public Frame {
        history = List.copyOf(history);
        changes = List.copyOf(changes);
    }
}
