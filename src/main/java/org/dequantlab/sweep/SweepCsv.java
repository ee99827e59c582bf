package org.dequantlab.sweep;

import java.util.Locale;
import org.dequantlab.metrics.Metrics;

/**
 * One CSV row per run of a sweep: the varied settings' values, the seed index and seed, the method,
 * how it ended, and every {@link SweepMetric} (empty when cancelled). Numbers are written with
 * {@code Double.toString} (round-trip exact); a failure's message is quoted.
 */
public final class SweepCsv {
    private SweepCsv() {}

    /** The CSV text of a result. */
    public static String csv(SweepResult r) {
        StringBuilder sb = new StringBuilder();
        for (SweepAxis a : r.plan().axes()) {
            sb.append(a.setting().id()).append(',');
        }
        sb.append("seedIndex,seed,method,status,steps");
        for (SweepMetric m : SweepMetric.values()) {
            sb.append(',').append(m.id());
        }
        sb.append(",failure\n");
        for (SweepOutcome o : r.outcomes()) {
            SweepPlan.Task t = o.task();
            for (String v : t.point().values()) {
                sb.append(quote(v)).append(',');
            }
            sb.append(t.seedIndex()).append(',').append(t.config().seed()).append(',').append(t.method().id())
                    .append(',').append(o.status().id()).append(',').append(t.config().steps());
            Metrics m = o.metrics();
            for (SweepMetric metric : SweepMetric.values()) {
                sb.append(',');
                if (m != null) {
                    sb.append(metric.of(m));
                }
            }
            sb.append(',');
            if (o.failure() != null) {
                sb.append(quote(o.failure()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    public static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"").replace("\r", " ").replace("\n", " ") + '"';
    }

    /** A number for tables: 4 decimals. */
    public static String fixed(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
