package org.dequantlab.sweep;

import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Estimator;

/**
 * A setting a sweep can vary, with how one value of it (as typed) changes a configuration. The
 * configuration record checks every result, so a value out of range is reported with the field's own
 * message.
 *
 * <p>{@link #SKEW} sets p̃ to a geometric progression with p̃(0)/p̃(K−1) = skew (1 is uniform; for K = 2,
 * skew 4 gives (0.8, 0.2)). {@link #CATEGORIES} sets K with a uniform p̃; when both vary, K is applied
 * first, so the skew holds for every K. Settings are applied in declaration order (K before the skew,
 * λ_KL before the ratio), whatever the order of the axes.
 */
public enum SweepSetting {
    /** K, with a uniform p̃. */
    CATEGORIES("K", "K", List.of("categories")) {
        @Override
        ExperimentConfig apply(ExperimentConfig c, String value) {
            return c.withCategories((int) integer(value), null);
        }
    },
    /** p̃(0)/p̃(K−1), geometric in between. */
    SKEW("skew", "skew p̃(0)/p̃(K−1)", List.of()) {
        @Override
        ExperimentConfig apply(ExperimentConfig c, String value) {
            double r = number(value);
            if (!(r >= 1 && r <= MAX_SKEW)) {
                throw new ConfigException("skew", "must be a number from 1 (uniform) to " + (int) MAX_SKEW + ", got "
                        + value);
            }
            return c.withCategories(c.categories(), skewed(c.categories(), r));
        }
    },
    /** λ_KL with λ_rec kept. */
    LAMBDA_KL("lambdaKl", "λ_KL", List.of()) {
        @Override
        ExperimentConfig apply(ExperimentConfig c, String value) {
            return c.withWeights(c.lambdaRec(), number(value));
        }
    },
    /** λ_rec with λ_KL kept: with the usual λ_KL = 1 this is the λ_rec : λ_KL ratio. */
    LAMBDA_REC("lambdaRec", "λ_rec", List.of()) {
        @Override
        ExperimentConfig apply(ExperimentConfig c, String value) {
            return c.withWeights(number(value), c.lambdaKl());
        }
    },
    /** λ_rec : λ_KL, setting λ_rec = ratio·λ_KL with λ_KL kept. */
    RATIO("ratio", "λ_rec : λ_KL", List.of()) {
        @Override
        ExperimentConfig apply(ExperimentConfig c, String value) {
            return c.withWeights(number(value) * c.lambdaKl(), c.lambdaKl());
        }
    },
    /** Adam's learning rate. */
    LEARNING_RATE("learningRate", "learning rate", List.of("lr")) {
        @Override
        ExperimentConfig apply(ExperimentConfig c, String value) {
            return c.withLearningRate(number(value));
        }
    },
    /** exact or mc. */
    ESTIMATOR("estimator", "estimator", List.of()) {
        @Override
        ExperimentConfig apply(ExperimentConfig c, String value) {
            try {
                return c.withEstimator(Estimator.parse(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("estimator", "must be one of: exact, mc, got " + value);
            }
        }
    },
    /** The seed (the runs of several seeds add 0, 1, … to it). */
    SEED("seed", "seed", List.of()) {
        @Override
        ExperimentConfig apply(ExperimentConfig c, String value) {
            return c.withSeed(integer(value));
        }
    };

    /** Largest skew p̃(0)/p̃(K−1). */
    public static final double MAX_SKEW = 1000;

    private final String id;
    private final String label;
    private final List<String> aliases;

    SweepSetting(String id, String label, List<String> aliases) {
        this.id = id;
        this.label = label;
        this.aliases = aliases;
    }

    /** Name on the command line and in CSV headers. */
    public String id() {
        return id;
    }

    /** Name on charts. */
    public String label() {
        return label;
    }

    /** The configuration with this setting at {@code value} (as typed). */
    abstract ExperimentConfig apply(ExperimentConfig c, String value);

    /** Whether the values are numbers (all but the estimator). */
    public boolean numeric() {
        return this != ESTIMATOR;
    }

    /** The setting of a name or alias (case-insensitive). */
    public static SweepSetting parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (SweepSetting s : values()) {
            if (s.id.toLowerCase(Locale.ROOT).equals(n) || s.aliases.contains(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("cannot vary '" + name + "' (allowed: " + allowed() + ")");
    }

    /** The names that {@link #parse} accepts, for messages. */
    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (SweepSetting s : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(s.id);
        }
        return sb.toString();
    }

    /** p̃(x) ∝ r^(−x/(K−1)), normalised: p̃(0)/p̃(K−1) = r. */
    public static double[] skewed(int k, double r) {
        double[] p = new double[k];
        double sum = 0;
        for (int x = 0; x < k; x++) {
            p[x] = Math.pow(r, -(double) x / (k - 1));
            sum += p[x];
        }
        for (int x = 0; x < k; x++) {
            p[x] /= sum;
        }
        return p;
    }

    double number(String value) {
        try {
            double v = Double.parseDouble(value.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(id, "'" + value + "' is not a number");
    }

    long integer(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(id, "'" + value + "' is not an integer");
        }
    }
}
