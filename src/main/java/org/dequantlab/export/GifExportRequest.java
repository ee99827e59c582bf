package org.dequantlab.export;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;

/**
 * Everything a GIF export needs, validated in one place: the compact constructor throws an
 * {@link ExportSettingException} naming the field and what is allowed.
 *
 * @param config         the run's configuration (hot fields as at its end; earlier ones come from {@code changes})
 * @param records        the recorded history, oldest first (not empty)
 * @param changes        the hot-setting changes, oldest first
 * @param fromStep       first step shown, inside the recorded history
 * @param toStep         last step shown, from {@code fromStep} to the last recorded step
 * @param frames         number of frames, {@value #MIN_FRAMES}..{@value #MAX_FRAMES}
 * @param fps            frames per second, {@value #MIN_FPS}..{@value #MAX_FPS}
 * @param width          frame width in pixels, {@value #MIN_SIZE}..{@value #MAX_SIZE}
 * @param height         frame height in pixels, {@value #MIN_SIZE}..{@value #MAX_SIZE}
 * @param options        what is drawn (panels, curves); each method must be in the run
 * @param loop           repeat forever (NETSCAPE2.0 loop count 0) or play once
 * @param holdLastSeconds extra time the last frame stays up, 0 (off) to {@value #MAX_HOLD_SECONDS}
 */
public record GifExportRequest(ExperimentConfig config, List<HistoryRecord> records, List<ConfigChange> changes,
        long fromStep, long toStep, int frames, int fps, int width, int height, RenderOptions options,
        boolean loop, double holdLastSeconds) {

    public static final int MIN_SIZE = 16;
    public static final int MAX_SIZE = 4096;
    public static final int MIN_FPS = 1;
    public static final int MAX_FPS = 50;
    public static final int MIN_FRAMES = 1;
    public static final int MAX_FRAMES = 2000;
    public static final double MAX_HOLD_SECONDS = 60;
    public static final int DEFAULT_FPS = 20;
    public static final int DEFAULT_FRAMES = 120;
    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 450;
    public static final double DEFAULT_HOLD_SECONDS = 2;

    public GifExportRequest {
        if (config == null) {
            throw new ExportSettingException("config", "is missing");
        }
        if (records == null || records.isEmpty()) {
            throw new ExportSettingException("history", "nothing is recorded yet: train a few steps first");
        }
        records = List.copyOf(records);
        changes = changes == null ? List.of() : List.copyOf(changes);
        checkSettings(frames, fps, width, height, holdLastSeconds);
        long first = records.get(0).step();
        long last = records.get(records.size() - 1).step();
        if (fromStep < first || fromStep > last) {
            throw new ExportSettingException("from", "must be a recorded step from " + first + " to " + last
                    + ", got " + fromStep);
        }
        if (toStep < fromStep || toStep > last) {
            throw new ExportSettingException("to", "must be a recorded step from " + fromStep + " (from) to " + last
                    + ", got " + toStep);
        }
        if (options == null || options.methods().isEmpty()) {
            throw new ExportSettingException("methods", "choose at least one of: " + ids(config));
        }
        for (DequantMethod m : options.methods()) {
            if (!config.methods().contains(m)) {
                throw new ExportSettingException("methods", m.id() + " was not trained in this run (trained: "
                        + ids(config) + ")");
            }
        }
    }

    /** Checks the settings that do not depend on the history (so callers can check before training). */
    public static void checkSettings(int frames, int fps, int width, int height, double holdLastSeconds) {
        checkSize("width", width);
        checkSize("height", height);
        if (fps < MIN_FPS || fps > MAX_FPS) {
            throw new ExportSettingException("fps", "must be an integer from " + MIN_FPS + " to " + MAX_FPS
                    + " (GIF delays are in 1/100 s and browsers cap at 50 fps), got " + fps);
        }
        if (frames < MIN_FRAMES || frames > MAX_FRAMES) {
            throw new ExportSettingException("frames", "must be an integer from " + MIN_FRAMES + " to " + MAX_FRAMES
                    + ", got " + frames);
        }
        if (!Double.isFinite(holdLastSeconds) || holdLastSeconds < 0 || holdLastSeconds > MAX_HOLD_SECONDS) {
            throw new ExportSettingException("hold", "must be a number of seconds from 0 (off) to "
                    + (int) MAX_HOLD_SECONDS + ", got " + holdLastSeconds);
        }
    }

    private static void checkSize(String field, int v) {
        if (v < MIN_SIZE || v > MAX_SIZE) {
            throw new ExportSettingException(field, "must be an integer from " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels, got " + v);
        }
    }

    /** How a choice of "every trained method's panel" is named: "both" for two, "all 4" for four. */
    public static String allPanelsChoice(ExperimentConfig c) {
        return c.methods().size() == 2 ? "both" : "all " + c.methods().size();
    }

    private static String ids(ExperimentConfig config) {
        return config.methods().stream().map(DequantMethod::id).toList().toString();
    }

    /**
     * The defaults over a whole recorded run: every recorded step, 120 frames at 20 fps, 800×450, every
     * trained method's panel with curves, loop forever, hold the last frame 2 s.
     */
    public static GifExportRequest defaults(ExperimentConfig config, List<HistoryRecord> records,
            List<ConfigChange> changes) {
        long first = records.isEmpty() ? 0 : records.get(0).step();
        long last = records.isEmpty() ? 0 : records.get(records.size() - 1).step();
        return new GifExportRequest(config, records, changes, first, last, DEFAULT_FRAMES, DEFAULT_FPS, DEFAULT_WIDTH,
                DEFAULT_HEIGHT, RenderOptions.defaults(config.methods()), true, DEFAULT_HOLD_SECONDS);
    }

    /** The number of frames that shows every {@code stepsPerFrame}-th step of [from, to] (at least 1). */
    public static int framesFor(long fromStep, long toStep, long stepsPerFrame) {
        if (stepsPerFrame < 1) {
            throw new ExportSettingException("stepsPerFrame", "must be an integer of at least 1, got " + stepsPerFrame);
        }
        long n = (toStep - fromStep) / stepsPerFrame + 1;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, n));
    }

    /**
     * Parses a size such as {@code 800x450}.
     *
     * @return {width, height}
     * @throws ExportSettingException naming {@code size}, {@code width} or {@code height}
     */
    public static int[] parseSize(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        String[] parts = t.split("[x×]");
        if (parts.length != 2) {
            throw new ExportSettingException("size", "must look like WIDTHxHEIGHT, e.g. 800x450, got '" + text + "'");
        }
        int[] wh = new int[2];
        String[] names = {"width", "height"};
        for (int i = 0; i < 2; i++) {
            try {
                wh[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new ExportSettingException(names[i], "must be an integer from " + MIN_SIZE + " to " + MAX_SIZE
                        + " pixels, got '" + parts[i].trim() + "'");
            }
            checkSize(names[i], wh[i]);
        }
        return wh;
    }

    // ----- withers used by the dialog and the command line -----

    public GifExportRequest withRange(long from, long to) {
        return new GifExportRequest(config, records, changes, from, to, frames, fps, width, height, options, loop,
                holdLastSeconds);
    }

    public GifExportRequest withFrames(int n) {
        return new GifExportRequest(config, records, changes, fromStep, toStep, n, fps, width, height, options, loop,
                holdLastSeconds);
    }

    public GifExportRequest withFps(int f) {
        return new GifExportRequest(config, records, changes, fromStep, toStep, frames, f, width, height, options, loop,
                holdLastSeconds);
    }

    public GifExportRequest withSize(int w, int h) {
        return new GifExportRequest(config, records, changes, fromStep, toStep, frames, fps, w, h, options, loop,
                holdLastSeconds);
    }

    public GifExportRequest withOptions(RenderOptions o) {
        return new GifExportRequest(config, records, changes, fromStep, toStep, frames, fps, width, height, o, loop,
                holdLastSeconds);
    }

    public GifExportRequest withLoop(boolean l, double holdSeconds) {
        return new GifExportRequest(config, records, changes, fromStep, toStep, frames, fps, width, height, options, l,
                holdSeconds);
    }
}
