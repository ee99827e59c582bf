package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.method.VoronoiCell;
import org.dequantlab.model.Estimator;
import org.dequantlab.render.SnapshotRenderer;

/**
 * The configuration fields the window edits, each as text: how it is shown, how a typed value is
 * applied (a validated copy, or a {@link ConfigException} naming the field and what is allowed), and
 * whether changing it needs a rebuild of the run (cold) or applies live (hot).
 */
public enum EditableField {
    CATEGORIES("categories", "K (categories)", true),
    DATA_DISTRIBUTION("dataDistribution", "p̃ (comma separated)", true),
    LAMBDA_REC("lambdaRec", "λ_rec", false),
    LAMBDA_KL("lambdaKl", "λ_KL", false),
    LEARNING_RATE("learningRate", "learning rate", false),
    ESTIMATOR("estimator", "estimator", false),
    SAMPLES("samples", "samples (mc)", false),
    SEED("seed", "seed", true),
    METHODS("methods", "methods", true),
    VORONOI_CELL("voronoiCell", "Voronoi cells", true),
    ARGMAX_LEARN_PRIOR("argmaxLearnPrior", "Argmax learns prior", true),
    STEPS("steps", "stop at step", false),
    KL_ANNEAL_STEPS("klAnnealSteps", "KL annealing steps", false),
    FREE_BITS("freeBits", "free bits (nats)", false);

    private final String id;
    private final String label;
    private final boolean cold;

    EditableField(String id, String label, boolean cold) {
        this.id = id;
        this.label = label;
        this.cold = cold;
    }

    /** The configuration field's name (as in JSON and in ConfigException). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether a change rebuilds the run (K, p̃, seed, methods and their options). */
    public boolean cold() {
        return cold;
    }

    /** The values a choice offers (edited with a drop-down), or null for free text. */
    public List<String> choices() {
        return switch (this) {
            case ESTIMATOR -> List.of("exact", "mc");
            case VORONOI_CELL -> Arrays.stream(VoronoiCell.values()).map(VoronoiCell::id).toList();
            case ARGMAX_LEARN_PRIOR -> List.of("no", "yes");
            default -> null;
        };
    }

    /** The field's value as shown in the editor. */
    public String format(ExperimentConfig c) {
        return switch (this) {
            case CATEGORIES -> Integer.toString(c.categories());
            case DATA_DISTRIBUTION -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < c.categories(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(SnapshotRenderer.number(c.probability(i)));
                }
                yield sb.toString();
            }
            case LAMBDA_REC -> SnapshotRenderer.number(c.lambdaRec());
            case LAMBDA_KL -> SnapshotRenderer.number(c.lambdaKl());
            case LEARNING_RATE -> SnapshotRenderer.number(c.learningRate());
            case ESTIMATOR -> c.estimator().id();
            case SAMPLES -> Integer.toString(c.samples());
            case SEED -> Long.toString(c.seed());
            case METHODS -> String.join(", ", c.methods().stream().map(DequantMethod::id).toList());
            case VORONOI_CELL -> c.voronoiCell().id();
            case ARGMAX_LEARN_PRIOR -> c.argmaxLearnPrior() ? "yes" : "no";
            case STEPS -> Long.toString(c.steps());
            case KL_ANNEAL_STEPS -> Long.toString(c.klAnnealSteps());
            case FREE_BITS -> SnapshotRenderer.number(c.freeBits());
        };
    }

    /**
     * {@code c} with this field set from {@code text}.
     *
     * @throws ConfigException naming the field if the text is not a number or the value is not allowed
     */
    public ExperimentConfig apply(ExperimentConfig c, String text) {
        String t = text == null ? "" : text.trim();
        try {
            return applyTrimmed(c, t);
        } catch (ConfigException e) {
            throw asTyped(e, t);
        }
    }

    /**
     * A refusal that shows a number as it was typed: {@code 1e-400} reads as 0.0 in double precision,
     * and "got 0.0" would puzzle whoever typed 1e-400.
     */
    private ConfigException asTyped(ConfigException e, String t) {
        double read;
        java.math.BigDecimal typed;
        try {
            read = Double.parseDouble(t);
            typed = new java.math.BigDecimal(t);
        } catch (NumberFormatException ex) {
            return e;
        }
        String got = ", got " + read;
        String message = e.getMessage().substring(e.field().length() + 2);
        if (read != 0 || typed.signum() == 0 || !message.endsWith(got)) {
            return e;
        }
        return new ConfigException(e.field(), message.substring(0, message.length() - got.length()) + ", got " + t
                + " (too small: it reads as 0)");
    }

    private ExperimentConfig applyTrimmed(ExperimentConfig c, String t) {
        return switch (this) {
            case CATEGORIES -> {
                int k = (int) integer(t);
                yield c.withCategories(k, k == c.categories() ? c.dataDistribution() : null);
            }
            case DATA_DISTRIBUTION -> c.withCategories(c.categories(), numbers(t));
            case LAMBDA_REC -> c.withWeights(real(t), c.lambdaKl());
            case LAMBDA_KL -> c.withWeights(c.lambdaRec(), real(t));
            case LEARNING_RATE -> c.withLearningRate(real(t));
            case ESTIMATOR -> {
                try {
                    yield c.withEstimator(Estimator.parse(t));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(id, "must be one of: exact, mc, got '" + t + "'");
                }
            }
            case SAMPLES -> {
                long n = integer(t);
                if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
                    throw new ConfigException(id, "must be an integer from 1 to " + ExperimentConfig.MAX_SAMPLES);
                }
                yield c.withSamples((int) n);
            }
            case SEED -> c.withSeed(integer(t));
            case METHODS -> c.withMethods(methods(t));
            case VORONOI_CELL -> {
                try {
                    yield c.withMethodOptions(VoronoiCell.parse(t), c.argmaxLearnPrior());
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(id, "must be one of: " + VoronoiCell.allowed() + ", got '" + t + "'");
                }
            }
            case ARGMAX_LEARN_PRIOR -> c.withMethodOptions(c.voronoiCell(), yes(t));
            case STEPS -> c.withSteps(integer(t));
            case KL_ANNEAL_STEPS -> c.withRegularisers(integer(t), c.freeBits());
            case FREE_BITS -> c.withRegularisers(c.klAnnealSteps(), real(t));
        };
    }

    private List<DequantMethod> methods(String t) {
        List<DequantMethod> out = new ArrayList<>();
        for (String part : t.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(Methods.parse(part));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(id, "lists '" + part + "'; methods are " + Methods.allowed()
                        + ", 1 to " + ExperimentConfig.MAX_METHODS + " of them, comma separated");
            }
        }
        return out;
    }

    private boolean yes(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on" -> true;
            case "no", "false", "off" -> false;
            default -> throw new ConfigException(id, "must be yes or no, got '" + t + "'");
        };
    }

    private double real(String t) {
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new ConfigException(id, "must be a number, got '" + t + "'");
        }
    }

    private long integer(String t) {
        try {
            return Long.parseLong(t.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new ConfigException(id, "must be an integer, got '" + t + "'");
        }
    }

    private double[] numbers(String t) {
        String[] parts = t.split("[,;\\s]+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new ConfigException(id, "must be comma-separated positive numbers, entry " + i + " is '"
                        + parts[i] + "'");
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
