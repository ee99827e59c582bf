package org.dequantlab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.method.VoronoiCell;
import org.dequantlab.model.Estimator;

/**
 * The settings table: every field of {@link ExperimentConfig}, once, in the order files write them
 * (the method options and the latent dimension follow the methods).
 * A new field is one row here (plus its record component): the JSON reader and writer, the record's
 * messages, the window's editors, Help and the command-line help follow. Formulas are in
 * docs/maths.md (§2.1 for the optimum min(λ_rec, λ_KL)·H(p̃), §1.6 for the estimators, §5 for the regularisers).
 */
public final class Settings {
    private Settings() {}

    public static final Setting<Integer> CATEGORIES = new Setting<>("categories", "K (categories)", "", false,
            SettingTypes.integer(ExperimentConfig.MIN_CATEGORIES, ExperimentConfig.MAX_CATEGORIES, null),
            "The number of categories x. Changing it starts a new run with p̃ uniform.",
            ExperimentConfig::categories,
            (c, k) -> c.withCategories(k, k == c.categories() ? c.dataDistribution() : null));

    public static final Setting<double[]> DATA_DISTRIBUTION = new Setting<>("dataDistribution", "p̃(x)", "", false,
            SettingTypes.positiveNumbers(),
            "The data distribution over the categories, normalised to sum to 1. It fixes the optimum "
                    + "min(λ_rec, λ_KL)·H(p̃) and TRUFL's ideal cuts. Changing it starts a new run.",
            ExperimentConfig::dataDistribution, (c, p) -> c.withCategories(c.categories(), p));

    public static final Setting<Double> LAMBDA_REC = new Setting<>("lambdaRec", "λ_rec", "", true,
            SettingTypes.real(0, false, ExperimentConfig.MAX_LAMBDA),
            "Weight of the reconstruction term. Above λ_KL it pushes the components apart; at 1 : 1 collapse to the "
                    + "prior is optimal.",
            ExperimentConfig::lambdaRec, (c, v) -> c.withWeights(v, c.lambdaKl()));

    public static final Setting<Double> LAMBDA_KL = new Setting<>("lambdaKl", "λ_KL", "", true,
            SettingTypes.real(0, false, ExperimentConfig.MAX_LAMBDA),
            "Weight of the KL term, which pulls every component towards the prior; no method does better than "
                    + "min(λ_rec, λ_KL)·H(p̃) (docs/maths.md §2.1). λ_rec and λ_KL cannot both be 0.",
            ExperimentConfig::lambdaKl, (c, v) -> c.withWeights(c.lambdaRec(), v));

    public static final Setting<Double> LEARNING_RATE = new Setting<>("learningRate", "learning rate", "", true,
            SettingTypes.real(0, true, 1),
            "Adam's step size; larger moves faster and wobbles more at the kink of the optimum.",
            ExperimentConfig::learningRate, ExperimentConfig::withLearningRate);

    public static final Setting<Integer> SAMPLES = new Setting<>("samples", "samples (mc)", "", true,
            SettingTypes.integer(1, ExperimentConfig.MAX_SAMPLES, null),
            "Monte Carlo samples per category and step; used by the mc estimator only.",
            ExperimentConfig::samples, ExperimentConfig::withSamples);

    public static final Setting<Long> SEED = new Setting<>("seed", "seed", "", false,
            SettingTypes.whole(Long.MIN_VALUE, Long.MAX_VALUE, null),
            "Seeds the initialisation and every random stream: the same seed gives the same run, bit for bit. "
                    + "Changing it starts a new run.",
            ExperimentConfig::seed, ExperimentConfig::withSeed);

    public static final Setting<Estimator> ESTIMATOR = new Setting<>("estimator", "estimator", "", true,
            SettingTypes.choice(List.of(Estimator.values()), Estimator::id),
            "exact: the loss by quadrature with the boundary terms, the true gradient; mc: pathwise Monte Carlo, "
                    + "which misses TRUFL's boundary terms (docs/maths.md §1.6).",
            ExperimentConfig::estimator, ExperimentConfig::withEstimator);

    public static final Setting<List<DequantMethod>> METHODS = new Setting<>("methods", "methods", "", false,
            SettingTypes.choices(Methods.all(), DequantMethod::id),
            "Which dequantisers train side by side, 1 to " + ExperimentConfig.MAX_METHODS + " of "
                    + String.join(", ", Methods.all().stream().map(DequantMethod::id).toList())
                    + ", comma separated; one panel and one metrics column each. Changing them starts a new run.",
            ExperimentConfig::methods, ExperimentConfig::withMethods);

    public static final Setting<VoronoiCell> VORONOI_CELL = new Setting<>("voronoiCell", "Voronoi cells", "", false,
            SettingTypes.choice(List.of(VoronoiCell.values()), VoronoiCell::id),
            "uniform: q is uniform on each cell in w, KL in closed form; radial: the paper's Gaussian pushed into "
                    + "the cell by a ray map, which cannot be uniform (docs/maths.md §4). A new run.",
            ExperimentConfig::voronoiCell, (c, v) -> c.withMethodOptions(v, c.argmaxLearnPrior()));

    public static final Setting<Boolean> ARGMAX_LEARN_PRIOR = new Setting<>("argmaxLearnPrior", "Argmax learns prior",
            "", false, SettingTypes.flag(),
            "yes: Argmax also learns its prior's location, so its fixed halves can hold mass p̃(x) and reach H(p̃); "
                    + "no: each half keeps mass ½ (docs/maths.md §3). A new run.",
            ExperimentConfig::argmaxLearnPrior, (c, v) -> c.withMethodOptions(c.voronoiCell(), v));

    public static final Setting<Integer> LATENT_DIM = new Setting<>("latentDim", "latent dimension", "", false,
            SettingTypes.smallInteger(1, ExperimentConfig.MAX_LATENT_DIM),
            "1: the blog's line; 2: the plane, where TRUFL learns boxes, Argmax has quadrants (K ≤ 4) and Voronoi "
                    + "polygon cells (docs/maths.md §7). Changing it starts a new run.",
            ExperimentConfig::latentDim, ExperimentConfig::withLatentDim);

    public static final Setting<Long> STEPS = new Setting<>("steps", "stop at step", "", true,
            SettingTypes.whole(1, ExperimentConfig.MAX_STEPS, null),
            "The run pauses by itself at this step.",
            ExperimentConfig::steps, ExperimentConfig::withSteps);

    public static final Setting<Long> KL_ANNEAL_STEPS = new Setting<>("klAnnealSteps", "KL annealing", "steps", true,
            SettingTypes.whole(0, ExperimentConfig.MAX_STEPS, "off"),
            "λ_KL ramps linearly from 0 over this many steps (0 = off), so the encoders first learn to be "
                    + "decodable (docs/maths.md §5).",
            ExperimentConfig::klAnnealSteps, (c, n) -> c.withRegularisers(n, c.freeBits()));

    public static final Setting<Double> FREE_BITS = new Setting<>("freeBits", "free bits", "nats", true,
            SettingTypes.real(0, false, ExperimentConfig.MAX_FREE_BITS),
            "A floor per category: the loss uses max(free bits, KL_x), so KL below it is free (0 = off; "
                    + "docs/maths.md §5).",
            ExperimentConfig::freeBits, (c, b) -> c.withRegularisers(c.klAnnealSteps(), b));

    private static final List<Setting<?>> ALL = List.of(CATEGORIES, DATA_DISTRIBUTION, LAMBDA_REC, LAMBDA_KL,
            LEARNING_RATE, SAMPLES, SEED, ESTIMATOR, METHODS, VORONOI_CELL, ARGMAX_LEARN_PRIOR, LATENT_DIM, STEPS,
            KL_ANNEAL_STEPS, FREE_BITS);

    private static final Map<String, Setting<?>> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Setting::key, Function.identity()));

    /** Every setting, in the order files write them. */
    public static List<Setting<?>> all() {
        return ALL;
    }

    /** The JSON keys, in file order. */
    public static List<String> keys() {
        return ALL.stream().map(Setting::key).toList();
    }

    /** The setting of a JSON key, or null. */
    public static Setting<?> byKey(String key) {
        return key == null ? null : BY_KEY.get(key);
    }

    /** The settings whose values differ between two configurations, in table order. */
    public static List<Setting<?>> changed(ExperimentConfig before, ExperimentConfig after) {
        List<Setting<?>> out = new ArrayList<>();
        for (Setting<?> s : ALL) {
            if (!s.same(before, after)) {
                out.add(s);
            }
        }
        return out;
    }

    /** "λ_rec 10 → 5, learning rate 0.01 → 0.02": what changed between two configurations. */
    public static String describeChanges(ExperimentConfig before, ExperimentConfig after) {
        return changed(before, after).stream().map(s -> s.describeChange(before, after))
                .collect(Collectors.joining(", "));
    }

    /**
     * The configuration file's fields as plain text for the command-line help: one line per key with
     * what is allowed and whether the window applies a change live or as a new run.
     */
    public static String fileHelp() {
        int width = ALL.stream().mapToInt(s -> s.key().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Setting<?> s : ALL) {
            sb.append("  ").append(s.key()).append(" ".repeat(width - s.key().length() + 2))
                    .append(s.allowed()).append(s.unit().isEmpty() ? "" : " (" + s.unit() + ")")
                    .append(s.live() ? "  (live)" : "  (new run)").append('\n');
        }
        return sb.toString();
    }

    /** Keys as a sentence: "categories, dataDistribution, …". */
    public static String keyList() {
        return String.join(", ", keys());
    }
}
