package org.dequantlab.ui;

import javafx.animation.AnimationTimer;

/**
 * Runs work once the window's first frame is proven on screen: in its third pulse (the first renders the
 * window, the third proves it is on screen, as {@code --fps-report} and {@code scripts/probe/BareWindow.java}
 * measure it), after the window's own work of that pulse. Launch work the first frame can do without waits
 * for it: ND4J ({@link BackendLoader}), the curves' chart and the side panel's content ({@link LaterParts}).
 */
final class AfterFirstFrame {
    /** The pulse that proves the first frame on screen. */
    static final int PULSES = 3;

    private AfterFirstFrame() {}

    /** Call on the FX thread once the window is shown. */
    static void run(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == PULSES) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
