package org.dequantlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A number typed in the window, or written in a file, is reported as typed, not as the double it rounds to. */
class TypedNumbersTest {
    @Test
    void aNumberTooSmallForADoubleIsReportedAsTyped() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Settings.LEARNING_RATE.parse(ExperimentConfig.defaults(), " 1e-400 "));
        assertEquals("learningRate: must be a number in (0, 1], got 1e-400 (too small: it reads as 0)", e.getMessage());
        assertEquals("learning rate: must be a number in (0, 1], got 1e-400 (too small: it reads as 0)",
                e.userMessage());
        ConfigException zero = assertThrows(ConfigException.class,
                () -> Settings.LEARNING_RATE.parse(ExperimentConfig.defaults(), "0"));
        assertEquals("learningRate: must be a number in (0, 1], got 0", zero.getMessage(), "a real 0 stays 0");
        ConfigException zeros = assertThrows(ConfigException.class,
                () -> Settings.LEARNING_RATE.parse(ExperimentConfig.defaults(), "0.000e5"));
        assertEquals("learningRate: must be a number in (0, 1], got 0.000e5", zeros.getMessage(), "written zeros");
    }

    @Test
    void aNumberInAFileIsReportedAsWritten() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.parse("{\"learningRate\": 1e-400}"));
        assertEquals("learningRate: must be a number in (0, 1], got 1e-400 (too small: it reads as 0)", e.getMessage());
        ConfigException big = assertThrows(ConfigException.class, () -> ConfigJson.parse("{\"lambdaRec\": 1e5}"));
        assertEquals("lambdaRec: must be a number from 0 to 1000, got 1e5", big.getMessage());
    }
}
