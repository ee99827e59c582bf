package org.dequantlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesAFileWithOrdinaryPermissions() throws Exception {
        Path f = dir.resolve("a.txt");
        AtomicFiles.write(f, false, out -> out.write("hello".getBytes()));
        assertEquals("hello", Files.readString(f));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f),
                "same rights as any new file (not a private 0600 temp file)");
        assertEquals(List.of("a.txt", "plain.txt"), names());
    }

    @Test
    void refusesToReplaceWithoutConsentAndReplacesWithIt() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "old");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.write(f, false, out -> out.write("new".getBytes())));
        assertEquals("cannot write " + f + ": file exists (confirm replacing it, or use --force)", e.getMessage());
        assertEquals("old", Files.readString(f));
        AtomicFiles.write(f, true, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(f));
        assertEquals(List.of("a.txt"), names());
    }

    @Test
    void aFailingBodyLeavesNothingAndTheOldFileIntact() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, true, out -> {
            out.write("half".getBytes());
            throw new IllegalStateException("boom");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("a.txt"), names());
    }

    @Test
    void diskFullIsReportedAsSuch() throws Exception {
        Path f = dir.resolve("b.gif");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, false, out -> {
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + f + ": No space left on device", e.getMessage(), "the system's own words");
        assertFalse(Files.exists(f));
        assertEquals(List.of(), names());
    }

    @Test
    void unwritableFolderIsReportedAsSuch() throws Exception {
        Path folder = dir.resolve("ro");
        Files.createDirectory(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root ignores folder permissions: then use a folder no one can create files in
        Path target = Files.isWritable(folder) ? Path.of("/sys/dequantlab-test.gif") : folder.resolve("x.gif");
        try {
            IOException e = assertThrows(IOException.class,
                    () -> AtomicFiles.write(target, false, out -> out.write(1)));
            assertEquals("cannot write " + target + ": Permission denied", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertFalse(Files.exists(target));
    }

    @Test
    void aLinkIsNeverReplacedEvenWithConsent() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(link, true, out -> out.write(1)));
        assertEquals("cannot write " + link + ": it is a symbolic link to real.json; DequantLab writes regular files "
                + "only, so name the file itself", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("precious", Files.readString(real));
        assertEquals(List.of("link.json", "real.json"), names());
    }

    @Test
    void aRunBeyondTheFileLimitsIsRefusedAtSavingNotAtOpening() {
        org.dequantlab.config.ExperimentConfig c = org.dequantlab.config.ExperimentConfig.defaults();
        ExperimentFile.Experiment tooLong = new ExperimentFile.Experiment(c, List.of(),
                ExperimentFile.MAX_REPLAY_STEPS + 1, List.of());
        Path f = dir.resolve("run.json");
        IOException e = assertThrows(IOException.class, () -> ExperimentFile.write(f, tooLong, false));
        assertTrue(e.getMessage().contains("replays at most 10000000"), e.getMessage());
        assertFalse(Files.exists(f));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
