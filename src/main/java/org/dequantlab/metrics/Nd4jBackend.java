package org.dequantlab.metrics;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads ND4J's native backend, once, before anything else in the process loads native libraries.
 *
 * <p>Why it must come first: while it loads, JavaCPP's {@code Loader.addressof} walks the loaded
 * libraries with {@code dl_iterate_phdr} and calls {@code dlclose} from inside the walk. glibc takes
 * its two loader locks in the opposite order when another thread calls {@code dlopen} at the same
 * moment, and both threads wait forever. We hit it: one launch in a few hung before its first frame,
 * with the warm-up thread in {@code addressof} and the FX thread opening {@code libprefs.so} (native
 * stacks read with gdb). JavaFX, GTK, AWT and {@code java.util.prefs} all open libraries lazily, so
 * the only safe order is ND4J first, then the toolkit. The window's launcher and the UI tests call
 * {@link #load()} before JavaFX starts; the CLI is single-threaded while it loads.
 */
public final class Nd4jBackend {
    private static volatile boolean loaded;

    private Nd4jBackend() {}

    /** Loads the backend (0.6–1.2 s on the first call, measured; nothing afterwards). Thread-safe. */
    public static synchronized void load() {
        if (!loaded) {
            Nd4j.scalar(0.0);
            loaded = true;
        }
    }
}
