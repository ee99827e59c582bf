package org.dequantlab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dequantlab.io.AtomicFiles;
import org.dequantlab.train.HistoryRecord;

/**
 * The metric history as CSV, one row per recorded step and method:
 * {@code step,method,loss,recon,kl,kl_0,...,kl_{K-1}}. Numbers are written in full precision with a
 * dot as decimal separator (whatever the locale), so spreadsheets and pandas read them back exactly.
 */
public final class MetricCsv {
    private MetricCsv() {}

    /** The CSV text (header line first, LF line ends). */
    public static String csv(List<HistoryRecord> records, int categories) {
        StringBuilder sb = new StringBuilder("step,method,loss,recon,kl");
        for (int x = 0; x < categories; x++) {
            sb.append(",kl_").append(x);
        }
        sb.append('\n');
        for (HistoryRecord r : records) {
            for (HistoryRecord.Point p : r.points()) {
                sb.append(r.step()).append(',').append(p.method().id()).append(',').append(num(p.loss())).append(',')
                        .append(num(p.recon())).append(',').append(num(p.kl()));
                double[] kl = p.klPerCategory();
                for (int x = 0; x < categories; x++) {
                    sb.append(',').append(x < kl.length ? num(kl[x]) : "");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Writes the CSV; an existing file is replaced only with {@code overwrite}. */
    public static void write(Path target, List<HistoryRecord> records, int categories, boolean overwrite)
            throws IOException {
        byte[] bytes = csv(records, categories).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, overwrite, out -> out.write(bytes));
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : (Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    }
}
