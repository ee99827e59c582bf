package org.dequantlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.Presets;
import org.dequantlab.io.AtomicFiles;
import org.dequantlab.export.ExportSettingException;
import org.dequantlab.export.GifExport;
import org.dequantlab.export.GifExportRequest;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.History;
import org.dequantlab.train.TrainingSession;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-gif}: trains a preset or a configuration file headless for N steps, then writes an
 * animated GIF of the run, drawn by the same renderer as the window. No display needed: it sets
 * {@code java.awt.headless=true} before any AWT use. Progress goes to stderr. Exit codes: 0 written,
 * 1 the file could not be written, 2 bad flags or values (one line naming the field).
 */
@Command(name = "export-gif", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train headless for N steps and export the run as an animated GIF.")
public final class ExportGifCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    static final class Source {
        @Option(names = "--preset", paramLabel = "NAME", description = "blog, three, skewed or collapse")
        String preset;
        @Option(names = "--config", paramLabel = "FILE", description = "experiment JSON file")
        Path config;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "training steps")
    long steps;

    @Option(names = "--out", required = true, paramLabel = "FILE.gif", description = "the GIF to write")
    Path out;

    @Option(names = "--fps", paramLabel = "F", defaultValue = "20", description = "frames per second, 1..50 (default 20)")
    int fps;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x450", description = "frame size (default 800x450)")
    String size;

    @Option(names = "--frames", paramLabel = "M", description = "number of frames, 1..2000 (default 120)")
    Integer frames;

    @Option(names = "--steps-per-frame", paramLabel = "S", description = "instead of --frames: one frame every S steps")
    Long stepsPerFrame;

    @Option(names = "--from", paramLabel = "STEP", description = "first step shown (default 0)")
    Long from;

    @Option(names = "--to", paramLabel = "STEP", description = "last step shown (default N)")
    Long to;

    @Option(names = "--method", paramLabel = "METHODS", defaultValue = "all",
            description = "panels to draw: all (default: every trained method), both, catnf, trufl, argmax, voronoi or a "
                    + "comma-separated list")
    String method;

    @Option(names = "--no-curves", description = "leave out the Rec / KL / loss curves")
    boolean noCurves;

    @Option(names = "--no-loop", description = "play once instead of looping forever")
    boolean noLoop;

    @Option(names = "--hold", paramLabel = "SECONDS", defaultValue = "2", description = "extra time on the last frame (default 2, 0 = off)")
    double hold;

    @Option(names = "--force", description = "replace FILE.gif if it exists")
    boolean force;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
        try {
            ExperimentConfig config = loadConfig();
            if (steps < 1 || steps > ExperimentConfig.MAX_STEPS) {
                throw new ExportSettingException("steps", "must be an integer from 1 to " + ExperimentConfig.MAX_STEPS
                        + ", got " + steps);
            }
            if (frames != null && stepsPerFrame != null) {
                throw new ExportSettingException("frames", "give --frames or --steps-per-frame, not both");
            }
            int[] wh = GifExportRequest.parseSize(size);
            List<DequantMethod> methods = methods(config);
            config = config.withSteps(steps);

            long first = from == null ? 0 : from;
            long last = to == null ? steps : to;
            if (first < 0 || first > steps) {
                throw new ExportSettingException("from", "must be a step from 0 to " + steps + ", got " + first);
            }
            if (last < first || last > steps) {
                throw new ExportSettingException("to", "must be a step from " + first + " (from) to " + steps
                        + ", got " + last);
            }
            int m = stepsPerFrame != null ? GifExportRequest.framesFor(first, last, stepsPerFrame)
                    : frames != null ? frames : GifExportRequest.DEFAULT_FRAMES;
            // Check everything we can before spending time on training.
            GifExportRequest.checkSettings(m, fps, wh[0], wh[1], hold);
            AtomicFiles.check(out, force);

            long t0 = System.nanoTime();
            History history = train(config, err);
            long trainMs = (System.nanoTime() - t0) / 1_000_000;
            RenderOptions options = RenderOptions.defaults(methods);
            options = new RenderOptions(options.methods(), !noCurves, options.logScale(), options.scale(),
                    options.weighted(), options.densityMax());
            GifExportRequest request = new GifExportRequest(config, history.records(), history.changes(), first, last,
                    m, fps, wh[0], wh[1], options, !noLoop, hold);

            GifExport export = new GifExport();
            // no size estimate here: it drew and encoded six frames on one thread, a fifth of the export's work,
            // before the export itself; the result line gives the size
            err.printf(Locale.ROOT, "export-gif: %d frames %dx%d at %d fps, drawn on %d threads%n", m, wh[0], wh[1], fps,
                    GifExport.workers(m));
            int[] lastTenth = {-1};
            GifExport.Result result = export.export(request, out, force, (done, total) -> {
                int tenth = done * 10 / total;
                if (tenth != lastTenth[0]) {
                    lastTenth[0] = tenth;
                    err.printf(Locale.ROOT, "export-gif: frame %d of %d%n", done, total);
                    err.flush();
                }
            }, () -> false);
            err.printf(Locale.ROOT, "export-gif: wrote %s (%s, %d frames) in %.1f s (training %.1f s)%n", out,
                    GifExport.humanBytes(result.bytes()), result.frames(), result.millis() / 1000.0, trainMs / 1000.0);
            err.flush();
            return OK;
        } catch (ExportSettingException | ConfigException e) {
            return fail(err, USAGE, e.getMessage());
        } catch (FileAlreadyExistsException e) {
            return fail(err, USAGE, e.getReason() != null ? e.getReason() : e.getMessage());
        } catch (IOException e) {
            return fail(err, FAILED, e.getMessage());
        }
    }

    private History train(ExperimentConfig config, PrintWriter err) {
        TrainingSession session = new TrainingSession(config);
        long tenth = Math.max(1, steps / 10);
        err.printf(Locale.ROOT, "export-gif: training %d steps%n", steps);
        err.flush();
        while (session.stepCount() < steps) {
            session.run(Math.min(tenth, steps - session.stepCount()));
            if (session.stepCount() < steps) {
                err.printf(Locale.ROOT, "export-gif: step %d of %d%n", session.stepCount(), steps);
                err.flush();
            }
        }
        session.recordNow();
        return session.history();
    }

    private ExperimentConfig loadConfig() {
        if (source.config != null) {
            try {
                return ConfigJson.read(source.config);
            } catch (IOException e) {
                throw new ExportSettingException("config", "cannot read " + source.config + ": " + e.getMessage());
            }
        }
        return preset(source.preset);
    }

    private List<DequantMethod> methods(ExperimentConfig config) {
        String t = method == null ? "all" : method.trim().toLowerCase(Locale.ROOT);
        List<DequantMethod> chosen;
        if (t.equals("all") || t.equals("both") && config.methods().size() <= 2) {
            chosen = config.methods();
        } else {
            try {
                chosen = Choices.parseMethods(t);
            } catch (IllegalArgumentException e) {
                throw new ExportSettingException("method", "must be " + Choices.METHOD_VALUES + ", got '" + method + "'");
            }
        }
        for (DequantMethod x : chosen) {
            if (!config.methods().contains(x)) {
                throw new ExportSettingException("method", x.id() + " is not trained by this configuration");
            }
        }
        return chosen;
    }

    /** The configuration of a preset; an unknown name is refused naming the allowed ones. */
    static ExperimentConfig preset(String name) {
        try {
            return Presets.byName(name).config();
        } catch (IllegalArgumentException e) {
            throw new ExportSettingException("preset", e.getMessage());
        }
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("dequantlab export-gif: " + message.strip().replaceAll("\\s*\\R\\s*", "; "));
        err.flush();
        return code;
    }

    /** Runs the command in-process and returns its exit code (flags errors: one line, code 2). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cmd = new CommandLine(new ExportGifCommand());
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("dequantlab export-gif: " + ex.getMessage().strip()
                    .replaceAll("\\s*\\R\\s*", "; ") + " (see 'export-gif --help')");
            ex.getCommandLine().getErr().flush();
            return USAGE;
        });
        return cmd.execute(args);
    }

    /** For testing without the root command: {@code java -cp ... org.dequantlab.cli.ExportGifCommand ...}. */
    public static void main(String[] args) {
        System.exit(run(args));
    }
}
