package org.dequantlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.dequantlab.method.Methods;
import org.dequantlab.method.VoronoiCell;
import org.junit.jupiter.api.Test;

/** The methods field accepts any 1–4 of the family; the method options are read, written and checked. */
class MethodOptionsConfigTest {

    @Test
    void anyCombinationOfTheFourMethodsIsAccepted() throws IOException {
        ExperimentConfig c = ConfigJson.parse("{\"methods\": [\"voronoi\", \"argmax\", \"trufl\", \"catnf\"]}");
        assertEquals(List.of(Methods.VORONOI, Methods.ARGMAX, Methods.TRUFL, Methods.CATNF), c.methods());
        assertEquals(List.of(Methods.ARGMAX), ConfigJson.parse("{\"methods\": [\"argmax\"]}").methods());
    }

    @Test
    void argmaxRefusesMoreThanTwoCategoriesInOneDimensionNamingTheTwoDimensionalOption() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.parse("{\"categories\": 3, \"methods\": [\"trufl\", \"argmax\"]}"));
        assertEquals("methods", e.field());
        assertTrue(e.getMessage().contains("categories = 3") && e.getMessage().contains("latentDim 2"),
                e.getMessage());
        assertThrows(ConfigException.class,
                () -> Presets.FOUR_WAYS.config().withCategories(4, null), "changing K keeps the check");
    }

    @Test
    void methodOptionsRoundTripAndAreRefusedByNameWhenWrong() throws IOException {
        ExperimentConfig c = Presets.FOUR_WAYS.config().withMethodOptions(VoronoiCell.RADIAL, true);
        ExperimentConfig back = ConfigJson.parse(ConfigJson.toJson(c));
        assertEquals(c, back);
        assertEquals(VoronoiCell.RADIAL, back.voronoiCell());
        assertTrue(back.argmaxLearnPrior());
        assertFalse(c.sameRunAs(Presets.FOUR_WAYS.config()), "the options are cold: they change the layout");
        ConfigException cell = assertThrows(ConfigException.class, () -> ConfigJson.parse("{\"voronoiCell\": \"box\"}"));
        assertEquals("voronoiCell", cell.field());
        assertTrue(cell.getMessage().contains("uniform, radial"), cell.getMessage());
        ConfigException learn = assertThrows(ConfigException.class,
                () -> ConfigJson.parse("{\"argmaxLearnPrior\": \"yes\"}"));
        assertEquals("argmaxLearnPrior", learn.field());
    }

    @Test
    void aFileWrittenBeforeTheMethodOptionsExistedReadsWithTheirDefaults() throws IOException {
        String old = "{\"categories\": 2, \"dataDistribution\": [0.5, 0.5], \"lambdaRec\": 10.0, \"lambdaKl\": 1.0,"
                + " \"learningRate\": 0.01, \"samples\": 256, \"seed\": 42, \"estimator\": \"exact\","
                + " \"methods\": [\"catnf\", \"trufl\"], \"steps\": 10000, \"klAnnealSteps\": 0, \"freeBits\": 0.0}";
        ExperimentConfig c = ConfigJson.parse(old);
        assertEquals(ExperimentConfig.defaults(), c);
        assertEquals(VoronoiCell.UNIFORM, c.voronoiCell());
        assertFalse(c.argmaxLearnPrior());
    }

    @Test
    void theNewPresetsAreTheIssuesToys() {
        ExperimentConfig four = Presets.byName("four-ways").config();
        assertEquals(List.of(Methods.CATNF, Methods.TRUFL, Methods.ARGMAX, Methods.VORONOI), four.methods());
        assertEquals(0.8, four.probability(0), 1e-15);
        ExperimentConfig order = Presets.byName("voronoi-order").config();
        assertEquals(3, order.categories());
        assertEquals(0.8, order.probability(1), 1e-15);
        assertTrue(order.methods().contains(Methods.VORONOI));
    }
}
