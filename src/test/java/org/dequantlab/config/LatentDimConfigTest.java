package org.dequantlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.method.Methods;
import org.junit.jupiter.api.Test;

/** The configuration field {@code latentDim}: validated in the record, cold, read and written as JSON. */
class LatentDimConfigTest {
    private static final ExperimentConfig BLOG = ExperimentConfig.defaults();

    @Test
    void defaultsToOneAndTheProblemCarriesIt() {
        assertEquals(1, BLOG.latentDim());
        assertEquals(1, BLOG.problem().latentDim());
        assertEquals(2, BLOG.withLatentDim(2).problem().latentDim());
    }

    @Test
    void onlyOneAndTwoAreAllowedAndTheMessageNamesTheField() {
        for (int d : new int[] {0, 3, -1}) {
            ConfigException e = assertThrows(ConfigException.class, () -> BLOG.withLatentDim(d));
            assertEquals("latentDim", e.field());
            assertTrue(e.getMessage().contains("1") && e.getMessage().contains("2"), e.getMessage());
        }
    }

    @Test
    void argmaxServesTwoToFourCategoriesInThePlane() {
        ExperimentConfig argmax = BLOG.withLatentDim(2).withMethods(List.of(Methods.ARGMAX));
        for (int k = 2; k <= 4; k++) {
            assertEquals(k, argmax.withCategories(k, null).categories());
        }
        ConfigException e = assertThrows(ConfigException.class, () -> argmax.withCategories(5, null));
        assertEquals("methods", e.field());
        assertTrue(e.getMessage().contains("categories = 5") && e.getMessage().contains("4"), e.getMessage());
        ConfigException line = assertThrows(ConfigException.class,
                () -> BLOG.withMethods(List.of(Methods.ARGMAX)).withCategories(3, null));
        assertTrue(line.getMessage().contains("latentDim 2"), line.getMessage());
    }

    @Test
    void changingItIsColdAndItSurvivesJson() throws java.io.IOException {
        ExperimentConfig plane = Presets.QUADRANTS.config();
        assertFalse(BLOG.sameRunAs(BLOG.withLatentDim(2)));
        assertEquals(plane, ConfigJson.parse(ConfigJson.toJson(plane)));
        assertTrue(ConfigJson.toJson(plane).contains("\"latentDim\" : 2"));
        assertEquals(1, ConfigJson.parse("{\"categories\": 3}").latentDim(), "files from before the field: a line");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.parse("{\"latentDim\": \"2\"}"));
        assertEquals("latentDim", e.field());
        ConfigException big = assertThrows(ConfigException.class, () -> ConfigJson.parse("{\"latentDim\": 3}"));
        assertEquals("latentDim", big.field());
    }

    @Test
    void aFileMayNameArgmaxWithThreeCategoriesBeforeItsLatentDim() throws java.io.IOException {
        ExperimentConfig c = ConfigJson.parse("{\"categories\": 3, \"methods\": [\"argmax\"], \"latentDim\": 2}");
        assertEquals(3, c.categories());
        assertEquals(2, c.latentDim());
        ConfigException line = assertThrows(ConfigException.class,
                () -> ConfigJson.parse("{\"categories\": 3, \"methods\": [\"argmax\"]}"));
        assertEquals("methods", line.field());
        assertTrue(line.getMessage().contains("latentDim 2"), line.getMessage());
    }

    @Test
    void theSettingsTableOffersOneOrTwoAndNamesThemWhenRefused() {
        assertEquals(List.of("1", "2"), Settings.LATENT_DIM.type().choices());
        assertFalse(Settings.LATENT_DIM.live());
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.LATENT_DIM.parse(BLOG, "3"));
        assertEquals("latentDim: must be 1 or 2, got 3", e.getMessage());
        assertEquals(2, Settings.LATENT_DIM.parse(BLOG, "2").latentDim());
        ConfigException argmax = assertThrows(ConfigException.class, () -> Settings.LATENT_DIM.parse(
                Presets.THREE_IN_THE_PLANE.config().withMethods(List.of(Methods.ARGMAX)), "1"));
        assertTrue(argmax.getMessage().contains("latentDim 2"), argmax.getMessage());
    }

    @Test
    void theTwoDimensionalPresetsAreWhatTheirNamesSay() {
        assertEquals(4, Presets.QUADRANTS.config().categories());
        assertEquals(List.of(Methods.CATNF, Methods.TRUFL, Methods.ARGMAX, Methods.VORONOI),
                Presets.QUADRANTS.config().methods());
        assertEquals(3, Presets.THREE_IN_THE_PLANE.config().categories());
        assertEquals(0.4, Presets.PLANE_SKEWED.config().probability(0), 1e-15);
        for (Preset p : List.of(Presets.QUADRANTS, Presets.THREE_IN_THE_PLANE, Presets.PLANE_SKEWED)) {
            assertEquals(2, p.config().latentDim(), p.name());
            assertEquals(15_000, p.config().steps(), p.name());
        }
    }
}
