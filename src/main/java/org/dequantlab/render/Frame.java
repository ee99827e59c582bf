package org.dequantlab.render;

import java.util.List;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.Snapshot;

/**
 * What one drawn frame shows: the snapshot (must carry density curves) and the recorded history up
 * to its step for the loss curves, with the hot-setting changes to mark on them.
 */
public record Frame(Snapshot snapshot, List<HistoryRecord> history, List<ConfigChange> changes, Overlays overlays) {
    public Frame {
        history = List.copyOf(history);
        changes = List.copyOf(changes);
        overlays = overlays == null ? Overlays.NONE : overlays;
    }

    /** A frame without overlays. */
    public Frame(Snapshot snapshot, List<HistoryRecord> history, List<ConfigChange> changes) {
        this(snapshot, history, changes, Overlays.NONE);
    }

    /** The same frame with other overlays. */
    public Frame withOverlays(Overlays o) {
        return new Frame(snapshot, history, changes, o);
    }
}
