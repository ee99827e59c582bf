package org.dequantlab.train;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.model.Estimator;
import org.dequantlab.model.Method;

/** Manual probe (not a test): java -cp ... org.dequantlab.train.Probe */
public class Probe {
    public static void main(String[] a) {
        ExperimentConfig c = ExperimentConfig.defaults();
        if (a.length > 0 && a[0].equals("skewed")) c = c.withCategories(2, new double[] {0.8, 0.2});
        if (a.length > 0 && a[0].equals("three")) c = c.withCategories(3, null);
        if (a.length > 0 && a[0].equals("collapse")) c = c.withWeights(1, 1);
        if (a.length > 1) c = c.withEstimator(Estimator.parse(a[1]));
        TrainingSession s = new TrainingSession(c);
        long t0 = System.nanoTime();
        for (int i = 0; i <= 10; i++) {
            if (i > 0) s.run(1000);
            Snapshot snap = s.snapshot(false, TrainerStatus.PAUSED, null, 0);
            StringBuilder sb = new StringBuilder("step " + s.stepCount());
            for (MethodSnapshot m : snap.methods()) {
                Metrics x = m.metrics();
                sb.append(String.format("  %s loss=%.5f rec=%.5f kl=%.5f acc=%.5f ocean=%.2e mu=%s s=%s a=%s b=%s", m.method(), x.loss(), x.recon(), x.kl(), x.decodeAccuracy(), x.oceanMass(),
                        fmt(m.parameters().mu()), fmt(m.parameters().scale()), fmt(m.parameters().lower()), fmt(m.parameters().upper())));
            }
            System.out.println(sb);
        }
        System.out.printf("optimum %.5f, %.1f ms%n", c.optimalLoss(), (System.nanoTime() - t0) / 1e6);
    }
    static String fmt(double[] v) { StringBuilder b = new StringBuilder("["); for (double d : v) b.append(String.format("%.4f ", d)); return b.append("]").toString(); }
}
