package org.dequantlab.sweep;

import java.util.List;
import org.dequantlab.method.DequantMethod;

/**
 * The outcomes of a sweep in plan order (all of them when it ran to the end; those that ended when
 * it was cancelled) and their summary over seeds.
 */
public record SweepResult(SweepPlan plan, List<SweepOutcome> outcomes, boolean cancelled) {

    public SweepResult {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * The spread of one metric over the seeds of one combination and method, counting only runs that
     * trained to the end.
     *
     * @param n    runs counted
     * @param mean their mean (NaN when n = 0)
     * @param sd   their sample standard deviation (0 when n = 1, NaN when n = 0)
     */
    public record Stats(int n, double mean, double sd, double min, double max) {}

    /** The summary of {@code metric} for {@code method} at combination {@code point}. */
    public Stats stats(SweepPlan.Point point, DequantMethod method, SweepMetric metric) {
        int n = 0;
        double sum = 0, sumSq = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (SweepOutcome o : outcomes) {
            if (o.done() && o.task().point().index() == point.index() && o.task().method() == method) {
                double v = metric.of(o.metrics());
                n++;
                sum += v;
                sumSq += v * v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double sd = n > 1 ? Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1))) : 0;
        return new Stats(n, mean, sd, min, max);
    }

    /** Runs that did not train to the end because of a numerical failure. */
    public long failures() {
        return outcomes.stream().filter(o -> o.status() == SweepOutcome.Status.FAILED).count();
    }
}
