package org.dequantlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.export.ExportProgress;
import org.dequantlab.export.ExportSettingException;
import org.dequantlab.export.GifExport;
import org.dequantlab.export.GifExportRequest;
import org.dequantlab.io.FileErrors;
import org.dequantlab.io.OutputSet;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.metrics.Plane;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.History;
import org.dequantlab.train.NumericalFailure;
import org.dequantlab.train.TrainingSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export-gif}: trains a preset or a configuration file headless for N steps, then writes an
 * animated GIF of the run, drawn by the same renderer as the window. No display needed: it sets
 * {@code java.awt.headless=true} before any AWT use. Progress goes to stderr. Messages and exit codes
 * are those of every command ({@link ErrorReporter}): 0 written, 1 training failed or the file could not
 * be written, 2 bad flags or values, refused before training (one line naming the field). The output
 * is a regular file (or {@code -}, standard output), reserved before training and never the
 * configuration file itself.
 */
@Command(name = "export-gif", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train headless for N steps and export the run as an animated GIF.",
        footer = {"", "Exit codes: 0 written, 1 training failed or the file could not be written, 2 bad usage or "
            + "input (nothing was done)."})
public final class ExportGifCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DequantLabCli parent;

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

    @Option(names = "--out", required = true, paramLabel = "FILE.gif", description = "the GIF to write (- for "
            + "standard output)")
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

    @Option(names = "--plane", paramLabel = "PLANE", defaultValue = "z",
            description = "2-D runs: z (the z-plane, default) or cdf (the prior's CDF square, where mass is area)")
    String plane;

    @Option(names = "--no-loop", description = "play once instead of looping forever")
    boolean noLoop;

    @Option(names = "--hold", paramLabel = "SECONDS", defaultValue = "2", description = "extra time on the last frame (default 2, 0 = off)")
    double hold;

    @Option(names = "--force", description = "replace FILE.gif if it exists (a regular file only)")
    boolean force;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        ExperimentConfig config;
        List<DequantMethod> methods;
        int m;
        int[] wh;
        long first;
        long last;
        Plane shownPlane;
        try {
            shownPlane = plane(plane);
            config = source.config != null ? CommandFiles.readConfig(source.config) : preset(source.preset);
            if (steps < 1 || steps > ExperimentConfig.MAX_STEPS) {
                throw new ExportSettingException("steps", "must be an integer from 1 to " + ExperimentConfig.MAX_STEPS
                        + ", got " + steps);
            }
            if (frames != null && stepsPerFrame != null) {
                throw new ExportSettingException("frames", "give --frames or --steps-per-frame, not both");
            }
            wh = GifExportRequest.parseSize(size);
            methods = methods(config);
            config = config.withSteps(steps);
            first = from == null ? 0 : from;
            last = to == null ? steps : to;
            if (first < 0 || first > steps) {
                throw new ExportSettingException("from", "must be a step from 0 to " + steps + ", got " + first);
            }
            if (last < first || last > steps) {
                throw new ExportSettingException("to", "must be a step from " + first + " (from) to " + steps
                        + ", got " + last);
            }
            m = stepsPerFrame != null ? GifExportRequest.framesFor(first, last, stepsPerFrame)
                    : frames != null ? frames : GifExportRequest.DEFAULT_FRAMES;
            GifExportRequest.checkSettings(m, fps, wh[0], wh[1], hold);
        } catch (ExportSettingException | ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        boolean toStdout = CommandFiles.isStdout(out);
        if (toStdout && System.console() != null) {
            throw new UsageException("--out -: standard output is a terminal; redirect it to a file or a program");
        }
        // everything that can be checked is checked, and the output reserved, before training starts
        try (OutputSet outputs = new OutputSet(force, source.config == null ? List.of() : List.of(source.config))) {
            OutputSet.Pending file = toStdout ? null : CommandFiles.reserve(outputs, out, true);
            long t0 = System.nanoTime();
            History history = train(config, err);
            long trainMs = (System.nanoTime() - t0) / 1_000_000;
            RenderOptions options = RenderOptions.defaults(methods);
            options = new RenderOptions(options.methods(), !noCurves, options.logScale(), options.scale(),
                    options.weighted(), options.view()).withPlaneFor(config.latentDim(), shownPlane);
            GifExportRequest request = new GifExportRequest(config, history.records(), history.changes(), first, last,
                    m, fps, wh[0], wh[1], options, !noLoop, hold);
            GifExport export = new GifExport();
            long e0 = System.nanoTime();
            try {
                // no size estimate here: it drew and encoded six frames on one thread, a fifth of the export's
                // work, before the export itself; the result line gives the size
                err.printf(Locale.ROOT, "export-gif: %d frames %dx%d at %d fps, drawn on %d threads%n", m, wh[0], wh[1],
                        fps, GifExport.workers(m));
                int[] lastTenth = {-1};
                ExportProgress progress = (done, total) -> {
                    int tenth = done * 10 / total;
                    if (tenth != lastTenth[0]) {
                        lastTenth[0] = tenth;
                        err.printf(Locale.ROOT, "export-gif: frame %d of %d%n", done, total);
                        err.flush();
                    }
                };
                if (toStdout) {
                    PrintStream stdout = parent != null ? parent.stdout() : System.out;
                    export.writeTo(request, stdout, progress, () -> false);
                    stdout.flush();
                } else {
                    try (OutputStream o = file.open()) {
                        export.writeTo(request, o, progress, () -> false);
                    } catch (IOException e) {
                        throw new IOException("cannot write " + out + ": " + FileErrors.reason(e), e);
                    }
                    outputs.commit();
                }
            } catch (IOException e) {
                throw new RunFailedException(e.getMessage());
            }
            double seconds = (System.nanoTime() - e0) / 1e9;
            String what = toStdout ? "standard output" : out + " (" + GifExport.humanBytes(size(out)) + ", " + m
                    + " frames)";
            err.printf(Locale.ROOT, "export-gif: wrote %s in %.1f s (training %.1f s)%n", what, seconds,
                    trainMs / 1000.0);
            err.flush();
            return 0;
        }
    }

    /** The plane of {@code --plane}: z or cdf. */
    static Plane plane(String name) {
        return switch (name) {
            case "z" -> Plane.LATENT;
            case "cdf" -> Plane.CDF_SQUARE;
            default -> throw new ExportSettingException("plane", "must be z (the z-plane) or cdf (the prior's CDF "
                    + "square), got " + name);
        };
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private History train(ExperimentConfig config, PrintWriter err) {
        TrainingSession session = new TrainingSession(config);
        long tenth = Math.max(1, steps / 10);
        err.printf(Locale.ROOT, "export-gif: training %d steps%n", steps);
        err.flush();
        try {
            while (session.stepCount() < steps) {
                session.run(Math.min(tenth, steps - session.stepCount()));
                if (session.stepCount() < steps) {
                    err.printf(Locale.ROOT, "export-gif: step %d of %d%n", session.stepCount(), steps);
                    err.flush();
                }
            }
        } catch (NumericalFailure f) {
            throw new RunFailedException("training stopped, nothing written: " + f.getMessage());
        }
        session.recordNow();
        return session.history();
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

    /**
     * Runs the command in-process with the process's streams and returns its exit code, exactly as
     * {@code dequantlab export-gif ARGS} does.
     */
    public static int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export-gif";
        System.arraycopy(args, 0, all, 1, args.length);
        return DequantLabCli.run(all, System.out, System.err);
    }
}
