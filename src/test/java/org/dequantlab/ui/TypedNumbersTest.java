package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/** A number typed in the window is reported as typed, not as the double it rounds to. */
class TypedNumbersTest {
    @Test
    void aNumberTooSmallForADoubleIsReportedAsTyped() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> EditableField.LEARNING_RATE.apply(ExperimentConfig.defaults(), " 1e-400 "));
        assertEquals("learningRate: must be a number in (0, 1], got 1e-400 (too small: it reads as 0)", e.getMessage());
        ConfigException zero = assertThrows(ConfigException.class,
                () -> EditableField.LEARNING_RATE.apply(ExperimentConfig.defaults(), "0"));
        assertEquals("learningRate: must be a number in (0, 1], got 0.0", zero.getMessage(), "a real 0 stays 0");
    }
}
