package org.dequantlab.ui;

import java.util.Locale;

/**
 * Whether a window can open here, asked before the toolkit starts: without a display JavaFX fails
 * deep inside GTK with a stack trace, so the launcher says it in one line instead.
 */
final class WindowSupport {
    private WindowSupport() {}

    /**
     * Why no window can open, or null if one can (or this is not a system where we can tell).
     */
    static String missingDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") && !os.contains("bsd")) {
            return null; // Windows and macOS always have a display for a desktop session
        }
        String platform = System.getProperty("glass.platform", "");
        if (platform.equalsIgnoreCase("Monocle") || System.getProperty("monocle.platform") != null) {
            return null; // headless JavaFX (tests)
        }
        if (blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            return "no display: the window needs a graphical session (DISPLAY is not set). Start it on a desktop, "
                    + "or under xvfb-run; the commands (train, export-gif, check, bench, presets) need no display";
        }
        return null;
    }

    /** The first line of why the toolkit failed, without the exception's class. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
