package org.dequantlab.ui;

import java.nio.file.Path;

/**
 * The window's command-line options: {@code --fps-report SECONDS} (train flat out, measure frame
 * times, print them and exit), {@code --open FILE} (opens an experiment file at start) and
 * {@code --present} (start in presentation mode, for class).
 *
 * @param fpsReportSeconds seconds to measure, or 0 for a normal session
 * @param open             a file to open, or null
 * @param present          start in presentation mode
 */
public record LaunchOptions(double fpsReportSeconds, Path open, boolean present) {

    /** Parses the arguments; throws IllegalArgumentException with a clear message on bad ones. */
    public static LaunchOptions parse(String... args) {
        double fps = 0;
        Path open = null;
        boolean present = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--fps-report" -> {
                    String v = value(args, ++i, a);
                    try {
                        fps = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        fps = Double.NaN;
                    }
                    if (!(fps > 0 && fps <= 3600)) {
                        throw new IllegalArgumentException(
                                "--fps-report: must be a number of seconds above 0 and at most 3600, got " + v);
                    }
                }
                case "--open" -> open = Path.of(value(args, ++i, a));
                case "--present" -> present = true;
                default -> throw new IllegalArgumentException("unknown option '" + a
                        + "' (the window takes: --fps-report SECONDS, --open FILE, --present)");
            }
        }
        return new LaunchOptions(fps, open, present);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + ": needs a value");
        }
        return args[i];
    }

    public boolean fpsReport() {
        return fpsReportSeconds > 0;
    }
}
