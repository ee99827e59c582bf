package org.dequantlab.render;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.EncoderParameters;
import org.dequantlab.model.Method;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.SnapshotFactory;
import org.dequantlab.train.TrainerStatus;

/**
 * Hand-built snapshots with known geometry, for pixel tests. Two categories: CatNF logistics at
 * μ = ∓2, s = 0.5; TRUFL the same truncated to (a, b) = (0.1, 0.9), so its supports are
 * μ ± 0.5·logit(0.9) = μ ± 1.0986: [−3.10, −0.90] and [0.90, 3.10], with ocean between.
 */
public final class KnownSnapshots {
    public static final double[] MU = {-2, 2};
    public static final double[] SCALE = {0.5, 0.5};
    public static final double[] LOWER = {0.1, 0.1};
    public static final double[] UPPER = {0.9, 0.9};
    public static final long STEP = 1234;

    private KnownSnapshots() {}

    public static Snapshot twoCategories() {
        ExperimentConfig config = ExperimentConfig.defaults();
        double[] catnf = EncoderParameters.fromNatural(Method.CATNF, MU, SCALE, null, null).vector();
        double[] trufl = EncoderParameters.fromNatural(Method.TRUFL, MU, SCALE, LOWER, UPPER).vector();
        return new SnapshotFactory(2).snapshot(config, STEP, List.of(catnf, trufl), true, TrainerStatus.PAUSED,
                null, 0);
    }

    /** Half-width of each TRUFL support around μ: s·logit(0.9). */
    public static double halfWidth() {
        return 0.5 * Math.log(0.9 / 0.1);
    }
}
