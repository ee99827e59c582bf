package org.dequantlab.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dequantlab.config.ExperimentConfig;

/**
 * The presets offered in the toolbar. A small local list until {@code config.Presets} (branch
 * {@code cli}) is merged: then {@link #presets()} is the one method to switch.
 */
public final class PresetCatalogue {
    private PresetCatalogue() {}

    /** Preset name → configuration, in display order. */
    public static Map<String, ExperimentConfig> presets() {
        ExperimentConfig blog = ExperimentConfig.defaults();
        Map<String, ExperimentConfig> m = new LinkedHashMap<>();
        m.put("blog", blog);
        m.put("skewed", blog.withCategories(2, new double[] {0.8, 0.2}));
        m.put("three", blog.withCategories(3, null));
        m.put("four-skewed", blog.withCategories(4, new double[] {0.4, 0.3, 0.2, 0.1}));
        m.put("collapse", blog.withWeights(1, 1));
        m.put("mc", blog.withEstimator(org.dequantlab.model.Estimator.MC));
        return m;
    }
}
