package org.dequantlab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build machine's app image of {@code mvn -Pdist verify} (Linux: {@code target/dist/DequantLab/}) with
 * its bundled runtime and class-data-sharing archive, and its .deb.
 */
class AppImageIT {
    static Path image;
    static String launcher;

    @BeforeAll
    static void linuxImage() {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "the Linux app image");
        image = DistributionZipsIT.dist().resolve("DequantLab");
        launcher = image.resolve("bin").resolve("DequantLab").toString();
        assertTrue(Files.isExecutable(Path.of(launcher)), launcher + " exists");
    }

    @Test
    void startsHeadlessAndPrintsThePresets() throws Exception {
        Command c = Command.run(List.of(launcher, "presets"), Map.of());
        assertEquals(0, c.exit(), c.toString());
        for (String preset : List.of("blog", "three", "skewed", "collapse")) {
            assertTrue(c.out().lines().anyMatch(l -> l.startsWith(preset + " ")), preset + " listed: " + c);
        }
    }

    @Test
    void bundlesItsRuntimeAndMapsTheArchiveWrittenAtPackageTime() throws Exception {
        String release = Files.readString(image.resolve("lib/runtime/release"));
        assertTrue(release.contains("JAVA_VERSION=\"" + Runtime.version().feature()), release);
        assertTrue(Files.size(image.resolve("lib/app/dequantlab.jsa")) > 10_000_000, "archive in the image");
        Command c = Command.run(List.of(launcher, "presets"), Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"));
        assertEquals(0, c.exit(), c.toString());
        assertTrue(c.out().contains("org.dequantlab.Launcher source: shared objects file"), "classes from the archive");
        assertTrue(c.out().contains("java.lang.Object source: shared objects file"), "JDK classes too");
    }

    @Test
    void opensTheWindowUnderXvfb() throws Exception {
        assumeTrue(Command.onPath("xvfb-run"), "xvfb-run installed (apt-get install xvfb xauth libgtk-3-0)");
        Command c = Command.run(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", launcher,
                "--fps-report", "1"), Map.of());
        assertEquals(0, c.exit(), c.toString());
        assertTrue(c.out().contains("launch-to-first-frame:"), "the window showed its first frame: " + c);
    }

    @Test
    void debInstallsToOptAndWritesItsArchiveThere() throws Exception {
        assumeTrue(Command.onPath("dpkg-deb") && Command.onPath("fakeroot"), "dpkg-deb and fakeroot installed");
        Path deb;
        try (Stream<Path> files = Files.list(DistributionZipsIT.dist())) {
            deb = files.filter(f -> f.getFileName().toString().matches("dequantlab_.*_amd64\\.deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("a .deb in " + DistributionZipsIT.dist()));
        }
        Command name = Command.run(List.of("dpkg-deb", "-f", deb.toString(), "Package"), Map.of());
        assertEquals("dequantlab", name.out().strip(), name.toString());
        Command files = Command.run(List.of("dpkg-deb", "-c", deb.toString()), Map.of());
        assertTrue(files.out().contains("./opt/dequantlab/bin/DequantLab"), "launcher in /opt/dequantlab");
        assertTrue(files.out().contains("./opt/dequantlab/lib/runtime/"), "runtime bundled");
        assertTrue(!files.out().contains("dequantlab.jsa"), "no archive of the build folder's paths");
        Command postinst = Command.run(List.of("dpkg-deb", "-I", deb.toString(), "postinst"), Map.of());
        assertTrue(postinst.out().contains("/opt/dequantlab/bin/DequantLab --write-shared-archive"), postinst.toString());
    }
}
