package org.dequantlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.GradientProbe;
import org.dequantlab.train.MethodRun;
import org.dequantlab.train.TrainingSession;
import org.dequantlab.why.GradientAnatomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dequantlab gradients}: trains to a step and takes every method's gradient apart there
 * ({@link GradientAnatomy}, docs/maths.md §1.6): a table on stdout and, with {@code --json}, per method
 * and parameter {@code name, description, exact, pathwise, boundary, mcMean, mcStdErr}.
 *
 * <p>JSON layout: {@code {"config": {...}, "step": N, "draws": M, "methods": {"trufl": {"label": "TRUFL",
 * "boundaryTerms": true, "parameters": [{"name": "mu[0]", ...}, ...]}, ...}}}; non-finite numbers are
 * the strings "NaN", "Infinity", "-Infinity" as in {@code train --json}.
 */
@Command(name = "gradients", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Take each method's gradient apart at a training step: exact, pathwise, boundary, naive Monte Carlo.",
        footer = {"", "Exit codes: 0 done, 1 training failed or an output could not be written, 2 bad usage or input."})
final class GradientsCommand extends ExperimentCommand {
    /** Most Monte Carlo draws. */
    static final int MAX_DRAWS = 10_000_000;

    @Option(names = "--step", paramLabel = "N", defaultValue = "0", description = "train N steps first (default: ${DEFAULT-VALUE})")
    long step;

    @Option(names = "--draws", paramLabel = "M", defaultValue = "2000",
            description = "single-draw Monte Carlo estimates averaged (default: ${DEFAULT-VALUE})")
    int draws;

    @Option(names = "--json", paramLabel = "OUT", description = "write the figures as JSON (- for standard output)")
    Path json;

    @Override
    public Integer call() {
        ExperimentConfig config = config();
        if (draws < 2 || draws > MAX_DRAWS) {
            throw new UsageException("--draws must be an integer from 2 to " + MAX_DRAWS + ", got " + draws);
        }
        try (OutputFiles files = outputs().add("--json", json, true)) {
            return run(config, files, out(), err());
        }
    }

    private int run(ExperimentConfig config, OutputFiles files, PrintWriter out, PrintWriter err) {
        PrintWriter table = files.dataOnStdout() ? err : out; // data on stdout: the tables go to stderr
        TrainingSession session = TrainToStep.train(config, step, err, terminal());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("config", ConfigJson.toTree(config));
        root.put("step", step);
        root.put("draws", draws);
        ObjectNode all = root.putObject("methods");
        for (MethodRun run : session.runs()) {
            GradientAnatomy a = GradientAnatomy.of(run.method(), session.config(), step, run.theta(), draws);
            table.print(table(a));
            table.println(a.explanation());
            table.println();
            all.set(run.method().id(), json(a));
        }
        table.flush();
        try {
            if (files.has("--json")) {
                files.write("--json", ConfigJson.toJson(root));
            }
            files.commit(out, err);
        } catch (IOException e) {
            throw new RunFailedException(e.getMessage());
        }
        return 0;
    }

    static ObjectNode json(GradientAnatomy a) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("label", a.method().label());
        m.put("boundaryTerms", a.boundaryTerms());
        ArrayNode params = m.putArray("parameters");
        List<GradientProbe.Entry> entries = a.parameters();
        for (int i = 0; i < entries.size(); i++) {
            GradientProbe.Entry e = entries.get(i);
            ObjectNode p = params.addObject();
            p.put("name", e.name());
            p.put("description", a.descriptions().get(i));
            TrainingReport.number(p, "exact", e.exact());
            TrainingReport.number(p, "pathwise", e.pathwise());
            TrainingReport.number(p, "boundary", e.boundary());
            TrainingReport.number(p, "mcMean", e.mcMean());
            TrainingReport.number(p, "mcStdErr", e.mcStdErr());
        }
        return m;
    }

    static String table(GradientAnatomy a) {
        TextTable t = new TextTable(a.method().id(), "exact", "pathwise", "boundary", "naive MC mean", "s.e.");
        for (GradientProbe.Entry e : a.parameters()) {
            t.add(e.name(), g(e.exact()), g(e.pathwise()), g(e.boundary()), g(e.mcMean()), g(e.mcStdErr()));
        }
        return t.render();
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
