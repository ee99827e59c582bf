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
import org.dequantlab.model.Components;
import org.dequantlab.model.Estimator;
import org.dequantlab.model.Method;
import org.dequantlab.train.MethodRun;
import org.dequantlab.train.NumericalFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dequantlab bench}: optimisation steps per second of one {@link MethodRun} on the calling
 * thread (one method, no history, no snapshots), for each method × estimator × K. The gradients are
 * plain Java {@code double[]} arithmetic; ND4J only evaluates the density curves for drawing, timed
 * apart as one {@link DensityGrid#evaluate} on the K×561 grid.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure training steps per second (method x estimator x K) and the ND4J density grid.")
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(machine());
        out.println(String.format(Locale.ROOT, "steps/s of one MethodRun on the calling thread (no history, no "
                + "snapshots): warm-up %d steps, then the median of %d repeats of %d steps; mc uses %d samples "
                + "per category", warmup, repeats, steps, MC_SAMPLES));
        out.println();
        String header = String.format(Locale.ROOT, "%-6s  %-9s  %2s  %14s  %12s  %12s  %8s", "method", "estimator",
                "K", "median steps/s", "min", "max", "us/step");
        out.println(header);
        out.flush();
        for (Method method : Method.values()) {
            for (Estimator estimator : Estimator.values()) {
                for (int k : CATEGORIES) {
                    err.print("bench: " + method.id() + " " + estimator.id() + " K=" + k + " ...");
                    err.flush();
                    double[] rates = measure(method, estimator, k);
                    err.println(" done");
                    err.flush();
                    double median = median(rates);
                    out.println(String.format(Locale.ROOT, "%-6s  %-9s  %2d  %,14.0f  %,12.0f  %,12.0f  %8.1f",
                            method.id(), estimator.id(), k, median, min(rates), max(rates), 1e6 / median));
                    out.flush();
                }
            }
        }
        if (!noGrid) {
            out.println();
            timeGrid(out, err);
        }
        out.flush();
        return 0;
    }

    static ExperimentConfig configFor(Method method, Estimator estimator, int k) {
        return ExperimentConfig.defaults().withCategories(k, null).withEstimator(estimator).withSamples(MC_SAMPLES)
                .withMethods(List.of(method));
    }

    /** Steps per second of each repeat. */
    private double[] measure(Method method, Estimator estimator, int k) {
        ExperimentConfig config = configFor(method, estimator, k);
        Stepper stepper = new Stepper(method, config);
        stepper.run(warmup);
        double[] rates = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            stepper.run(steps);
            long t1 = System.nanoTime();
            rates[r] = steps / ((t1 - t0) / 1e9);
        }
        return rates;
    }

    /** Steps a run; if it fails numerically (a long run at lr 1e-2 may), starts a fresh one and goes on. */
    private static final class Stepper {
        private final Method method;
        private final ExperimentConfig config;
        private MethodRun run;
        private long index;

        Stepper(Method method, ExperimentConfig config) {
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

        Components components() {
            return run.components();
        }
    }

    /** One {@link DensityGrid#evaluate} (ND4J, K×561) per K, after the ND4J start-up. */
    private void timeGrid(PrintWriter out, PrintWriter err) {
        err.println("bench: starting ND4J for the density grid ...");
        err.flush();
        try {
            long t0 = System.nanoTime();
            DensityGrid first = new DensityGrid(CATEGORIES[0]);
            double init = (System.nanoTime() - t0) / 1e9;
            out.println(String.format(Locale.ROOT, "ND4J start-up (first DensityGrid): %.2f s", init));
            for (int k : CATEGORIES) {
                DensityGrid grid = k == CATEGORIES[0] ? first : new DensityGrid(k);
                Stepper s = new Stepper(Method.TRUFL, configFor(Method.TRUFL, Estimator.EXACT, k));
                s.run(200);
                Components c = s.components();
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
                        "ND4J DensityGrid.evaluate K=%d (%dx%d grid): median %.0f us (min %.0f, max %.0f) over %d calls",
                        k, k, DensityGrid.POINTS, median(micros), min(micros), max(micros), n));
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

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
