package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.ConfigChange;
import org.junit.jupiter.api.Test;

/** A file may hold 10,000 hot changes: the curves draw at most about a hundred markers for them. */
class ChangeMarkersTest {
    private static List<ConfigChange> changes(int n, long every) {
        ExperimentConfig a = ExperimentConfig.defaults();
        ExperimentConfig b = a.withWeights(5, 1);
        List<ConfigChange> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ConfigChange(i * every, i % 2 == 0 ? a : b, i % 2 == 0 ? b : a));
        }
        return out;
    }

    @Test
    void fewChangesAreAllMarkedAndManyAreThinnedAcrossTheRun() {
        List<ConfigChange> few = changes(CurvesChartFactory.MAX_MARKERS, 3);
        assertSame(few, CurvesChartFactory.thinned(few, CurvesChartFactory.MAX_MARKERS));
        List<ConfigChange> many = changes(10_000, 2);
        List<ConfigChange> shown = CurvesChartFactory.thinned(many, CurvesChartFactory.MAX_MARKERS);
        assertTrue(shown.size() <= CurvesChartFactory.MAX_MARKERS + 1, "at most about 100: " + shown.size());
        assertTrue(shown.size() >= CurvesChartFactory.MAX_MARKERS - 1, "spread over the run: " + shown.size());
        assertEquals(0, shown.get(0).step());
        assertTrue(shown.get(shown.size() - 1).step() > 19_000, "up to the end");
        List<ConfigChange> sameStep = changes(5_000, 0);
        assertEquals(1, CurvesChartFactory.thinned(sameStep, CurvesChartFactory.MAX_MARKERS).size());
    }
}
