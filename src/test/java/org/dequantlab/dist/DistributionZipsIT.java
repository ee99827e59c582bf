package org.dequantlab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The per-platform zips of {@code mvn -Pdist verify}: each holds the jar, the shared libraries, its own
 * platform's natives (checked down to the binary format and CPU of every native library inside every jar)
 * and nothing of another platform, and its launchers; the Linux x86_64 zip, unpacked, starts and writes
 * and uses its class-data-sharing archive.
 */
class DistributionZipsIT {
    static String version() {
        return System.getProperty("dist.version", "0.1.0-SNAPSHOT");
    }

    static Path dist() {
        return Path.of(System.getProperty("dist.dir", "target/dist"));
    }

    static String root(DistPlatform p) {
        return "dequantlab-" + version() + "-" + p.id;
    }

    static Path zip(DistPlatform p) {
        Path zip = dist().resolve(root(p) + ".zip");
        assertTrue(Files.isRegularFile(zip), zip + " exists (mvn -Pdist package builds it)");
        return zip;
    }

    @ParameterizedTest
    @EnumSource(DistPlatform.class)
    void holdsTheJarTheLibrariesAndThisPlatformsNativesOnly(DistPlatform p) throws IOException {
        Set<String> jars = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        try (ZipFile z = new ZipFile(zip(p).toFile())) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                assertTrue(e.getName().startsWith(root(p) + "/"), e.getName() + " is inside " + root(p) + "/");
                String rel = e.getName().substring(root(p).length() + 1);
                if (e.isDirectory() || rel.isEmpty()) {
                    continue;
                }
                if (rel.startsWith("lib/") && rel.endsWith(".jar") && rel.indexOf('/', 4) < 0) {
                    jars.add(rel.substring(4));
                } else {
                    others.add(rel);
                }
            }
            assertEquals(expectedJars(p), jars, "the libraries of " + p.id);
            assertEquals(new TreeSet<>(p.launchers), others, "besides lib/, only the launchers");
            int natives = 0;
            for (String jar : jars) {
                natives += checkNatives(z, root(p) + "/lib/" + jar, p);
            }
            assertTrue(natives >= 10, "JavaFX, ND4J, OpenBLAS and JavaCPP natives found: " + natives);
        }
    }

    /**
     * The build machine's libraries (target/lib) with each native jar replaced by the platform's own of the
     * same artifact and version, plus the application jar. A jar that holds nothing but its metadata
     * (nd4j-native-preset's classifier jar) is not needed.
     */
    static Set<String> expectedJars(DistPlatform p) throws IOException {
        Set<String> out = new TreeSet<>();
        out.add("dequantlab.jar");
        Path lib = Path.of(System.getProperty("dist.lib", "target/lib"));
        try (Stream<Path> files = Files.list(lib)) {
            for (Path jar : (Iterable<Path>) files::iterator) {
                String name = jar.getFileName().toString();
                String c = DistPlatform.classifierOf(name);
                if (c == null) {
                    out.add(name);
                } else if (hasContent(jar)) {
                    out.add(name.substring(0, name.length() - c.length() - ".jar".length()) + p.sameFamily(c) + ".jar");
                }
            }
        }
        return out;
    }

    private static boolean hasContent(Path jar) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            return z.stream().anyMatch(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"));
        }
    }

    /**
     * JNA's jar is the one library that carries every system's natives by design: it has no per-platform
     * jars. Every other native library must be the platform's own.
     */
    static final String ALL_PLATFORM_JAR = "jna-";

    /** Checks every native library inside one jar of the zip; returns how many there are. */
    private static int checkNatives(ZipFile z, String entry, DistPlatform p) throws IOException {
        if (entry.substring(entry.lastIndexOf('/') + 1).startsWith(ALL_PLATFORM_JAR)
                && DistPlatform.classifierOf(entry) == null) {
            return 0;
        }
        int count = 0;
        try (ZipInputStream jar = new ZipInputStream(z.getInputStream(z.getEntry(entry)))) {
            byte[] head = new byte[NativeBinary.HEAD];
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                if (e.isDirectory() || !NativeBinary.isNativeLibrary(e.getName())) {
                    continue;
                }
                int n = jar.readNBytes(head, 0, head.length);
                assertTrue(NativeBinary.matches(head, n, p.format, p.cpu),
                        entry + "!" + e.getName() + " is a " + p.format + " library for " + p.cpu);
                count++;
            }
        }
        return count;
    }

    @ParameterizedTest
    @EnumSource(DistPlatform.class)
    void launchersStartTheAppWithTheLibrariesAndTheArchive(DistPlatform p) throws IOException {
        try (ZipFile z = new ZipFile(zip(p).toFile())) {
            for (String name : p.launchers) {
                ZipArchiveEntry e = z.getEntry(root(p) + "/" + name);
                assertNotNull(e, name + " in " + p.id);
                String text = new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(text.contains("@VERSION@"), name + ": version filled in");
                if (name.endsWith(".cmd")) {
                    assertTrue(text.replace("\r\n", "").indexOf('\n') < 0, name + ": CRLF line ends");
                    assertTrue(text.contains("org.dequantlab.Launcher") && text.contains("lib\\*"), name + ": " + text);
                    assertTrue(text.contains("-XX:SharedArchiveFile=") && text.contains(version()), name + ": archive");
                } else {
                    assertTrue(text.startsWith("#!/bin/sh\n"), name + ": a POSIX shell script");
                    assertFalse(text.contains("\r"), name + ": LF line ends");
                    assertEquals(0755, e.getUnixMode() & 0777, name + ": executable");
                }
            }
        }
    }

    @Test
    void linuxZipUnpackedStartsAndUsesItsArchive(@TempDir Path tmp) throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "runs the zip of the build machine");
        DistPlatform p = DistPlatform.LINUX_X86_64;
        unzip(zip(p), tmp);
        String launcher = tmp.resolve(root(p)).resolve("dequantlab").toString();
        Path cache = tmp.resolve("cache");
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", cache.toString());

        Command presets = Command.run(List.of(launcher, "presets"), env);
        assertEquals(0, presets.exit(), presets.toString());
        assertTrue(presets.out().contains("blog") && presets.out().contains("collapse"), presets.toString());

        Command write = Command.run(List.of(launcher, "--write-shared-archive"), env);
        assertEquals(0, write.exit(), write.toString());
        Path archive = cache.resolve("dequantlab").resolve("dequantlab-" + version() + ".jsa");
        assertTrue(Files.size(archive) > 10_000_000, "archive written: " + archive);

        Map<String, String> logged = new java.util.HashMap<>(env);
        logged.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info");
        Command shared = Command.run(List.of(launcher, "presets"), logged);
        assertEquals(0, shared.exit(), shared.toString());
        assertTrue(shared.out().contains("org.dequantlab.Launcher source: shared objects file"),
                "the launch classes come from the archive");
        assertTrue(shared.out().lines().anyMatch(l -> l.contains("$$Lambda")
                && l.contains("source: shared objects file")), "lambda classes come from the archive too");
        assertTrue(shared.out().contains("blog"), "the command still runs");
    }

    /** Unpacks a zip keeping the files' Unix permissions (as unzip does). */
    static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), "entry stays inside: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                int mode = e.getUnixMode() & 0777;
                if (mode != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(rwx(mode)));
                }
            }
        }
    }

    private static String rwx(int mode) {
        StringBuilder s = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int m = mode >> shift;
            s.append((m & 4) != 0 ? 'r' : '-').append((m & 2) != 0 ? 'w' : '-').append((m & 1) != 0 ? 'x' : '-');
        }
        return s.toString();
    }
}
