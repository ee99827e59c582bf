package org.dequantlab.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounded, decimated record of a run. Steps that are multiples of the current stride are recorded;
 * when the capacity is reached every other record is dropped and the stride doubles, so memory stays
 * flat (at most {@code capacity} records) over any number of steps while the whole run stays covered.
 * Thread-safe: the trainer appends, any thread reads copies.
 */
public final class History {
    /** Default capacity in records. */
    public static final int DEFAULT_CAPACITY = 2048;

    private final int capacity;
    private final List<HistoryRecord> records = new ArrayList<>();
    private final List<ConfigChange> changes = new ArrayList<>();
    private long stride = 1;
    private long version;

    public History() {
        this(DEFAULT_CAPACITY);
    }

    public History(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be at least 4");
        }
        this.capacity = capacity;
    }

    /** Whether a step falls on the current stride and would be recorded. */
    public synchronized boolean wants(long step) {
        return step % stride == 0 && (records.isEmpty() || step > records.get(records.size() - 1).step());
    }

    /** Appends a record (ignored unless {@link #wants} its step). */
    public synchronized void add(HistoryRecord r) {
        if (!wants(r.step())) {
            return;
        }
        records.add(r);
        if (records.size() >= capacity) {
            long next = stride * 2;
            records.removeIf(x -> x.step() % next != 0);
            stride = next;
        }
        version++;
    }

    /** Appends a record off the stride (the last state of a run); ignored unless newer than the last. */
    public synchronized void forceAdd(HistoryRecord r) {
        if (!records.isEmpty() && r.step() <= records.get(records.size() - 1).step()) {
            return;
        }
        records.add(r);
        if (records.size() >= capacity) {
            long next = stride * 2;
            HistoryRecord last = records.get(records.size() - 1);
            records.removeIf(x -> x.step() % next != 0 && x != last);
            stride = next;
        }
        version++;
    }

    /** Records a change of hot settings. */
    public synchronized void addChange(ConfigChange c) {
        changes.add(c);
        version++;
    }

    /** A copy of the records, oldest first. */
    public synchronized List<HistoryRecord> records() {
        return List.copyOf(records);
    }

    /** A copy of the changes, oldest first. */
    public synchronized List<ConfigChange> changes() {
        return List.copyOf(changes);
    }

    /** The changes made at or before {@code step}, oldest first (what a run replayed to that step needs). */
    public synchronized List<ConfigChange> changesUpTo(long step) {
        List<ConfigChange> out = new ArrayList<>();
        for (ConfigChange c : changes) {
            if (c.step() <= step) {
                out.add(c);
            }
        }
        return out;
    }

    /** The record at or just before {@code step}, or null if there is none. */
    public synchronized HistoryRecord at(long step) {
        HistoryRecord best = null;
        int lo = 0, hi = records.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).step() <= step) {
                best = records.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    public synchronized int size() {
        return records.size();
    }

    public synchronized long stride() {
        return stride;
    }

    /** Increases with every change; readers can skip work when it did not move. */
    public synchronized long version() {
        return version;
    }

    /** Forgets everything. */
    public synchronized void clear() {
        records.clear();
        changes.clear();
        stride = 1;
        version++;
    }
}
