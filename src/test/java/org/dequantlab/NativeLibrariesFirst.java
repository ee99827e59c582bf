package org.dequantlab;

import org.dequantlab.metrics.Nd4jBackend;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Loads ND4J once, before any test runs, as the application's launcher does: ND4J's native start-up
 * can deadlock against JavaFX opening its own libraries on another thread (see {@link Nd4jBackend}).
 * Without this, whichever test first needed a density grid would load ND4J, possibly on a trainer
 * thread while a window test starts the toolkit. Registered in {@code META-INF/services}.
 */
public final class NativeLibrariesFirst implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Nd4jBackend.load();
    }
}
