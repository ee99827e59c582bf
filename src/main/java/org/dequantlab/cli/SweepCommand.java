package org.dequantlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.why.SweepChart;
import org.dequantlab.sweep.SweepAxis;
import org.dequantlab.sweep.SweepCsv;
import org.dequantlab.sweep.SweepJob;
import org.dequantlab.sweep.SweepMetric;
import org.dequantlab.sweep.SweepPlan;
import org.dequantlab.sweep.SweepResult;
import org.dequantlab.sweep.SweepSetting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dequantlab sweep}: trains every combination of one or two varied settings with several seeds
 * on all cores ({@link SweepJob}), prints the mean ± standard deviation over seeds of the final loss,
 * Rec, KL, mutual information and decode accuracy per method, and writes every run as CSV and the
 * chart as PNG and SVG.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train every combination of one or two settings on all cores and compare the final metrics.",
        footer = {"", "A setting is a field of the configuration file, checked as the file's fields are (see 'help train'), "
                + "or skew = p̃(0)/p̃(K-1) (geometric p̃), or ratio = λ_rec : λ_KL. K is categories with a uniform p̃, "
                + "lr is learningRate.",
            "Example: dequantlab sweep --preset blog --vary lambdaRec=1,2,5,10,20,50 --seeds 3 --steps 3000 --csv out.csv",
            "", "Exit codes: 0 done, 1 cancelled, failed or an output could not be written, 2 bad usage or input."})
final class SweepCommand extends ExperimentCommand {
    @Option(names = "--vary", paramLabel = "NAME=V1,V2,...", required = true,
            completionCandidates = SettingNames.class,
            description = "a setting and its values; give --vary once or twice. NAME: ${COMPLETION-CANDIDATES}")
    List<String> vary;

    @Option(names = "--seeds", paramLabel = "S", defaultValue = "3",
            description = "seeds per combination: the configuration's seed + 0 .. S-1 (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--steps", paramLabel = "N", description = "steps of every run (default: the configuration's)")
    Long steps;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--csv", paramLabel = "OUT", description = "write one row per run as CSV (- for standard output)")
    Path csv;

    @Mixin
    ChartFiles charts;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = out();
        PrintWriter err = err();
        SweepPlan plan = plan(config());
        int t = threads == null ? SweepJob.defaultThreads() : threads;
        if (t < 1 || t > SweepJob.MAX_THREADS) {
            throw new UsageException("--threads must be an integer from 1 to " + SweepJob.MAX_THREADS + ", got " + t);
        }
        try (OutputFiles files = charts.reserve(outputs().add("--csv", csv, true))) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            SweepJob job = SweepJob.start(plan, t, false);
            boolean terminal = terminal();
            int lastTenth = -1;
            while (!job.await(terminal ? 200 : 500, TimeUnit.MILLISECONDS)) {
                int tenth = (int) (job.progress() * 10);
                if (terminal) {
                    err.print("\r" + progress(job, t0));
                    err.flush();
                } else if (tenth > lastTenth) {
                    err.println(progress(job, t0));
                    err.flush();
                    lastTenth = tenth;
                }
            }
            SweepResult result = job.await();
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            if (terminal) {
                err.println("\r" + progress(job, t0));
            }
            err.println(String.format(Locale.ROOT, "trained %d runs x %d steps in %.1f s wall, %.1f s CPU, on %d threads",
                    job.totalRuns(), plan.steps(), wall, cpu, t));
            err.flush();
            PrintWriter table = files.dataOnStdout() ? err : out; // data on stdout: the table goes to stderr
            table.print(summary(result));
            table.flush();
            try {
                if (files.has("--csv")) {
                    files.write("--csv", SweepCsv.csv(result));
                }
                files.writeChart(() -> SweepChart.create(result), SweepChart.WIDTH, SweepChart.HEIGHT);
                files.commit(out, err);
            } catch (IOException e) {
                throw new RunFailedException(e.getMessage());
            }
            if (result.failures() > 0) {
                throw new RunFailedException(result.failures()
                        + " run(s) failed numerically (see the CSV's failure column)");
            }
            return 0;
        }
    }

    private SweepPlan plan(ExperimentConfig base) {
        List<SweepAxis> axes = new ArrayList<>();
        try {
            for (String v : vary) {
                axes.add(SweepAxis.parse(v));
            }
            SweepPlan plan = new SweepPlan(base, axes, seeds, steps == null ? base.steps() : steps);
            plan.points(); // builds and checks every configuration before anything trains
            return plan;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String progress(SweepJob job, long t0) {
        return String.format(Locale.ROOT, "sweep %3.0f%%  %d/%d runs  %.1f s", 100 * job.progress(),
                job.finishedRuns(), job.totalRuns(), (System.nanoTime() - t0) / 1e9);
    }

    /** The names {@code --vary} takes, for its help. */
    static final class SettingNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SweepSetting.values().stream().map(SweepSetting::id).iterator();
        }
    }

    /** Mean ± sd over seeds per combination and method. */
    static String summary(SweepResult r) {
        List<String> header = new ArrayList<>();
        for (SweepAxis a : r.plan().axes()) {
            header.add(a.setting().id());
        }
        header.add("method");
        header.add("runs");
        for (SweepMetric m : SweepMetric.PLOTTED) {
            header.add(m.id());
        }
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (SweepPlan.Point p : r.plan().points()) {
            for (DequantMethod m : r.plan().methods()) {
                List<String> row = new ArrayList<>(p.values());
                row.add(m.id());
                row.add(Integer.toString(r.stats(p, m, SweepMetric.LOSS).n()));
                for (SweepMetric metric : SweepMetric.PLOTTED) {
                    SweepResult.Stats s = r.stats(p, m, metric);
                    row.add(SweepCsv.fixed(s.mean()) + (s.n() > 1 ? " ± " + SweepCsv.fixed(s.sd()) : ""));
                }
                table.add(row.toArray(String[]::new));
            }
        }
        return table.render();
    }

    /** CPU time of the whole process (every thread), or 0 where the JVM does not say. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
