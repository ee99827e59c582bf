package org.dequantlab.train;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers a worker thread's CPU priority, so that a thread training flat out gives way to the UI's
 * threads (event, render, JIT) whenever they want a core, and still gets every core they leave idle.
 *
 * <p>{@link Thread#setPriority} does nothing on Linux unless the JVM is started with
 * {@code -XX:ThreadPriorityPolicy=1} (and root), which {@code java -jar} cannot pass. On Linux the nice
 * value is a per-thread attribute, so this calls {@code setpriority(PRIO_PROCESS, 0, nice)} through JNA:
 * with {@code who = 0} it applies to the calling thread only, and threads it creates later (ND4J's
 * OpenMP workers) inherit it. Raising the nice value needs no privilege. Elsewhere, or if the call
 * fails, only the Java priority is set and the thread keeps running normally.
 */
public final class BackgroundPriority {
    /** The nice value of a background worker: under contention it gets about a tenth of a core's share. */
    public static final int WORKER_NICE = 10;

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final int PRIO_PROCESS = 0;

    private BackgroundPriority() {}

    /** The bit of libc this needs. */
    interface CLibrary extends Library {
        int setpriority(int which, int who, int prio);
    }

    /** Loaded on first use (JNA 4.3.0: no {@code Native.load} yet); a failure surfaces as a LinkageError. */
    private static final class Libc {
        static final CLibrary INSTANCE = Native.loadLibrary("c", CLibrary.class);
    }

    /**
     * Lowers the calling thread's priority to {@link #WORKER_NICE}.
     *
     * @return whether the operating system's priority was lowered (false where it is not supported)
     */
    public static boolean lowerCurrentThread() {
        return lowerCurrentThread(WORKER_NICE);
    }

    /**
     * Sets the calling thread's nice value to {@code nice} (1 to 19: lower priority than normal).
     *
     * @return whether the operating system's priority was changed
     */
    public static boolean lowerCurrentThread(int nice) {
        if (nice < 1 || nice > 19) {
            throw new IllegalArgumentException("nice must be 1 to 19 (a lower priority), got " + nice);
        }
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        if (!isLinux()) {
            return false;
        }
        try {
            if (Libc.INSTANCE.setpriority(PRIO_PROCESS, 0, nice) == 0) {
                return true;
            }
            LOG.debug("setpriority failed with errno {}", Native.getLastError());
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("cannot lower the thread's priority: {}", e.toString());
        }
        return false;
    }

    /**
     * The calling thread's nice value as the kernel reports it ({@code /proc/thread-self/stat}), or
     * {@link Integer#MIN_VALUE} where that file does not exist.
     */
    public static int currentThreadNice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // the command name (2nd field) is in parentheses and may hold spaces: count from after it
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Integer.parseInt(fields[16]); // field 19 of stat(5); fields[0] is field 3
        } catch (Exception e) {
            return Integer.MIN_VALUE;
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
    }
}
