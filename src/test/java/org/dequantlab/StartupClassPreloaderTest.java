package org.dequantlab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The launch-time class list still names the classes this build has. */
class StartupClassPreloaderTest {
    @Test
    void almostEveryListedClassLoads() {
        int[] r = StartupClassPreloader.preload();
        int loaded = r[0], listed = r[1];
        assertTrue(listed > 1000, "the list is there: " + listed + " entries");
        assertTrue(loaded >= 0.97 * listed, loaded + " of " + listed
                + " listed classes load; regenerate the list with scripts/startup-classes.sh");
    }
}
