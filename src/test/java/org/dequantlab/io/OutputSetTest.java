package org.dequantlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's outputs: checked and reserved before work, all or none, create-or-fail, cleaned up on abort. */
class OutputSetTest {
    @TempDir
    Path dir;

    private static void fill(OutputSet.Pending p, String text) throws IOException {
        try (OutputStream o = p.open()) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTemporaryFileIsCreatedAtOnceAndHasTheTargetsLength() throws IOException {
        String longName = "r".repeat(240) + ".json"; // 245 bytes: old temporary names added 19 and hit 255
        try (OutputSet set = new OutputSet(false)) {
            OutputSet.Pending p = set.add(dir.resolve(longName));
            assertTrue(Files.exists(p.temp()), "reserved before any work");
            assertEquals(longName.length(), p.temp().getFileName().toString().length());
            assertTrue(p.temp().getFileName().toString().startsWith("."), "hidden");
            fill(p, "{}");
            set.commit();
        }
        assertEquals(List.of(longName), names(), "written, and no temporary file left");
        String multiByte = "ü".repeat(100) + ".csv"; // 204 bytes
        String temp = OutputSet.tempName(multiByte, "part");
        assertEquals(multiByte.getBytes(StandardCharsets.UTF_8).length, temp.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aNameTooLongForTheFileSystemIsRefusedBeforeAnyWork() {
        Path target = dir.resolve("x".repeat(256) + ".json");
        IOException e = assertThrows(IOException.class, () -> {
            try (OutputSet set = new OutputSet(false)) {
                set.add(target);
            }
        });
        assertEquals("cannot write " + target + ": File name too long", e.getMessage());
    }

    @Test
    void aFileThatAppearsMeanwhileIsNeverReplacedWithoutPermission() throws IOException {
        Path target = dir.resolve("out.json");
        try (OutputSet set = new OutputSet(false)) {
            OutputSet.Pending p = set.add(target);
            fill(p, "ours");
            Files.writeString(target, "theirs"); // another run finished first
            IOException e = assertThrows(IOException.class, set::commit);
            assertTrue(e.getMessage().contains("appeared while DequantLab was working"), e.getMessage());
        }
        assertEquals("theirs", Files.readString(target));
        assertEquals(List.of("out.json"), names());
    }

    @Test
    void ifOneOutputFailsTheOthersAreTakenBack() throws IOException {
        Path json = dir.resolve("a.json");
        Path csv = dir.resolve("a.csv");
        Path old = dir.resolve("old.txt");
        Files.writeString(old, "old content");
        try (OutputSet set = new OutputSet(true)) {
            fill(set.add(old), "new content");
            fill(set.add(json), "{}");
            fill(set.add(csv), "x,y");
            Files.createDirectory(csv); // the last one cannot be put in place
            assertThrows(IOException.class, set::commit);
        }
        assertEquals("old content", Files.readString(old), "a replaced file comes back");
        assertFalse(Files.exists(json), "a created file goes again");
        assertEquals(List.of("a.csv", "old.txt"), names(), "no temporary or kept-aside file remains");
    }

    @Test
    void replacingWithPermissionKeepsNothingAside() throws IOException {
        Path target = dir.resolve("r.txt");
        Files.writeString(target, "old");
        try (OutputSet set = new OutputSet(true)) {
            fill(set.add(target), "new");
            set.commit();
        }
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("r.txt"), names());
    }

    @Test
    void anAbortDuringACommitWaitsSoTheSetIsWhole() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.csv");
        OutputSet set = new OutputSet(false);
        fill(set.add(a), "a");
        fill(set.add(b), "b");
        CountDownLatch placedOne = new CountDownLatch(1);
        CountDownLatch abortStarted = new CountDownLatch(1);
        set.afterPlacing(() -> {
            placedOne.countDown();
            try {
                abortStarted.await(10, TimeUnit.SECONDS);
                Thread.sleep(200); // the abort is now waiting for the commit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread committer = new Thread(() -> {
            try {
                set.commit();
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        committer.start();
        assertTrue(placedOne.await(10, TimeUnit.SECONDS));
        abortStarted.countDown();
        set.abort(10_000); // what SIGINT/SIGTERM do, between the two files
        committer.join(10_000);
        assertEquals(null, failed.get());
        assertEquals(List.of("a.json", "b.csv"), names(), "both files, never one");
        set.close();
    }

    @Test
    void anAbortBeforeTheCommitLeavesNothingAndTheCommitFails() throws IOException {
        int open = TempFiles.open();
        OutputSet set = new OutputSet(false);
        assertEquals(open + 1, TempFiles.open(), "known to the shutdown hook");
        fill(set.add(dir.resolve("a.json")), "a");
        fill(set.add(dir.resolve("b.csv")), "b");
        set.abort(TempFiles.COMMIT_WAIT_MILLIS); // what the shutdown hook does to each open set
        assertEquals(List.of(), names(), "temporary files removed");
        IOException e = assertThrows(IOException.class, set::commit);
        assertTrue(e.getMessage().contains("stopped before"), e.getMessage());
        set.close();
        assertEquals(open, TempFiles.open());
        assertEquals(List.of(), names());
    }

    @Test
    void anOutputIsNeverAnInputNorNamedTwice() throws IOException {
        Path input = Files.writeString(dir.resolve("in.json"), "{}");
        Path link = dir.resolve("link.json");
        Files.createLink(link, input);
        Files.createDirectory(dir.resolve("sub"));
        for (Path target : List.of(input, link, dir.resolve("sub/../in.json"))) {
            IOException e = assertThrows(IOException.class, () -> {
                try (OutputSet set = new OutputSet(true, List.of(input))) {
                    set.add(target);
                }
            });
            assertTrue(e.getMessage().contains("it is the input file"), e.getMessage());
        }
        IOException twice = assertThrows(IOException.class, () -> {
            try (OutputSet set = new OutputSet(false)) {
                set.add(dir.resolve("x.csv"));
                set.add(dir.resolve("sub/../x.csv"));
            }
        });
        assertTrue(twice.getMessage().contains("named twice"), twice.getMessage());
        assertEquals("{}", Files.readString(input));
        assertEquals(List.of("in.json", "link.json", "sub"), names());
    }
}
