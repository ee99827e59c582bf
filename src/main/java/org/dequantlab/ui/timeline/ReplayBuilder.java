package org.dequantlab.ui.timeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.SnapshotFactory;
import org.dequantlab.train.TrainerStatus;

/**
 * Rebuilds recorded steps into full snapshots (with density curves) on ONE background thread, never
 * on the FX thread and never touching the trainer: it gets a copy of the record and the configuration
 * in force at that step. Requests that arrive while one is being built replace each other (the latest
 * wins), so dragging the timeline never queues up work.
 */
public final class ReplayBuilder implements AutoCloseable {
    /** One step to rebuild. */
    record Request(ExperimentConfig config, HistoryRecord record) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dequantlab-replay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    /** Replayed snapshots get negative versions, so they never equal a trainer's. */
    private final AtomicLong versions = new AtomicLong(-2);
    private final AtomicLong built = new AtomicLong();
    private volatile Snapshot result;
    private volatile String failure;
    private volatile long lastBuildNanos;
    private SnapshotFactory factory; // confined to the executor thread
    private int factoryCategories;

    /** Asks for {@code record} to be rebuilt with {@code config}; replaces a request not yet started. */
    public void request(ExperimentConfig config, HistoryRecord record) {
        if (pending.getAndSet(new Request(config, record)) == null) {
            try {
                executor.execute(this::buildLatest);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                pending.set(null);
            }
        }
    }

    /** The latest rebuilt snapshot (status PAUSED, a negative version), or null. */
    public Snapshot result() {
        return result;
    }

    /** Forgets the last result (when going back to live). */
    public void clear() {
        result = null;
    }

    /** How many snapshots were built (requests replaced before they started are not). */
    public long built() {
        return built.get();
    }

    /** Wall time of the last build, in nanoseconds. */
    public long lastBuildNanos() {
        return lastBuildNanos;
    }

    /** Why the last build failed, or null. */
    public String failure() {
        return failure;
    }

    /** Whether a request is waiting or being built. */
    public boolean busy() {
        return pending.get() != null || busy;
    }

    private volatile boolean busy;

    private void buildLatest() {
        busy = true;
        try {
            Request q = pending.getAndSet(null);
            if (q == null) {
                return;
            }
            long t0 = System.nanoTime();
            int k = q.config().categories();
            if (factory == null || factoryCategories != k) {
                factory = new SnapshotFactory(k);
                factoryCategories = k;
            }
            try {
                Snapshot s = factory.snapshot(q.config(), q.record(), true);
                result = s.with(TrainerStatus.PAUSED, null, versions.getAndDecrement());
                failure = null;
            } catch (RuntimeException e) {
                failure = "cannot rebuild step " + q.record().step() + ": " + e.getMessage();
            }
            lastBuildNanos = System.nanoTime() - t0;
            built.incrementAndGet();
        } finally {
            busy = false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
