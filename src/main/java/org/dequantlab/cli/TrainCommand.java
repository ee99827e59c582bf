package org.dequantlab.cli;

import org.dequantlab.export.MetricCsv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Preset;
import org.dequantlab.config.Presets;
import org.dequantlab.io.FileErrors;
import org.dequantlab.io.OutputSet;
import org.dequantlab.model.Estimator;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.NumericalFailure;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.train.TrainingSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dequantlab train}: trains a preset or a configuration file headless on the calling thread
 * (a {@link TrainingSession}; no density curves, so ND4J is never loaded), shows progress on stderr,
 * prints a summary on stdout and writes the final metrics (JSON) and the metric history (CSV).
 * Outputs are regular files (or {@code -}, standard output), checked and reserved before training
 * starts, written as a set (both or neither) and never replaced without {@code --force}, not even a
 * file that appears during training; an output can never be the configuration file itself.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train headless and report the final metrics.",
        footer = {"", "Exit codes: 0 done, 1 training failed or an output could not be written, 2 bad usage or input "
            + "(nothing was done)."})
final class TrainCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--preset", paramLabel = "NAME", description = "a built-in experiment (see 'dequantlab presets')")
        String preset;

        @Option(names = "--config", paramLabel = "FILE", description = "a configuration JSON file")
        Path config;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--method", paramLabel = "METHODS", converter = Choices.MethodsConverter.class,
            description = "which methods to train (default: the configuration's): catnf, trufl, both, argmax, voronoi,"
                    + " all, or a comma-separated list")
    Choices.MethodSelection methods;

    @Option(names = "--steps", paramLabel = "N", description = "train N steps (default: the configuration's)")
    Long steps;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the initialisation and of the samples")
    Long seed;

    @Option(names = "--estimator", paramLabel = "exact|mc", converter = Choices.EstimatorConverter.class,
            description = "gradient estimator (default: the configuration's)")
    Estimator estimator;

    @Option(names = "--json", paramLabel = "OUT", description = "write the final metrics and parameters as JSON "
            + "(- for standard output)")
    Path json;

    @Option(names = "--csv", paramLabel = "OUT", description = "write the metric history as CSV (- for standard output)")
    Path csv;

    @Option(names = "--force", description = "replace existing output files (regular files only)")
    boolean force;

    @Spec
    CommandSpec spec;

    @ParentCommand
    DequantLabCli parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String label = source.preset != null ? "preset " + preset(source.preset).name()
                : source.config.toString();
        ExperimentConfig config = overrides(baseConfig());
        if (CommandFiles.isStdout(json) && CommandFiles.isStdout(csv)) {
            throw new UsageException("--json and --csv cannot both go to standard output (-)");
        }
        try (OutputSet outputs = new OutputSet(force, source.config == null ? List.of() : List.of(source.config))) {
            // every output is checked and its temporary file created before training starts
            OutputSet.Pending jsonFile = json == null || CommandFiles.isStdout(json) ? null
                    : CommandFiles.reserve(outputs, json, true);
            OutputSet.Pending csvFile = csv == null || CommandFiles.isStdout(csv) ? null
                    : CommandFiles.reserve(outputs, csv, true);
            boolean dataOnStdout = CommandFiles.isStdout(json) || CommandFiles.isStdout(csv);

            TrainingSession session = new TrainingSession(config);
            ProgressLine progress = new ProgressLine(err, parent != null && parent.terminal(), config.steps());
            String failure = null;
            try {
                while (session.stepCount() < config.steps()) {
                    session.step();
                    long step = session.stepCount();
                    if (progress.due(step)) {
                        progress.show(step, losses(session));
                    }
                }
            } catch (NumericalFailure f) {
                failure = f.getMessage();
            }
            progress.finish();
            session.recordNow();
            Snapshot snapshot = session.snapshot(false,
                    failure == null ? TrainerStatus.FINISHED : TrainerStatus.FAILED, failure, 0);
            double seconds = progress.elapsedSeconds();
            err.println(String.format(Locale.ROOT, "trained %d steps in %.1f s (%,.0f steps/s)", session.stepCount(),
                    seconds, session.stepCount() / Math.max(seconds, 1e-9)));
            err.flush();
            // with data on standard output, the table for people goes to stderr
            PrintWriter summary = dataOnStdout ? err : out;
            summary.print(TrainingReport.summary(label, snapshot));
            summary.flush();

            String jsonText = json == null ? null : ConfigJson.toJson(TrainingReport.json(snapshot));
            String csvText = csv == null ? null : MetricCsv.csv(session.initialConfig(),
                    session.history().records(), session.history().changes());
            try {
                fill(jsonFile, jsonText);
                fill(csvFile, csvText);
                outputs.commit(); // both files, or neither
            } catch (IOException e) {
                throw new RunFailedException(e.getMessage());
            }
            for (OutputSet.Pending p : new OutputSet.Pending[] {jsonFile, csvFile}) {
                if (p != null) {
                    err.println("wrote " + p.target());
                }
            }
            if (CommandFiles.isStdout(json)) {
                out.print(jsonText);
            }
            if (CommandFiles.isStdout(csv)) {
                out.print(csvText);
            }
            out.flush();
            err.flush();
            if (failure != null) {
                throw new RunFailedException("training stopped: " + failure);
            }
            return 0;
        }
    }

    private static void fill(OutputSet.Pending file, String text) throws IOException {
        if (file == null) {
            return;
        }
        try (OutputStream o = file.open()) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("cannot write " + file.target() + ": " + FileErrors.reason(e), e);
        }
    }

    private ExperimentConfig baseConfig() {
        if (source.preset != null) {
            return preset(source.preset).config();
        }
        return CommandFiles.readConfig(source.config);
    }

    private static Preset preset(String name) {
        try {
            return Presets.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The configuration with the command-line overrides; the record checks the values. */
    private ExperimentConfig overrides(ExperimentConfig c) {
        if (methods != null) {
            c = c.withMethods(methods.methods());
        }
        if (steps != null) {
            c = c.withSteps(steps);
        }
        if (seed != null) {
            c = c.withSeed(seed);
        }
        if (estimator != null) {
            c = c.withEstimator(estimator);
        }
        return c;
    }

    /** The losses of the latest recorded step, e.g. "catnf 1.4123  trufl 0.9021". */
    private static String losses(TrainingSession session) {
        HistoryRecord last = session.history().at(Long.MAX_VALUE);
        if (last == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (HistoryRecord.Point p : last.points()) {
            if (sb.length() > 0) {
                sb.append("  ");
            }
            sb.append(p.method().id()).append(' ').append(TrainingReport.fixed(p.loss(), 4));
        }
        return sb.toString();
    }
}
