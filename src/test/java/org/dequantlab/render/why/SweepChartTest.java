package org.dequantlab.render.why;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.sweep.SweepAxis;
import org.dequantlab.sweep.SweepPlan;
import org.junit.jupiter.api.Test;

/** What the sweep chart says about the settings that do not vary. */
class SweepChartTest {
    private static final ExperimentConfig BLOG = Presets.BLOG.config();

    @Test
    void theSubtitleNamesTheFixedSettingsAndEveryOtherFieldThatDiffersFromTheDefaults() {
        String plain = SweepChart.subtitle(new SweepPlan(BLOG, List.of(SweepAxis.parse("lambdaRec=1,2")), 2, 10));
        assertEquals("other settings: K=2, p̃=(0.5, 0.5), λ_KL=1, lr 0.01, exact, seeds 42 + index", plain);

        ExperimentConfig regularised = BLOG.withRegularisers(500, 0.25);
        String s = SweepChart.subtitle(new SweepPlan(regularised, List.of(SweepAxis.parse("ratio=1,2")), 2, 10));
        assertTrue(s.contains("free bits 0.25") && s.contains("KL annealing 500"), s);
        String varied = SweepChart.subtitle(new SweepPlan(regularised, List.of(SweepAxis.parse("freeBits=0,1")), 2, 10));
        assertFalse(varied.contains("free bits"), "a varied field is on the x axis, not in the subtitle: " + varied);
        assertTrue(varied.contains("KL annealing 500"), varied);
    }
}
