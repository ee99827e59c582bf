package org.dequantlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;

/** The metric history CSV: every metric of the window, and the weights and learning rate in force. */
class MetricCsvTest {

    @Test
    void rowsCarryTheMetricsAndTheSettingsInForceAtTheirStep() {
        ExperimentConfig initial = ExperimentConfig.defaults().withRegularisers(20, 0).withSteps(60);
        TrainingSession s = new TrainingSession(initial);
        s.run(30);
        s.applyHot(s.config().withWeights(5, 1).withLearningRate(0.02));
        s.run(30);
        List<String> lines = MetricCsv.csv(initial, s.history().records(), s.history().changes()).lines().toList();
        List<String> head = Arrays.asList(lines.get(0).split(","));
        for (String column : List.of("elbo", "log_px", "mutual_information", "decode_accuracy", "ocean_mass",
                "lambda_rec", "lambda_kl", "learning_rate")) {
            assertTrue(head.contains(column), column);
        }
        boolean sawBefore = false, sawAfter = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] r = line.split(",");
            long step = Long.parseLong(r[0]);
            double rec = value(head, r, "recon"), kl = value(head, r, "kl");
            // the metrics' quadrature is finer than training's: they agree to about 1e-8
            assertEquals(-(rec + kl), value(head, r, "elbo"), 1e-6, "ELBO = −(Rec + KL) at step " + step);
            double acc = value(head, r, "decode_accuracy");
            assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
            if (r[1].equals("catnf")) {
                assertEquals(0.0, value(head, r, "ocean_mass"), "CatNF has no ocean");
            }
            assertEquals(Math.min(1.0, step / 20.0), value(head, r, "lambda_kl"), 1e-12, "annealed λ_KL at " + step);
            if (step < 30) {
                sawBefore = true;
                assertEquals(10.0, value(head, r, "lambda_rec"));
                assertEquals(0.01, value(head, r, "learning_rate"));
            } else {
                sawAfter = true;
                assertEquals(5.0, value(head, r, "lambda_rec"), "the change applies from its step");
                assertEquals(0.02, value(head, r, "learning_rate"));
            }
        }
        assertTrue(sawBefore && sawAfter);
    }

    private static double value(List<String> head, String[] row, String column) {
        return Double.parseDouble(row[head.indexOf(column)]);
    }
}
