package org.dequantlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ConfigFile;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.io.ExperimentFile.Experiment;
import org.dequantlab.io.InputFiles;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.NumericalFailure;
import org.dequantlab.train.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dequantlab check FILE}: validates a configuration or an experiment file exactly as
 * {@code train --config} and the window's {@code --open} read them (the same {@link ConfigFile} and
 * {@link ExperimentFile} code, same limits), so a teacher can check a shared file before class.
 * Prints what the file holds and exits 0, or prints the reason and exits 2. With {@code --replay}, an
 * experiment file is also replayed headless to its saved step, as opening it does; a run that fails
 * on the way (a numerical failure) exits 1.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check a configuration or experiment file as 'train --config' and '--open' read it.",
        footer = {"", "Exit codes: 0 valid (and, with --replay, replayed), 1 the replayed run fails, 2 the file "
            + "is refused."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a configuration or experiment JSON file")
    Path file;

    @Option(names = "--replay", description = "also replay an experiment file to its saved step, with progress")
    boolean replay;

    @Spec
    CommandSpec spec;

    @ParentCommand
    DequantLabCli parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes;
        try {
            bytes = InputFiles.read(file);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        if (ExperimentFile.isExperiment(bytes)) {
            Experiment e;
            try {
                e = ExperimentFile.parse(bytes, file.toString());
            } catch (IOException ex) {
                throw new UsageException(ex.getMessage());
            }
            out.println(file + ": a valid experiment file: " + describe(e.config()) + "; " + e.changes().size()
                    + " hot change" + (e.changes().size() == 1 ? "" : "s") + ", replays " + e.steps() + " steps"
                    + (e.history().isEmpty() ? "" : ", " + e.history().size() + " history records"));
            out.flush();
            if (replay) {
                replay(e, out);
            }
        } else {
            ExperimentConfig c;
            try {
                c = ConfigFile.parse(bytes, file.toString());
            } catch (IOException ex) {
                throw new UsageException(ex.getMessage());
            }
            out.println(file + ": a valid configuration: " + describe(c) + ", " + c.steps() + " steps");
            out.flush();
        }
        return 0;
    }

    private void replay(Experiment e, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        Replay r = new Replay(e.config(), e.changes(), e.steps());
        ProgressLine progress = new ProgressLine(err, parent != null && parent.terminal(), e.steps());
        try {
            while (!r.done()) {
                r.step();
                long step = r.session().stepCount();
                if (progress.due(step)) {
                    progress.show(step, "replaying");
                }
            }
        } catch (NumericalFailure f) {
            progress.finish();
            throw new RunFailedException(file + ": the replayed run fails: " + f.getMessage());
        }
        progress.finish();
        out.println(file + ": replayed to step " + r.session().stepCount() + " in "
                + String.format(Locale.ROOT, "%.1f s", progress.elapsedSeconds()));
        out.flush();
    }

    private static String describe(ExperimentConfig c) {
        return "K = " + c.categories() + ", " + c.methods().stream().map(DequantMethod::id).collect(Collectors.joining(" + "))
                + ", " + c.estimator().id();
    }
}
