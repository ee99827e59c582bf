package org.dequantlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.Encoder;
import org.dequantlab.metrics.DensityFieldGrid;
import org.dequantlab.metrics.MetricsCalculator;
import org.dequantlab.metrics.Plane;
import org.dequantlab.model.Estimator;
import org.dequantlab.objective.LossWeights;

/**
 * The 2-D latent's part of {@code bench} (docs/maths.md §7): steps per second of every method at
 * K = {@value #K} (names suffixed {@code -2d}), then the cost of a 2-D snapshot's parts, one
 * {@link DensityFieldGrid#evaluate} (one plane, as a panel draws it, and both; K×G×G, G = 160 and 200)
 * and one 2-D {@link MetricsCalculator#compute}, as wall-clock and thread-CPU medians.
 */
final class PlaneBench {
    /** Categories of the 2-D lines (Argmax serves at most 4 in the plane). */
    static final int K = 4;
    /** Grid sizes timed. */
    static final int[] SIZES = {DensityFieldGrid.DEFAULT_SIZE, 200};

    private PlaneBench() {}

    private static ExperimentConfig config(BenchCommand.Variant v, Estimator estimator) {
        return ExperimentConfig.defaults().withCategories(K, null).withLatentDim(2).withEstimator(estimator)
                .withSamples(BenchCommand.MC_SAMPLES).withMethodOptions(v.cell(), false).withMethods(List.of(v.method()));
    }

    /** Steps per second of each method and estimator at K = 4 on a 2-D latent. */
    static void steps(BenchCommand bench, PrintWriter out, PrintWriter err) {
        out.println("2-D latent (latentDim 2), K = " + K + ": the same measurement");
        for (BenchCommand.Variant v : BenchCommand.variants()) {
            for (Estimator estimator : Estimator.values()) {
                String name = v.name() + "-2d";
                err.print("bench: " + name + " " + estimator.id() + " K=" + K + " ...");
                err.flush();
                double[][] rates = bench.measure(v.method(), config(v, estimator));
                err.println(" done");
                err.flush();
                out.println(BenchCommand.row(name, estimator, K, rates));
                out.flush();
            }
        }
    }

    /** One 2-D field evaluation (both planes) at each size, and one 2-D metrics computation, per method. */
    static void fields(BenchCommand bench, PrintWriter out, PrintWriter err) {
        err.println("bench: 2-D fields and metrics ...");
        err.flush();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = Math.max(10, bench.repeats * 4);
        for (BenchCommand.Variant v : BenchCommand.variants()) {
            ExperimentConfig c = config(v, Estimator.EXACT);
            BenchCommand.Stepper s = new BenchCommand.Stepper(v.method(), c);
            s.run(300);
            Encoder e = s.encoder();
            for (int size : SIZES) {
                DensityFieldGrid grid = new DensityFieldGrid(K, size, DensityFieldGrid.DEFAULT_RANGE);
                double[][] t = time(n, cpu, () -> grid.evaluate(e, Plane.LATENT));
                double[][] t2 = time(n, cpu, () -> grid.evaluate(e));
                out.println(String.format(Locale.ROOT, "DensityFieldGrid.evaluate %-15s K=%d G=%d (%dx%dx%d): one"
                        + " plane median %.2f ms (CPU %.2f ms), both planes %.2f ms (CPU %.2f ms) over %d calls",
                        v.name(), K, size, K, size, size, BenchCommand.median(t[0]), BenchCommand.median(t[1]),
                        BenchCommand.median(t2[0]), BenchCommand.median(t2[1]), n));
            }
            MetricsCalculator metrics = new MetricsCalculator(K);
            LossWeights w = LossWeights.of(10, 1);
            double[][] t = time(n, cpu, () -> metrics.compute(e, w));
            out.println(String.format(Locale.ROOT, "MetricsCalculator.compute %-15s K=%d (2-D): median %.2f ms (CPU "
                    + "%.2f ms) over %d calls", v.name(), K, BenchCommand.median(t[0]), BenchCommand.median(t[1]), n));
            out.flush();
        }
    }

    /** Milliseconds of n calls after n warm-up calls: [0] wall clock, [1] thread CPU. */
    private static double[][] time(int n, java.lang.management.ThreadMXBean cpu, Runnable task) {
        for (int i = 0; i < n; i++) {
            task.run();
        }
        double[][] ms = new double[2][n];
        for (int i = 0; i < n; i++) {
            long c0 = cpu.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            task.run();
            ms[0][i] = (System.nanoTime() - t0) / 1e6;
            ms[1][i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        return ms;
    }
}
