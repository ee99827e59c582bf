package org.dequantlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Methods;
import org.dequantlab.method.VoronoiCell;
import org.dequantlab.model.Estimator;
import org.dequantlab.train.MethodRun;
import org.dequantlab.train.NumericalFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dequantlab bench}: optimisation steps per second of one {@link MethodRun} on the calling
 * thread (one method, no history, no snapshots), for each registered method (Voronoi with both cell
 * families) × estimator × K. The gradients are plain Java {@code double[]} arithmetic; the density
 * curves for drawing are timed apart as one {@link DensityGrid#evaluate} on the K×561 grid (ND4J for
 * the logistic family, plain Java for the others). The 2-D latent's lines ({@link PlaneBench}) follow:
 * steps/s at K = 4, and the drawing fields and metrics of a 2-D snapshot.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure training steps per second (method x estimator x K, on a 1-D and a 2-D latent) and the ND4J"
                + " density grids.")
final class BenchCommand implements Callable<Integer> {
    static final int[] CATEGORIES = {2, 8};
    static final int MC_SAMPLES = 256;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "5", description = "timed repeats (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "5000", description = "steps per repeat (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "2000", description = "untimed warm-up steps (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--no-grid", description = "skip the ND4J density-grid timing (saves the ~1-3 s ND4J start-up)")
    boolean noGrid;

    @Option(names = "--no-2d", description = "skip the 2-D latent's lines (steps/s at K=4, field and metrics timings)")
    boolean noPlane;

    @Option(names = "--only-2d", description = "only the 2-D latent's lines")
    boolean onlyPlane;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (repeats < 1 || repeats > 1000) {
            throw new UsageException("--repeats must be from 1 to 1000, got " + repeats);
        }
        if (steps < 1 || steps > 10_000_000) {
            throw new UsageException("--steps must be from 1 to 10000000, got " + steps);
        }
        if (warmup < 0 || warmup > 10_000_000) {
            throw new UsageException("--warmup must be from 0 to 10000000, got " + warmup);
        }
        if (onlyPlane && noPlane) {
            throw new UsageException("--only-2d and --no-2d leave nothing to measure: choose one");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(machine());
        out.println(String.format(Locale.ROOT, "steps/s of one MethodRun on the calling thread (no history, no "
                + "snapshots): warm-up %d steps, then the median of %d repeats of %d steps; mc uses %d samples "
                + "per category; 'CPU steps/s' divides by the thread's CPU time instead of the wall clock", warmup,
                repeats, steps, MC_SAMPLES));
        out.println();
        String header = String.format(Locale.ROOT, "%-15s  %-9s  %2s  %14s  %12s  %12s  %8s  %14s", "method",
                "estimator", "K", "median steps/s", "min", "max", "us/step", "CPU steps/s");
        out.println(header);
        out.flush();
        for (Variant v : onlyPlane ? List.<Variant>of() : variants()) {
            for (Estimator estimator : Estimator.values()) {
                for (int k : CATEGORIES) {
                    ExperimentConfig config = v.config(estimator, k);
                    if (config == null) {
                        out.println(String.format(Locale.ROOT, "%-15s  %-9s  %2d  %14s", v.name(), estimator.id(), k,
                                "not served in 1-D"));
                        continue;
                    }
                    err.print("bench: " + v.name() + " " + estimator.id() + " K=" + k + " ...");
                    err.flush();
                    double[][] rates = measure(v.method(), config);
                    err.println(" done");
                    err.flush();
                    out.println(row(v.name(), estimator, k, rates));
                    out.flush();
                }
            }
        }
        if (!noPlane) {
            out.println();
            PlaneBench.steps(this, out, err);
        }
        if (!noGrid) {
            out.println();
            if (!onlyPlane) {
                timeGrid(out, err);
            }
            if (!noPlane) {
                out.println();
                PlaneBench.fields(this, out, err);
            }
        }
        out.flush();
        return 0;
    }

    /** A method with one setting of its options, as benchmarked. */
    record Variant(String name, DequantMethod method, VoronoiCell cell) {
        /** The benchmark configuration, or null where the method cannot serve K. */
        ExperimentConfig config(Estimator estimator, int k) {
            ExperimentConfig c = ExperimentConfig.defaults().withCategories(k, null).withEstimator(estimator)
                    .withSamples(MC_SAMPLES).withMethodOptions(cell, false);
            return method.refusal(c.problem()) != null ? null : c.withMethods(List.of(method));
        }
    }

    /** Every registered method, and Voronoi with each cell family. */
    static List<Variant> variants() {
        List<Variant> out = new java.util.ArrayList<>();
        for (DequantMethod m : Methods.all()) {
            if (m == Methods.VORONOI) {
                for (VoronoiCell cell : VoronoiCell.values()) {
                    out.add(new Variant(m.id() + "/" + cell.id(), m, cell));
                }
            } else {
                out.add(new Variant(m.id(), m, VoronoiCell.UNIFORM));
            }
        }
        return out;
    }

    static ExperimentConfig configFor(DequantMethod method, Estimator estimator, int k) {
        return ExperimentConfig.defaults().withCategories(k, null).withEstimator(estimator).withSamples(MC_SAMPLES)
                .withMethods(List.of(method));
    }

    /**
     * Steps per second of each repeat: [0] by wall-clock time, [1] by the thread's CPU time (steadier
     * when other processes share the cores).
     */
    double[][] measure(DequantMethod method, ExperimentConfig config) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Stepper stepper = new Stepper(method, config);
        stepper.run(warmup);
        double[][] rates = new double[2][repeats];
        for (int r = 0; r < repeats; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            stepper.run(steps);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            rates[0][r] = steps / ((t1 - t0) / 1e9);
            rates[1][r] = c1 > c0 ? steps / ((c1 - c0) / 1e9) : Double.NaN;
        }
        return rates;
    }

    /** Steps a run; if it fails numerically (a long run at lr 1e-2 may), starts a fresh one and goes on. */
    static final class Stepper {
        private final DequantMethod method;
        private final ExperimentConfig config;
        private MethodRun run;
        private long index;

        Stepper(DequantMethod method, ExperimentConfig config) {
            this.method = method;
            this.config = config;
            this.run = new MethodRun(method, config);
        }

        void run(int n) {
            for (int i = 0; i < n; i++) {
                try {
                    run.step(config, index++, false);
                } catch (NumericalFailure f) {
                    run = new MethodRun(method, config);
                    index = 0;
                }
            }
        }

        Encoder encoder() {
            return run.encoder();
        }
    }

    /**
     * One {@link DensityGrid#evaluate} (K×561) per method and K, after the ND4J start-up: the logistic
     * family's component densities run on ND4J, the others' point by point.
     */
    private void timeGrid(PrintWriter out, PrintWriter err) {
        err.println("bench: starting ND4J for the density grid ...");
        err.flush();
        try {
            long t0 = System.nanoTime();
            org.dequantlab.metrics.Nd4jBackend.load();
            double init = (System.nanoTime() - t0) / 1e9;
            out.println(String.format(Locale.ROOT, "ND4J start-up: %.2f s", init));
            for (Variant v : variants()) {
                for (int k : CATEGORIES) {
                    ExperimentConfig config = v.config(Estimator.EXACT, k);
                    if (config == null) {
                        continue;
                    }
                    DensityGrid grid = new DensityGrid(k);
                    Stepper s = new Stepper(v.method(), config);
                    s.run(200);
                    Encoder c = s.encoder();
                    for (int i = 0; i < 50; i++) {
                        grid.evaluate(c);
                    }
                    int n = Math.max(20, repeats * 20);
                    double[] micros = new double[n];
                    for (int i = 0; i < n; i++) {
                        long a = System.nanoTime();
                        grid.evaluate(c);
                        micros[i] = (System.nanoTime() - a) / 1e3;
                    }
                    out.println(String.format(Locale.ROOT,
                            "DensityGrid.evaluate %-14s K=%d (%dx%d grid): median %.0f us (min %.0f, max %.0f) over %d"
                                    + " calls", v.name(), k, k, DensityGrid.POINTS, median(micros), min(micros),
                            max(micros), n));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            out.println("ND4J density grid: not available (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** The JVM and CPU facts that the figures depend on. */
    static String machine() {
        Runtime rt = Runtime.getRuntime();
        String cpu = cpuModel();
        return String.format(Locale.ROOT, "JVM: %s %s (%s), %d available processors, max heap %d MB, %s %s%s",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), rt.availableProcessors(), rt.maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.arch"), cpu == null ? "" : ", CPU: " + cpu);
    }

    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(info)) {
            return null;
        }
        try (var lines = Files.lines(info)) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** One table row: name, estimator, K, median, min, max, µs/step and median CPU steps/s. */
    static String row(String name, Estimator estimator, int k, double[][] rates) {
        double median = median(rates[0]);
        return String.format(Locale.ROOT, "%-15s  %-9s  %2d  %,14.0f  %,12.0f  %,12.0f  %8.1f  %,14.0f", name,
                estimator.id(), k, median, min(rates[0]), max(rates[0]), 1e6 / median, median(rates[1]));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
