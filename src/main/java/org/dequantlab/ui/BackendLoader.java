package org.dequantlab.ui;

import javafx.application.Platform;
import org.dequantlab.metrics.Nd4jBackend;

/**
 * Loads ND4J for the window once its first frame is on screen (the launcher {@linkplain Nd4jBackend#defer
 * deferred} it): the window shows its layout about a second sooner, and the trainer, waiting for ND4J, starts
 * right after. Two steps, as {@link Nd4jBackend} requires: the native libraries are opened on a background
 * thread, then the backend is started on the FX thread, which opens no library meanwhile (a pause of a tenth
 * of a second or so, measured, while the canvas still says 'Starting…').
 */
final class BackendLoader {
    private BackendLoader() {}

    /** Call on the FX thread once the window is shown; does nothing when ND4J is loaded already. */
    static void afterFirstFrame() {
        if (Nd4jBackend.loaded()) {
            return;
        }
        AfterFirstFrame.run(() -> {
            Thread t = new Thread(() -> {
                Nd4jBackend.loadLibraries();
                Platform.runLater(BackendLoader::startBackend);
            }, "nd4j-loader");
            t.setDaemon(true);
            t.start();
        });
    }

    private static void startBackend() {
        try {
            Nd4jBackend.load();
        } catch (Throwable e) {
            // the trainer meets it too and reports a missing backend in the window (banner), where the user sees it
        }
    }
}
