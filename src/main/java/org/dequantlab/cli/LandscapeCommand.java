package org.dequantlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.render.why.LandscapeChart;
import org.dequantlab.sweep.SweepCsv;
import org.dequantlab.train.MethodRun;
import org.dequantlab.train.TrainingSession;
import org.dequantlab.why.LandscapePath;
import org.dequantlab.why.LossLandscape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dequantlab landscape}: trains to a step and evaluates the loss around that state along one
 * raw parameter or over two ({@link LossLandscape}), for every method that has the named parameters.
 * The CSV holds one row per grid point ({@code kind=grid}), the state ({@code current}) and the recent
 * path ({@code path}, each recorded step at its own loss; Rec and KL left empty there):
 * {@code kind,method,step,P1[,P2],loss,recon,kl}.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The loss around a training step along one or two raw parameters, with the optimiser's path "
                + "(the chart shows the first method).",
        footer = {"", "Example: dequantlab landscape --preset blog --step 10000 --method trufl --params beta[1] "
                + "--range 0.1 --grid 81 --csv kink.csv",
            "", "Exit codes: 0 done, 1 training failed or an output could not be written, 2 bad usage or input."})
final class LandscapeCommand extends ExperimentCommand {
    @Option(names = "--step", paramLabel = "N", defaultValue = "0", description = "train N steps first (default: ${DEFAULT-VALUE})")
    long step;

    @Option(names = "--params", paramLabel = "P1[,P2]", required = true,
            description = "one or two raw parameters by name, e.g. beta[1] or mu[0],mu[1] (see 'gradients')")
    String params;

    @Option(names = "--range", paramLabel = "R", defaultValue = "0.5",
            description = "each parameter spans its value +- R (default: ${DEFAULT-VALUE})")
    double range;

    @Option(names = "--grid", paramLabel = "G", defaultValue = "41", description = "points per parameter (default: ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--path", paramLabel = "K", defaultValue = "200",
            description = "recent recorded steps in the path (default: ${DEFAULT-VALUE})")
    int pathLength;

    @Option(names = "--csv", paramLabel = "OUT",
            description = "write the grid, the state and the path as CSV (- for standard output)")
    Path csv;

    @Mixin
    ChartFiles charts;

    @Override
    public Integer call() {
        ExperimentConfig config = config();
        if (pathLength < 0 || pathLength > 100_000) {
            throw new UsageException("--path must be an integer from 0 to 100000, got " + pathLength);
        }
        List<Target> targets = targets(config);
        check(targets.get(0), config);
        try (OutputFiles files = charts.reserve(outputs().add("--csv", csv, true))) {
            run(config, targets, files, out(), err());
        }
        return 0;
    }

    private void run(ExperimentConfig config, List<Target> targets, OutputFiles files, PrintWriter out,
            PrintWriter err) {
        PrintWriter lines = files.dataOnStdout() ? err : out; // data on stdout: the summary goes to stderr
        TrainingSession session = TrainToStep.train(config, step, err, terminal());
        session.recordNow();
        LossWeights weights = LossWeights.at(session.config(), step);
        StringBuilder table = new StringBuilder();
        List<LossLandscape.Result> results = new ArrayList<>();
        List<LandscapePath> paths = new ArrayList<>();
        for (Target t : targets) {
            MethodRun run = session.runs().stream().filter(r -> r.method() == t.method()).findFirst().orElseThrow();
            LossLandscape.Result r = LossLandscape.compute(new LossLandscape.Request(t.method(), config.problem(), weights,
                    run.theta(), t.params(), range, grid), () -> false);
            LandscapePath path = LandscapePath.recent(session.history(), t.method(), step, pathLength);
            results.add(r);
            paths.add(path);
            lines.println(summary(t, r));
            csv(table, t, r, path, step, results.size() == 1);
        }
        lines.flush();
        Target first = targets.get(0);
        try {
            if (files.has("--csv")) {
                files.write("--csv", table.toString());
            }
            files.writeChart(() -> LandscapeChart.create(results.get(0), paths.get(0), first.layout(), step),
                    LandscapeChart.WIDTH, LandscapeChart.HEIGHT);
            files.commit(out, err);
        } catch (IOException e) {
            throw new RunFailedException(e.getMessage());
        }
    }

    /** A method and the indices of the named parameters in its layout. */
    record Target(DequantMethod method, ParameterLayout layout, int[] params) {}

    private List<Target> targets(ExperimentConfig config) {
        List<Target> out = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (DequantMethod m : config.methods()) {
            ParameterLayout layout = m.layout(config.problem());
            try {
                out.add(new Target(m, layout, LossLandscape.parameters(layout, params)));
            } catch (IllegalArgumentException e) {
                why.add(m.id() + ": " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new UsageException("--params " + params + ": " + String.join("; ", why));
        }
        return out;
    }

    /** Checks --range and --grid before any training. */
    private void check(Target t, ExperimentConfig config) {
        try {
            new LossLandscape.Request(t.method(), config.problem(), LossWeights.of(1, 1),
                    new double[t.layout().size()], t.params(), range, grid);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("range") ? "--" + e.getMessage()
                    : e.getMessage().startsWith("grid") ? "--" + e.getMessage() : "--params: " + e.getMessage());
        }
    }

    private static String summary(Target t, LossLandscape.Result r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: loss %.6f at", t.method().id(),
                r.currentLoss()));
        for (int i = 0; i < t.params().length; i++) {
            sb.append(String.format(Locale.ROOT, " %s = %.6g", t.layout().symbol(t.params()[i]), r.current(i)));
        }
        if (r.bend() != null) {
            sb.append("; ").append(r.bend());
        }
        return sb.toString();
    }

    private static void csv(StringBuilder sb, Target t, LossLandscape.Result r, LandscapePath path, long step,
            boolean header) {
        int[] p = t.params();
        if (header) {
            sb.append("kind,method,step");
            for (int i : p) {
                sb.append(',').append(SweepCsv.quote(t.layout().symbol(i)));
            }
            sb.append(",loss,recon,kl\n");
        }
        int nx = r.xs().length, ny = Math.max(1, r.ys().length);
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                int k = iy * nx + ix;
                sb.append("grid,").append(t.method().id()).append(',').append(step).append(',').append(r.xs()[ix]);
                if (p.length > 1) {
                    sb.append(',').append(r.ys()[iy]);
                }
                sb.append(',').append(r.loss()[k]).append(',').append(r.recon()[k]).append(',').append(r.kl()[k])
                        .append('\n');
            }
        }
        sb.append("current,").append(t.method().id()).append(',').append(step);
        for (int i = 0; i < p.length; i++) {
            sb.append(',').append(r.current(i));
        }
        sb.append(',').append(r.currentLoss()).append(",,\n");
        for (int j = 0; j < path.size(); j++) {
            sb.append("path,").append(t.method().id()).append(',').append(path.steps()[j]);
            for (int i : p) {
                sb.append(',').append(path.thetas().get(j)[i]);
            }
            sb.append(',').append(path.loss()[j]).append(",,\n");
        }
    }
}
