package org.dequantlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings table: one row per configuration field, and every message and editor text from it. */
class SettingsTest {

    @Test
    void everyRecordComponentHasExactlyOneRow() {
        List<String> components = Arrays.stream(ExperimentConfig.class.getRecordComponents())
                .map(RecordComponent::getName).sorted().toList();
        assertEquals(components, Settings.keys().stream().sorted().toList(), "one row per field");
        assertEquals(Settings.keys(), ConfigJson.FIELDS, "files write the fields in table order");
    }

    @Test
    void formatThenParseGivesTheSameConfigurationForEverySetting() {
        ExperimentConfig c = ExperimentConfig.defaults().withCategories(3, new double[] {0.5, 0.25, 0.25})
                .withLearningRate(0.0123).withRegularisers(250, 0.125)
                .withMethodOptions(org.dequantlab.method.VoronoiCell.RADIAL, true);
        for (Setting<?> s : Settings.all()) {
            assertEquals(c, s.parse(c, s.format(c)), s.key());
        }
    }

    @Test
    void liveSettingsKeepTheRunAndColdOnesStartANewOne() {
        ExperimentConfig c = ExperimentConfig.defaults();
        assertTrue(c.sameRunAs(Settings.LAMBDA_REC.with(c, 5.0)));
        assertTrue(c.sameRunAs(Settings.STEPS.with(c, 20L)));
        assertFalse(c.sameRunAs(Settings.SEED.with(c, 7L)));
        assertFalse(c.sameRunAs(Settings.CATEGORIES.with(c, 3)));
        for (Setting<?> s : Settings.all()) {
            assertFalse(s.explanation().isBlank(), s.key());
            assertFalse(s.allowed().isBlank(), s.key());
        }
    }

    @Test
    void refusalsNameTheFieldByItsLabelWithTheAllowedRange() {
        ExperimentConfig c = ExperimentConfig.defaults();
        ConfigException abc = assertThrows(ConfigException.class, () -> Settings.LAMBDA_REC.parse(c, "abc"));
        assertEquals("lambdaRec", abc.field());
        assertEquals("λ_rec: must be a number from 0 to 1000, got 'abc'", abc.userMessage());
        ConfigException big = assertThrows(ConfigException.class, () -> Settings.LAMBDA_REC.parse(c, "5000"));
        assertEquals("λ_rec: must be a number from 0 to 1000, got 5000", big.userMessage());
        ConfigException lr = assertThrows(ConfigException.class, () -> Settings.LEARNING_RATE.parse(c, "0"));
        assertEquals("learning rate: must be a number in (0, 1], got 0", lr.userMessage());
        ConfigException k = assertThrows(ConfigException.class, () -> Settings.CATEGORIES.parse(c, "9"));
        assertEquals("K (categories): must be an integer from 2 to 8, got 9", k.userMessage());
        ConfigException est = assertThrows(ConfigException.class, () -> Settings.ESTIMATOR.parse(c, "adam"));
        assertEquals("estimator: must be one of: exact, mc, got 'adam'", est.userMessage());
        ConfigException off = assertThrows(ConfigException.class, () -> Settings.KL_ANNEAL_STEPS.parse(c, "-1"));
        assertTrue(off.userMessage().startsWith("KL annealing: must be an integer from 0 (off) to 100000000"),
                off.userMessage());
    }

    @Test
    void changesAreDescribedWithLabels() {
        ExperimentConfig a = ExperimentConfig.defaults();
        ExperimentConfig b = a.withWeights(5, 1).withLearningRate(0.02);
        assertEquals("λ_rec 10 → 5, learning rate 0.01 → 0.02", Settings.describeChanges(a, b));
        assertEquals(List.of(Settings.LAMBDA_REC, Settings.LEARNING_RATE), Settings.changed(a, b));
    }

    @Test
    void theCommandLineHelpListsEveryKeyWithWhatIsAllowed() {
        String help = Settings.fileHelp();
        for (Setting<?> s : Settings.all()) {
            assertTrue(help.contains(s.key()), s.key());
            assertTrue(help.contains(s.allowed()), s.allowed());
        }
        assertNotNull(Settings.byKey("freeBits"));
    }
}
