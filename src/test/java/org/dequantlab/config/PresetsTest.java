package org.dequantlab.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.model.Estimator;
import org.dequantlab.method.Methods;
import org.junit.jupiter.api.Test;

class PresetsTest {
    @Test
    void listsThePresetsInMenuOrderWithOneLineDescriptions() {
        assertEquals(List.of("blog", "three", "skewed", "collapse", "four", "naive-mc", "four-ways", "voronoi-order",
                "quadrants", "three-in-the-plane", "plane-skewed"),
                Presets.all().stream().map(Preset::name).toList());
        for (Preset p : Presets.all()) {
            assertFalse(p.description().isBlank(), p.name());
            assertFalse(p.description().contains("\n"), p.name());
        }
    }

    @Test
    void blogIsTheSetUpOfThePost() {
        ExperimentConfig c = Presets.byName("blog").config();
        assertEquals(2, c.categories());
        assertArrayEquals(new double[] {0.5, 0.5}, c.dataDistribution());
        assertEquals(10, c.lambdaRec());
        assertEquals(1, c.lambdaKl());
        assertEquals(1e-2, c.learningRate());
        assertEquals(Estimator.EXACT, c.estimator());
        assertEquals(List.of(Methods.CATNF, Methods.TRUFL), c.methods());
        assertEquals(10_000, c.steps());
        assertEquals(42, c.seed());
    }

    @Test
    void othersDifferFromBlogOnlyWhereTheirNameSays() {
        ExperimentConfig blog = Presets.BLOG.config();
        assertEquals(blog.withCategories(3, null), Presets.byName("three").config());
        assertArrayEquals(new double[] {0.8, 0.2}, Presets.byName("skewed").config().dataDistribution(), 1e-15);
        assertEquals(blog.withCategories(2, new double[] {0.8, 0.2}), Presets.SKEWED.config());
        assertEquals(blog.withWeights(1, 1), Presets.byName("collapse").config());
        assertEquals(blog.withCategories(4, new double[] {0.4, 0.3, 0.2, 0.1}), Presets.FOUR.config());
        assertEquals(blog.withEstimator(org.dequantlab.model.Estimator.MC), Presets.byName("naive-mc").config());
    }

    @Test
    void lookupIgnoresCaseAndBlanks() {
        assertSame(Presets.SKEWED, Presets.byName(" Skewed "));
    }

    @Test
    void unknownNameListsTheAllowedNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.byName("blgo"));
        assertEquals("unknown preset 'blgo' (allowed: blog, three, skewed, collapse, four, naive-mc, four-ways, voronoi-order,"
                + " quadrants, three-in-the-plane, plane-skewed)", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Presets.byName(null)).getMessage()
                .contains("allowed"));
    }
}
