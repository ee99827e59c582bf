package org.dequantlab.sweep;

import java.util.List;
import org.dequantlab.config.Presets;

/** Built-in sweeps, each telling one story of docs/maths.md §2 in one chart. */
public final class SweepPresets {
    /** A named sweep. */
    public record SweepPreset(String name, String description, SweepPlan plan) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * λ_rec : λ_KL from 1 : 1 to 50 : 1 on the blog toy (docs/maths.md §2.1): at 1 : 1 CatNF collapses
     * (mutual information 0, decode accuracy ½), while TRUFL keeps its halves (decode accuracy 1) from
     * 2 : 1 up.
     */
    public static final SweepPreset COLLAPSE = new SweepPreset("collapse-ratio",
            "blog: λ_rec : λ_KL from 1:1 to 50:1. At 1:1 CatNF collapses (I = 0); TRUFL keeps its halves from 2:1 up",
            new SweepPlan(Presets.BLOG.config(), List.of(SweepAxis.parse("lambdaRec=1,2,5,10,20,50")), 3, 2000));

    /**
     * The skew p̃(0)/p̃(1) with all four methods (docs/maths.md §2.5): Argmax's fixed halves cost log 2
     * whatever the data, TRUFL and Voronoi follow H(p̃) down.
     */
    public static final SweepPreset SKEW = new SweepPreset("skew-four-ways",
            "all four methods, p̃(0)/p̃(1) from 1 to 16: Argmax's fixed halves stay at log 2, TRUFL and Voronoi reach H(p̃)",
            new SweepPlan(Presets.FOUR_WAYS.config(), List.of(SweepAxis.parse("skew=1,2,4,8,16")), 3, 3000));

    /** Adam's learning rate on the blog toy: too small does not arrive, too large wobbles on TRUFL's kink. */
    public static final SweepPreset LEARNING_RATE = new SweepPreset("learning-rate",
            "blog: Adam's learning rate from 0.001 to 0.1: small rates have not arrived, large ones bounce on the kink",
            new SweepPlan(Presets.BLOG.config(), List.of(SweepAxis.parse("learningRate=0.001,0.003,0.01,0.03,0.1")), 3,
                    3000));

    private static final List<SweepPreset> ALL = List.of(COLLAPSE, SKEW, LEARNING_RATE);

    private SweepPresets() {}

    /** Every built-in sweep, in menu order. */
    public static List<SweepPreset> all() {
        return ALL;
    }
}
