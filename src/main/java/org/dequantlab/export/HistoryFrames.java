package org.dequantlab.export;

import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.render.Frame;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.SnapshotFactory;

/**
 * Rebuilds drawable frames from a recorded history: the record nearest a step, the configuration in
 * force there (hot changes applied), its snapshot with density curves, and the history up to it.
 * Not thread-safe (the snapshot factory is per thread).
 */
public final class HistoryFrames {
    private final ExperimentConfig config;
    private final List<HistoryRecord> records;
    private final List<ConfigChange> changes;
    private SnapshotFactory factory;

    /**
     * @param config  the configuration at the end of the run
     * @param records the recorded history, oldest first, not empty
     * @param changes hot-setting changes, oldest first
     */
    public HistoryFrames(ExperimentConfig config, List<HistoryRecord> records, List<ConfigChange> changes) {
        if (records.isEmpty()) {
            throw new ExportSettingException("history", "nothing is recorded yet: train a few steps first");
        }
        this.config = config;
        this.records = List.copyOf(records);
        this.changes = List.copyOf(changes);
    }

    /** Index of the record whose step is nearest {@code step} (the earlier one on a tie). */
    public int nearestIndex(long step) {
        int lo = 0, hi = records.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).step() < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // lo is the first record at or after step (or the last one)
        if (lo > 0 && step - records.get(lo - 1).step() <= records.get(lo).step() - step) {
            return lo - 1;
        }
        return lo;
    }

    public HistoryRecord nearest(long step) {
        return records.get(nearestIndex(step));
    }

    /** The configuration in force at {@code step}: a change at step s applies from s on. */
    public ExperimentConfig configAt(long step) {
        return configAt(config, changes, step);
    }

    /** See {@link #configAt(long)}. */
    public static ExperimentConfig configAt(ExperimentConfig end, List<ConfigChange> changes, long step) {
        ExperimentConfig c = changes.isEmpty() ? end : changes.get(0).before();
        for (ConfigChange ch : changes) {
            if (ch.step() <= step) {
                c = ch.after();
            }
        }
        return c;
    }

    /**
     * The frame of the record nearest {@code step}: its snapshot with curves, the history up to it and
     * the changes made up to it.
     */
    public Frame frameNear(long step) {
        int i = nearestIndex(step);
        HistoryRecord r = records.get(i);
        if (factory == null) {
            factory = new SnapshotFactory(config.categories());
        }
        Snapshot snapshot = factory.snapshot(configAt(r.step()), r, true);
        return new Frame(snapshot, records.subList(0, i + 1), changesUpTo(changes, r.step()));
    }

    /** A frame of a live snapshot with the history recorded up to its step. */
    public static Frame frameOf(Snapshot snapshot, List<HistoryRecord> records, List<ConfigChange> changes) {
        List<HistoryRecord> upTo = new ArrayList<>();
        for (HistoryRecord r : records) {
            if (r.step() <= snapshot.step()) {
                upTo.add(r);
            }
        }
        return new Frame(snapshot, upTo, changesUpTo(changes, snapshot.step()));
    }

    private static List<ConfigChange> changesUpTo(List<ConfigChange> changes, long step) {
        List<ConfigChange> out = new ArrayList<>();
        for (ConfigChange c : changes) {
            if (c.step() <= step) {
                out.add(c);
            }
        }
        return out;
    }

    /** The steps of a plan of {@code frames} frames evenly spread over [from, to]. */
    public static long[] plannedSteps(long from, long to, int frames) {
        long[] steps = new long[frames];
        for (int i = 0; i < frames; i++) {
            steps[i] = frames == 1 ? to : from + Math.round((double) i * (to - from) / (frames - 1));
        }
        return steps;
    }
}
