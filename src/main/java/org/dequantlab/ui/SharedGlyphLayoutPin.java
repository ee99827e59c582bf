package org.dequantlab.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Works around a JavaFX 21 race on Linux that corrupts the native heap: takes JavaFX's one shared text
 * shaper ({@code com.sun.javafx.text.GlyphLayout}'s reusable instance) for good, so that every text layout
 * gets a shaper of its own.
 *
 * <p>Why: {@code PangoGlyphLayout.dispose()} first hands the shared shaper back ({@code super.dispose()}) and
 * only then frees the UTF-8 copies of the text it keeps in a plain map ({@code g_free}) and clears the map.
 * A canvas's text is laid out on the render thread ({@code NGCanvas}), a {@code Text}'s on the FX thread; when
 * the other thread takes the shaper in that gap, both free the same strings. Read from a core of a window
 * test JVM that aborted with "double free or corruption (fasttop)": the FX thread in
 * {@code OSPango.g_free} ← {@code PangoGlyphLayout.dispose} ← {@code PrismTextLayout.layout} ←
 * {@code TextFlow.computePrefHeight}, in the window whose canvases draw text (the first-frame note and the
 * distribution editor's labels). Once the shared shaper is held, {@code GlyphLayout.getInstance()} always
 * creates a new one, private to its thread (one small object per layout).
 *
 * <p>Call it on the FX thread before a canvas draws text; later calls do nothing. Where the class cannot be
 * reached (JavaFX on the module path without {@code --add-exports}) the race stays, and nothing else changes.
 */
final class SharedGlyphLayoutPin {
    /** The shared shaper once held (never handed back), or null. */
    private static Object held;
    private static boolean tried;

    private SharedGlyphLayoutPin() {}

    /** Takes the shared shaper, once; returns whether it is held. */
    static synchronized boolean pin() {
        if (!tried) {
            tried = true;
            held = take();
        }
        return held != null;
    }

    private static Object take() {
        try {
            Class<?> c = Class.forName("com.sun.javafx.text.GlyphLayout");
            Method getInstance = c.getMethod("getInstance");
            Method dispose = c.getMethod("dispose");
            Field shared = c.getDeclaredField("reusableGL");
            shared.setAccessible(true);
            // the render thread may hold it for a moment: a fresh instance is handed back and we ask again
            for (int attempt = 0; attempt < 1000; attempt++) {
                Object gl = getInstance.invoke(null);
                if (gl == shared.get(null)) {
                    return gl;
                }
                dispose.invoke(gl);
                Thread.yield();
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not reachable here: the workaround is off
        }
        return null;
    }

    /** For tests: whether {@code GlyphLayout.getInstance()} now returns the held shaper (it must not). */
    static boolean sharedHandedOut() throws ReflectiveOperationException {
        Class<?> c = Class.forName("com.sun.javafx.text.GlyphLayout");
        Object gl = c.getMethod("getInstance").invoke(null);
        try {
            return gl == held;
        } finally {
            if (gl != held) {
                c.getMethod("dispose").invoke(gl);
            }
        }
    }
}
