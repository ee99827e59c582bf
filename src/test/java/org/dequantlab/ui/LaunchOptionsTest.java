package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The window's command-line options: what is taken, and what is refused with a message naming the option. */
class LaunchOptionsTest {
    @Test
    void noArgumentsIsANormalSession() {
        LaunchOptions o = LaunchOptions.parse();
        assertFalse(o.fpsReport());
        assertNull(o.open());
        assertFalse(o.present());
    }

    @Test
    void everyOptionIsTakenTogether() {
        LaunchOptions o = LaunchOptions.parse("--fps-report", "0.5", "--open", "run.json", "--present");
        assertTrue(o.fpsReport());
        assertEquals(0.5, o.fpsReportSeconds());
        assertEquals(Path.of("run.json"), o.open());
        assertTrue(o.present());
        assertEquals(3600, LaunchOptions.parse("--fps-report", "3600").fpsReportSeconds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "3600.5", "abc", "NaN", "Infinity", "1e400"})
    void aMeasuringTimeOutsideItsRangeIsRefusedWithTheRangeTheMessageStates(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse("--fps-report", value));
        assertEquals("--fps-report: must be a number of seconds above 0 and at most 3600, got " + value, e.getMessage());
    }

    @Test
    void aMissingValueOrAnUnknownOptionIsNamed() {
        assertEquals("--open: needs a value",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--open")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--fast")).getMessage()
                .startsWith("unknown option '--fast'"));
    }
}
