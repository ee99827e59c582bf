package org.dequantlab.config;

import java.util.List;
import java.util.stream.Collectors;
import org.dequantlab.method.Methods;

/**
 * The built-in experiments. The optima in the descriptions are docs/maths.md §2.2 (L* = λ_kl·H(p̃),
 * reached by TRUFL at its optimum), §2.3 (CatNF's best, numeric), §3 (Argmax), §4 (Voronoi) and §7
 * (the 2-D latent: {@code quadrants}, {@code three-in-the-plane}, {@code plane-skewed}); they
 * say where a run should head, not where a given run ends. Descriptions are plain ASCII so any
 * terminal shows them.
 */
public final class Presets {
    private Presets() {}

    /** The seed blog post: K=2 uniform, λ_rec:λ_kl = 10:1, lr 1e-2, exact gradients, both methods, 10 000 steps. */
    public static final Preset BLOG = new Preset("blog",
            "the blog post: K=2 uniform, 10:1 weights; optimum log 2 = 0.693 (TRUFL halves), CatNF's best 1.356",
            ExperimentConfig.defaults());

    /** Three uniform categories, otherwise the blog set-up. */
    public static final Preset THREE = new Preset("three",
            "K=3 uniform, 10:1 weights; optimum log 3 = 1.099 (TRUFL thirds), CatNF's best 1.805",
            ExperimentConfig.defaults().withCategories(3, null));

    /** Two categories with p̃ = (0.8, 0.2). */
    public static final Preset SKEWED = new Preset("skewed",
            "K=2, p(x) = (0.8, 0.2), 10:1 weights; optimum H = 0.500 (TRUFL cut at z = 1.386), CatNF's best 0.994",
            ExperimentConfig.defaults().withCategories(2, new double[] {0.8, 0.2}));

    /** Equal weights, where collapse to the prior is optimal. */
    public static final Preset COLLAPSE = new Preset("collapse",
            "K=2 uniform, 1:1 weights: collapse to the prior is optimal (L = log 2); CatNF goes to mu = 0, s = 1",
            ExperimentConfig.defaults().withWeights(1, 1));

    /** Four categories with unequal probabilities. */
    public static final Preset FOUR = new Preset("four",
            "K=4, p(x) = (0.4, 0.3, 0.2, 0.1), 10:1 weights; optimum H = 1.280 (TRUFL cuts at the quantiles)",
            ExperimentConfig.defaults().withCategories(4, new double[] {0.4, 0.3, 0.2, 0.1}));

    /** The blog set-up with the naive pathwise Monte Carlo gradient (docs/maths.md §1.6). */
    public static final Preset NAIVE_MC = new Preset("naive-mc",
            "the blog set-up with pathwise Monte Carlo gradients (256 samples): TRUFL misses the boundary terms and stalls",
            ExperimentConfig.defaults().withEstimator(org.dequantlab.model.Estimator.MC));

    /** All four methods on skewed data: Argmax's fixed orthants pay for the skew, the others reach H. */
    public static final Preset FOUR_WAYS = new Preset("four-ways",
            "all four methods on p(x) = (0.8, 0.2), 10:1 weights; optimum H = 0.500 for TRUFL and Voronoi, "
                    + "Argmax's fixed halves cost log 2 = 0.693, CatNF's best 0.994",
            ExperimentConfig.defaults().withCategories(2, new double[] {0.8, 0.2})
                    .withMethods(List.of(Methods.CATNF, Methods.TRUFL, Methods.ARGMAX, Methods.VORONOI)));

    /** Voronoi's midpoint cells cannot give the middle category the mass it needs. */
    public static final Preset VORONOI_ORDER = new Preset("voronoi-order",
            "K=3, p(x) = (0.1, 0.8, 0.1): TRUFL reaches H = 0.639; Voronoi's middle cell can be at most as wide "
                    + "as the outer two together, so it stays above H (best 0.832)",
            ExperimentConfig.defaults().withCategories(3, new double[] {0.1, 0.8, 0.1})
                    .withMethods(List.of(Methods.TRUFL, Methods.VORONOI)));

    /** Every method, for the 2-D presets. */
    private static final List<org.dequantlab.method.DequantMethod> ALL_METHODS = List.of(Methods.CATNF, Methods.TRUFL,
            Methods.ARGMAX, Methods.VORONOI);

    /** The blog's partition picture: four uniform categories in the plane (docs/maths.md §7). */
    public static final Preset QUADRANTS = new Preset("quadrants",
            "2-D, K=4 uniform, all four methods: TRUFL, Argmax and Voronoi reach log 4 = 1.386; CatNF stays above"
                    + " (its quadrants cost 2.712)",
            ExperimentConfig.defaults().withCategories(4, null).withLatentDim(2).withMethods(ALL_METHODS)
                    .withSteps(15_000));

    /** Three categories in the plane: Argmax leaves a quadrant empty. */
    public static final Preset THREE_IN_THE_PLANE = new Preset("three-in-the-plane",
            "2-D, K=3 uniform: TRUFL and Voronoi reach log 3 = 1.099; Argmax leaves quadrant (+,+) as ocean"
                    + " (mass 1/4) and pays log 4",
            ExperimentConfig.defaults().withCategories(3, null).withLatentDim(2).withMethods(ALL_METHODS)
                    .withSteps(15_000));

    /** Skewed data in the plane: cells and boxes of area p(x). */
    public static final Preset PLANE_SKEWED = new Preset("plane-skewed",
            "2-D, K=4, p(x) = (0.4, 0.3, 0.2, 0.1): TRUFL and Voronoi tile the CDF square, H = 1.280; Argmax pays"
                    + " log 4 = 1.386",
            ExperimentConfig.defaults().withCategories(4, new double[] {0.4, 0.3, 0.2, 0.1}).withLatentDim(2)
                    .withMethods(ALL_METHODS).withSteps(15_000));

    private static final List<Preset> ALL = List.of(BLOG, THREE, SKEWED, COLLAPSE, FOUR, NAIVE_MC, FOUR_WAYS,
            VORONOI_ORDER, QUADRANTS, THREE_IN_THE_PLANE, PLANE_SKEWED);

    /** Every preset, in menu order. */
    public static List<Preset> all() {
        return ALL;
    }

    /** The allowed names, comma separated. */
    public static String names() {
        return ALL.stream().map(Preset::name).collect(Collectors.joining(", "));
    }

    /**
     * The preset of a name (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the allowed presets if there is none of that name
     */
    public static Preset byName(String name) {
        String n = name == null ? "" : name.strip();
        for (Preset p : ALL) {
            if (p.name().equalsIgnoreCase(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + name + "' (allowed: " + names() + ")");
    }
}
