package org.dequantlab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, without initialising, the classes the window needs at launch, on a background thread, so
 * the FX thread finds them loaded instead of reading, parsing and verifying them itself. About 5,000
 * classes come from jars at launch (JavaFX, ControlsFX, JFreeChart, ND4J); the list in
 * {@value #LIST} is their load order, recorded by {@code scripts/startup-classes.sh}. Measured on two
 * cores, four launches each: about 0.25 s less from JVM start to the first frame. Loading without
 * initialising runs no static initialiser, so nothing here opens a native library (which must not
 * overlap ND4J's start, see {@link org.dequantlab.metrics.Nd4jBackend}). A stale entry is skipped.
 * {@code -Ddequantlab.preload=false} turns it off (to record a fresh list).
 */
public final class StartupClassPreloader {
    static final String LIST = "startup-classes.txt";

    private StartupClassPreloader() {}

    /**
     * Starts the preloading thread (a daemon), unless turned off or the launcher's archive is mapped: it holds
     * these classes parsed and verified, and loading them again on a second thread only took a core from the
     * launch (measured with the app image, two cores, 7 and 9 alternating launches: medians 1.59 s against
     * 1.68 s, 2.13 s against 2.26 s).
     */
    public static void start() {
        if (!Boolean.parseBoolean(System.getProperty("dequantlab.preload", "true"))
                || SharedArchive.launcherArchiveInUse()) {
            return;
        }
        Thread t = new Thread(StartupClassPreloader::preload, "class-preloader");
        t.setDaemon(true);
        t.start();
    }

    /** Loads every listed class it can; returns {loaded, listed}. */
    static int[] preload() {
        ClassLoader loader = StartupClassPreloader.class.getClassLoader();
        int loaded = 0, listed = 0;
        try (InputStream in = StartupClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return new int[] {0, 0};
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = r.readLine(); name != null; name = r.readLine()) {
                if (name.isBlank()) {
                    continue;
                }
                listed++;
                try {
                    Class.forName(name.trim(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // a stale entry (renamed class, upgraded dependency): only an optimisation
                }
            }
        } catch (IOException e) {
            // only an optimisation
        }
        return new int[] {loaded, listed};
    }
}
