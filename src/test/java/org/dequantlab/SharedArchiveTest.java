package org.dequantlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launchers' class-data-sharing archive: what it lists, and that nothing happens without a launcher. */
class SharedArchiveTest {
    @Test
    void listsTheJdksDefaultClassesTheWindowsLaunchClassesAndTheirLambdasInTheDumpFormat() throws Exception {
        List<String> names = SharedArchive.classList();
        if (Files.isRegularFile(Path.of(System.getProperty("java.home"), "lib", "classlist"))) {
            assertTrue(names.contains("java/lang/Object"), "the JDK's own default list");
        }
        assertTrue(names.contains("org/dequantlab/Launcher"), "the launch classes");
        assertTrue(names.contains("org/dequantlab/ui/LabWindow"), "the window's classes");
        int firstLambda = names.indexOf(names.stream().filter(n -> n.startsWith("@")).findFirst().orElseThrow());
        assertTrue(names.subList(0, firstLambda).stream().noneMatch(n -> n.contains(".") || n.isBlank()),
                "binary names with slashes first");
        assertTrue(names.subList(firstLambda, names.size()).stream().allMatch(n -> n.startsWith("@lambda-proxy ")
                || n.startsWith("@lambda-form-invoker ")), "then the lambda lines, after the classes they name");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("@lambda-proxy org/dequantlab/ui/")),
                "the window's own lambdas");
        assertEquals(names.size(), names.stream().distinct().count(), "no duplicates");
    }

    @Test
    void withoutALauncherNothingIsWrittenOrRefreshed() {
        assertEquals(null, System.getProperty(SharedArchive.PROPERTY), "tests run without a launcher");
        assertEquals(2, SharedArchive.writeNow(), "refused: no archive named");
        assertFalse(SharedArchive.launcherArchiveInUse(), "the JDK's own archive is not the launcher's");
        SharedArchive.refreshLater(); // a no-op: no archive named
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("shared-archive-refresh")), "no refresh thread");
    }
}
