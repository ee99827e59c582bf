package org.dequantlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Setting;
import org.dequantlab.config.SettingType;
import org.dequantlab.config.SettingTypes;
import org.dequantlab.config.Settings;

/**
 * A setting a sweep can vary, with how one value of it (as typed) changes a configuration. The
 * settings are the rows of the settings table ({@link Settings}), named by their keys and parsed and
 * checked by the table, so a bad value gets the table's message naming the field and what is allowed.
 * Three rows are not varied ({@code methods} are the chart's series, {@code steps} is the sweep's own,
 * {@code dataDistribution} is a list) and two derived settings stand beside the table:
 * <ul>
 *   <li>{@link #SKEW}, in place of p̃: a geometric progression with p̃(0)/p̃(K−1) = skew (1 is uniform;
 *   for K = 2, skew 4 gives (0.8, 0.2));</li>
 *   <li>{@link #RATIO}, λ_rec = ratio·λ_KL with λ_KL kept.</li>
 * </ul>
 * {@link #CATEGORIES} sets K with a uniform p̃ at every K. Settings are applied in table order (K before
 * the skew, λ_KL before the ratio), whatever the order of the axes.
 */
public final class SweepSetting {
    /** Largest skew p̃(0)/p̃(K−1). */
    public static final double MAX_SKEW = 1000;

    private static final SettingType<Double> SKEW_TYPE = SettingTypes.real(1, false, MAX_SKEW);
    private static final SettingType<Double> RATIO_TYPE = SettingTypes.real(0, false, ExperimentConfig.MAX_LAMBDA);

    /** K, with a uniform p̃ at every K (the table's {@code categories}; also {@code K}). */
    public static final SweepSetting CATEGORIES = new SweepSetting(Settings.CATEGORIES.key(), "K", Settings.CATEGORIES,
            List.of("k"), (c, v) -> Settings.CATEGORIES.parse(c.withCategories(c.categories(), null), v));

    /** p̃(0)/p̃(K−1), geometric in between. */
    public static final SweepSetting SKEW = new SweepSetting("skew", "skew p̃(0)/p̃(K−1)", Settings.DATA_DISTRIBUTION,
            List.of(), (c, v) -> c.withCategories(c.categories(), skewed(c.categories(), SKEW_TYPE.parse("skew", v))));

    /** λ_rec : λ_KL, setting λ_rec = ratio·λ_KL with λ_KL kept. */
    public static final SweepSetting RATIO = new SweepSetting("ratio", "λ_rec : λ_KL", Settings.LAMBDA_REC, List.of(),
            (c, v) -> Settings.LAMBDA_REC.with(c, RATIO_TYPE.parse("ratio", v) * c.lambdaKl()));

    /** The table's rows a sweep does not vary, and why. */
    private static final Map<Setting<?>, String> NOT_VARIED = Map.of(
            Settings.METHODS, "the methods are compared side by side; choose them with --method",
            Settings.STEPS, "every run trains the sweep's steps (--steps)",
            Settings.DATA_DISTRIBUTION, "p̃ is a list; vary skew instead");

    private static final List<SweepSetting> ALL = build();

    private final String id;
    private final String label;
    private final Setting<?> target;
    private final List<String> aliases;
    private final BiFunction<ExperimentConfig, String, ExperimentConfig> apply;

    private SweepSetting(String id, String label, Setting<?> target, List<String> aliases,
            BiFunction<ExperimentConfig, String, ExperimentConfig> apply) {
        this.id = id;
        this.label = label;
        this.target = target;
        this.aliases = aliases;
        this.apply = apply;
    }

    /** A row of the table, as it is: its key, its label, its parser. */
    private static SweepSetting row(Setting<?> s) {
        return new SweepSetting(s.key(), s.labelWithUnit(), s, s == Settings.LEARNING_RATE ? List.of("lr") : List.of(),
                s::parse);
    }

    private static List<SweepSetting> build() {
        List<SweepSetting> out = new ArrayList<>();
        for (Setting<?> s : Settings.all()) {
            if (s == Settings.CATEGORIES) {
                out.add(CATEGORIES);
            } else if (s == Settings.DATA_DISTRIBUTION) {
                out.add(SKEW);
            } else if (!NOT_VARIED.containsKey(s)) {
                out.add(row(s));
            }
            if (s == Settings.LAMBDA_KL) {
                out.add(RATIO);
            }
        }
        return List.copyOf(out);
    }

    /** Every setting a sweep can vary, in the order they are applied. */
    public static List<SweepSetting> values() {
        return ALL;
    }

    /** The setting that varies table row {@code s} as it is. */
    public static SweepSetting of(Setting<?> s) {
        return ALL.stream().filter(v -> v.id.equals(s.key())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("cannot vary " + s.key()));
    }

    /** Name on the command line and in CSV headers: the table's key, or skew, ratio. */
    public String id() {
        return id;
    }

    /** Name on charts. */
    public String label() {
        return label;
    }

    /** The table's row this setting changes (the ratio changes λ_rec, the skew p̃). */
    public Setting<?> target() {
        return target;
    }

    /**
     * The configuration with this setting at {@code value} (as typed).
     *
     * @throws ConfigException naming the field, what is allowed and what was typed
     */
    ExperimentConfig apply(ExperimentConfig c, String value) {
        return apply.apply(c, value);
    }

    /** Position in the order of application. */
    int order() {
        return ALL.indexOf(this);
    }

    /** The setting of a name or alias (case-insensitive). */
    public static SweepSetting parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (SweepSetting s : ALL) {
            if (s.id.toLowerCase(Locale.ROOT).equals(n) || s.aliases.contains(n)) {
                return s;
            }
        }
        for (Map.Entry<Setting<?>, String> e : NOT_VARIED.entrySet()) {
            if (e.getKey().key().toLowerCase(Locale.ROOT).equals(n)) {
                throw new IllegalArgumentException("cannot vary " + e.getKey().key() + ": " + e.getValue());
            }
        }
        throw new IllegalArgumentException("cannot vary '" + name + "' (allowed: " + allowed() + ")");
    }

    /** The names that {@link #parse} accepts, for messages and help: "categories (K), skew, …". */
    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (SweepSetting s : ALL) {
            sb.append(sb.length() > 0 ? ", " : "").append(s.id);
            if (!s.aliases.isEmpty()) {
                sb.append(" (").append(s == CATEGORIES ? "K" : String.join(", ", s.aliases)).append(')');
            }
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

    @Override
    public String toString() {
        return id;
    }
}
