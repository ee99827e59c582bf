package org.dequantlab.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every {@link OutputSet} not yet closed, so that SIGINT (Ctrl+C), SIGTERM and any other way the JVM
 * shuts down remove their temporary files. A shutdown hook, installed with the first set, aborts each:
 * a set being committed is waited for (at most {@link #COMMIT_WAIT_MILLIS}), so it ends complete or
 * not at all. SIGKILL cannot be caught; then a hidden {@code .NAME~XXXXXXXX.part} file may remain.
 */
public final class TempFiles {
    /** How long the shutdown waits for a commit in progress. */
    static final long COMMIT_WAIT_MILLIS = 3000;

    private static final Set<OutputSet> OPEN = new LinkedHashSet<>();
    private static boolean hooked;

    private TempFiles() {}

    static synchronized void register(OutputSet set) {
        if (!hooked) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::cleanUp, "dequantlab-temp-cleanup"));
            } catch (IllegalStateException e) {
                // already shutting down: the caller's own close() cleans up
            }
            hooked = true;
        }
        OPEN.add(set);
    }

    static synchronized void unregister(OutputSet set) {
        OPEN.remove(set);
    }

    /** How many sets are open (for tests). */
    static synchronized int open() {
        return OPEN.size();
    }

    /** Aborts every open set; what the shutdown hook does. */
    static void cleanUp() {
        List<OutputSet> sets;
        synchronized (TempFiles.class) {
            sets = new ArrayList<>(OPEN);
        }
        for (OutputSet s : sets) {
            s.abort(COMMIT_WAIT_MILLIS);
        }
    }
}
