package org.dequantlab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.AtomicFiles;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.SnapshotFactory;

/**
 * The metric history as CSV, one row per recorded step and method:
 * {@code step,method,loss,recon,kl,kl_0,...,kl_{K-1},elbo,log_px,mutual_information,decode_accuracy,
 * ocean_mass,lambda_rec,lambda_kl,learning_rate}. The metrics a record does not hold (ELBO, log p(x),
 * I(x;z), decode accuracy, ocean mass) are computed from its parameters, exactly as the window's
 * metrics are; λ_rec, λ_KL (after KL annealing) and the learning rate are those in force at that step.
 * Numbers are written in full precision with a dot as decimal separator (whatever the locale), so
 * spreadsheets and pandas read them back exactly.
 */
public final class MetricCsv {
    private MetricCsv() {}

    /**
     * The CSV text (header line first, LF line ends) of a run that started on {@code initial} with the
     * hot {@code changes} made during it.
     */
    public static String csv(ExperimentConfig initial, List<HistoryRecord> records, List<ConfigChange> changes) {
        int categories = initial.categories();
        StringBuilder sb = new StringBuilder("step,method,loss,recon,kl");
        for (int x = 0; x < categories; x++) {
            sb.append(",kl_").append(x);
        }
        sb.append(",elbo,log_px,mutual_information,decode_accuracy,ocean_mass,lambda_rec,lambda_kl,learning_rate\n");
        SnapshotFactory metrics = new SnapshotFactory(categories);
        for (HistoryRecord r : records) {
            ExperimentConfig config = inForce(initial, changes, r.step());
            LossWeights w = LossWeights.at(config, r.step());
            for (HistoryRecord.Point p : r.points()) {
                sb.append(r.step()).append(',').append(p.method().id()).append(',').append(num(p.loss())).append(',')
                        .append(num(p.recon())).append(',').append(num(p.kl()));
                double[] kl = p.klPerCategory();
                for (int x = 0; x < categories; x++) {
                    sb.append(',').append(x < kl.length ? num(kl[x]) : "");
                }
                Metrics m = metrics.describe(p.method(), p.theta(), config, r.step(), false).metrics();
                for (double v : new double[] {m.elbo(), m.logLikelihood(), m.mutualInformation(), m.decodeAccuracy(),
                        m.oceanMass(), w.lambdaRec(), w.lambdaKl(), config.learningRate()}) {
                    sb.append(',').append(num(v));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Writes the CSV; an existing file is replaced only with {@code overwrite}. */
    public static void write(Path target, ExperimentConfig initial, List<HistoryRecord> records,
            List<ConfigChange> changes, boolean overwrite) throws IOException {
        byte[] bytes = csv(initial, records, changes).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, overwrite, out -> out.write(bytes));
    }

    /** The configuration in force at {@code step}: a change at step s applies from step s on. */
    static ExperimentConfig inForce(ExperimentConfig initial, List<ConfigChange> changes, long step) {
        ExperimentConfig c = initial;
        for (ConfigChange change : changes) {
            if (change.step() > step) {
                break;
            }
            c = change.after();
        }
        return c;
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : (Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
    }
}
