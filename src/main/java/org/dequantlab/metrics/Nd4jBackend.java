package org.dequantlab.metrics;

import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads ND4J's native backend, once, so that its start-up never overlaps another thread opening a native
 * library.
 *
 * <p>Why: while ND4J's backend starts ({@code CpuNDArrayFactory} and {@code CpuBlas} look up BLAS functions),
 * JavaCPP's {@code Loader.addressof} walks the loaded libraries with {@code dl_iterate_phdr} and calls
 * {@code dlclose} from inside the walk. glibc takes its two loader locks in the opposite order when another
 * thread calls {@code dlopen} at the same moment, and both threads wait forever. We hit it: one launch in a
 * few hung before its first frame, with a warm-up thread in {@code addressof} and the FX thread opening
 * {@code libprefs.so} (native stacks read with gdb). JavaFX, GTK, AWT and {@code java.util.prefs} all open
 * libraries lazily. Opening libraries on two threads at once is safe (both take the locks in the same order):
 * only the backend's start must be alone.
 *
 * <p>Two ways in. Headless (the CLI, tests): the first {@link #ensureLoaded} or {@link #load} loads it on the
 * calling thread (the UI tests load it before the toolkit starts). The window: ND4J costs about a second,
 * which the first frame must not wait for, so the launcher {@link #defer}s it: the window shows, then
 * {@link #loadLibraries} opens the libraries on a background thread (safe next to the toolkit) and the
 * backend is started on the FX thread ({@code loadsHere}), which meanwhile opens nothing (the GTK loop and
 * the rendering wait for it). Until then every other thread that needs ND4J waits in {@link #ensureLoaded}.
 */
public final class Nd4jBackend {
    private static volatile boolean loaded;
    /** Null: load where first needed. Else: only threads it accepts start the backend; others wait. */
    private static volatile BooleanSupplier loadsHere;
    private static final CountDownLatch READY = new CountDownLatch(1);

    private Nd4jBackend() {}

    /**
     * Loads the backend now on this thread (0.6–1.2 s on the first call, measured; nothing afterwards) and
     * keeps libnd4j's operations on the calling thread.
     *
     * <p>Why one thread: the drawing grids are small (at most K × 256² elements), and on the 2-core
     * machine, with the trainer and the painter busy, libnd4j's default of one OpenMP worker per core
     * made elementwise operations 10–20 times slower (measured on a 4×160² float array: exp 8 ms and a
     * row sum 10 ms with 2 workers, 0.3 ms and 0.9 ms with 1).
     */
    public static synchronized void load() {
        if (!loaded) {
            try {
                Nd4j.scalar(0.0);
                Nd4j.getEnvironment().setMaxThreads(1);
                loaded = true;
            } finally {
                READY.countDown(); // waiters retry on their own thread and meet the same error, if any
            }
        }
    }

    /** Whether the backend is started. */
    public static boolean loaded() {
        return loaded;
    }

    /**
     * From now on the backend starts only on a thread that {@code loadsHere} accepts (the window's FX thread,
     * by a later {@link #load}); any other thread needing it waits in {@link #ensureLoaded}.
     */
    public static void defer(BooleanSupplier loadsHere) {
        Nd4jBackend.loadsHere = loadsHere;
    }

    /**
     * Stops deferring (the window closes): waiting threads go on and load the backend themselves, if they
     * still need it. A daemon trainer thread then ends with the process.
     */
    public static void stopDeferring() {
        loadsHere = null;
        READY.countDown();
    }

    /**
     * Opens ND4J's native libraries (JavaCPP, OpenBLAS, libnd4j) without starting the backend: the slow part,
     * safe next to a thread that opens libraries too. Errors are left for {@link #load} to report.
     */
    public static void loadLibraries() {
        try {
            Loader.load(Nd4jCpu.class);
        } catch (Throwable e) {
            // a missing or broken native library: load() meets it again and reports it
        }
    }

    /**
     * Before using ND4J: returns at once when the backend is started; else starts it on this thread, or
     * (while {@link #defer}red, on any thread but the one it names) waits until it is started.
     *
     * @throws IllegalStateException if interrupted while waiting
     */
    public static void ensureLoaded() {
        if (loaded) {
            return;
        }
        BooleanSupplier here = loadsHere;
        if (here != null && !here.getAsBoolean()) {
            try {
                READY.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while ND4J's backend loads");
            }
        }
        load();
    }

    /**
     * Keeps libnd4j's OpenMP regions started from the calling thread on that thread. OpenMP's thread
     * count is a per-thread setting, so {@link #load()}'s setting did not reach the threads that
     * later compute (the painter): their operations still woke a spinning worker team, and on the loaded
     * 2-core machine about half the 2-D field evaluations then took 25–35 ms of CPU instead of 1–6 ms
     * (measured; with OMP_NUM_THREADS=1 in the environment the spikes vanished). Call it on every
     * thread that runs ND4J operations, once.
     */
    public static void singleThreadedHere() {
        ensureLoaded();
        org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
    }
}
