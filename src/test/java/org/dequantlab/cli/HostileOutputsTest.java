package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dequantlab.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile outputs for every command: anything but a regular file is refused by name (even with
 * --force), an output is never an input, nothing is replaced by surprise (not by a file that appears
 * during the run, not by a concurrent run), writability and name length are checked before training,
 * and a full or closed standard output fails the run. Timeouts only guard against hangs.
 */
@Timeout(value = Hostile.PATIENCE_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileOutputsTest {
    @TempDir
    Path dir;

    private static void refusedBeforeTraining(CliRunner r, String fragment) {
        assertEquals(2, r.code(), r.err());
        TrainCommandTest.assertOneLine(r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertEquals("", r.out(), "refused before training");
    }

    @Test
    void devicesFifosAndLinksAreRefusedByNameEvenWithForce() throws IOException {
        Path device = dir.resolve("full");
        if (!Hostile.mknodFull(device)) {
            device = Path.of("/dev/full"); // not root: a device we cannot replace anyway
        }
        Path fifo = dir.resolve("pipe");
        assumeTrue(Hostile.mkfifo(fifo), "mkfifo");
        Path real = Files.writeString(dir.resolve("real.csv"), "precious");
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, real.getFileName());
        Path dangling = dir.resolve("dangling.csv");
        Files.createSymbolicLink(dangling, Path.of("nowhere.csv"));

        for (String force : new String[] {"--force", "--no-force"}) {
            List<String> extra = force.equals("--force") ? List.of("--force") : List.of();
            String[][] cases = {
                {device.toString(), "it is a character device, not a regular file"},
                {fifo.toString(), "it is a FIFO (named pipe), not a regular file"},
                {link.toString(), "it is a symbolic link to real.csv;"},
                {dangling.toString(), "it is a symbolic link to nowhere.csv, which does not exist"},
                {"/dev/stdout", "it is a symbolic link"},
            };
            for (String[] c : cases) {
                List<String> args = new ArrayList<>(List.of("train", "--preset", "blog", "--steps", "5", "--csv", c[0]));
                args.addAll(extra);
                CliRunner r = CliRunner.run(args.toArray(String[]::new));
                refusedBeforeTraining(r, "cannot write " + c[0] + ": " + c[1]);
                assertTrue(r.err().contains("(for standard output, write -)"), r.err());
                List<String> gif = new ArrayList<>(List.of("export-gif", "--preset", "blog", "--steps", "5", "--out",
                        c[0]));
                gif.addAll(extra);
                refusedBeforeTraining(CliRunner.run(gif.toArray(String[]::new)), c[1]);
            }
        }
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(dangling), "links untouched");
        assertEquals("precious", Files.readString(real));
        assertFalse(Files.exists(dir.resolve("nowhere.csv")), "nothing created through the dangling link");
        assertFalse(Files.isRegularFile(device), "the device is still a device");
        assertFalse(Files.isRegularFile(fifo), "the FIFO is still a FIFO");
    }

    @Test
    void dashWritesTheDataToStandardOutputAndTheTableToStderr() throws IOException {
        CliRunner json = CliRunner.run("train", "--preset", "blog", "--steps", "20", "--json", "-");
        assertEquals(0, json.code(), json.err());
        assertEquals(20, new ObjectMapper().readTree(json.out()).get("step").asLong(), "stdout is pure JSON");
        assertTrue(json.err().contains("TRUFL"), "the summary went to stderr");
        CliRunner csv = CliRunner.run("train", "--preset", "blog", "--steps", "20", "--csv", "-");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("step,method,loss,recon,kl,kl_0,kl_1,elbo,"), csv.out());
        CliRunner both = CliRunner.run("train", "--preset", "blog", "--steps", "20", "--csv", "-", "--json", "-");
        refusedBeforeTraining(both, "cannot both go to standard output");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DequantLabCli.run(new String[] {"export-gif", "--preset", "blog", "--steps", "20", "--frames",
            "2", "--size", "160x90", "--out", "-"}, new java.io.PrintStream(bytes, true),
                new java.io.PrintStream(err, true));
        assertEquals(0, code, err.toString());
        assertEquals("GIF89a", new String(bytes.toByteArray(), 0, 6, StandardCharsets.US_ASCII));
        assertEquals(List.of(), Hostile.names(dir));
    }

    @Test
    void anOutputIsNeverTheInputEvenWithForceOrThroughALink() throws IOException {
        Path config = Files.writeString(dir.resolve("in.json"), "{\"categories\": 2}");
        Path hard = dir.resolve("hard.json");
        Files.createLink(hard, config);
        Files.createDirectory(dir.resolve("sub"));
        for (String out : new String[] {config.toString(), hard.toString(), dir.resolve("sub/../in.json").toString()}) {
            CliRunner gif = CliRunner.run("export-gif", "--config", config.toString(), "--steps", "5", "--out", out,
                    "--force");
            refusedBeforeTraining(gif, "it is the input file " + config);
            CliRunner train = CliRunner.run("train", "--config", config.toString(), "--steps", "5", "--json", out,
                    "--force");
            refusedBeforeTraining(train, "it is the input file " + config);
        }
        assertEquals("{\"categories\": 2}", Files.readString(config), "the configuration is intact");
    }

    @Test
    void writabilityAndNameLengthAreCheckedBeforeTraining() throws IOException {
        Path target;
        if (Hostile.root()) {
            target = Path.of("/sys/dequantlab-hostile.json"); // root ignores permissions, not /sys
        } else {
            Path ro = Files.createDirectory(dir.resolve("ro"));
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
            target = ro.resolve("out.json");
        }
        // 100 million steps: had the check come after training, this test would never end
        refusedBeforeTraining(CliRunner.run("train", "--preset", "blog", "--steps", "100000000", "--json",
                target.toString()), "cannot write " + target + ": Permission denied");
        Path tooLong = dir.resolve("n".repeat(251) + ".json");
        refusedBeforeTraining(CliRunner.run("export-gif", "--preset", "blog", "--steps", "100000000", "--out",
                tooLong.toString()), "File name too long");

        Path longest = dir.resolve("n".repeat(245) + ".json"); // 250 characters: fine for the file system
        CliRunner ok = CliRunner.run("train", "--preset", "blog", "--steps", "5", "--json", longest.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(List.of(longest.getFileName().toString()), Hostile.names(dir));
    }

    @Test
    void aFileThatAppearsDuringTrainingIsKeptAndTheRunFails() throws Exception {
        Path out = dir.resolve("out.json");
        // 3000 steps (seconds of training): the file is written a poll (20 ms) after the reservation shows
        CompletableFuture<CliRunner> run = CompletableFuture.supplyAsync(() -> CliRunner.run("train", "--preset",
                "blog", "--steps", "3000", "--json", out.toString(), "--csv", dir.resolve("out.csv").toString()));
        Optional<Path> reserved = Hostile.waitFor(dir, ".out.json~*.part", p -> true);
        assertTrue(reserved.isPresent(), "the output is reserved when the run starts");
        Files.writeString(out, "written by someone else during training");
        CliRunner r = run.get();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("dequantlab: cannot write " + out + ": a file of that name appeared"), r.err());
        assertEquals("written by someone else during training", Files.readString(out));
        assertEquals(List.of("out.json"), Hostile.names(dir), "neither output of the run is written: a set");
    }

    @Test
    void twoConcurrentRunsWithTheSameOutputNeverSilentlyLoseOne() throws Exception {
        Path out = dir.resolve("same.json");
        // whether the runs overlap or one ends first, the second's output is taken: exactly one may succeed
        CompletableFuture<CliRunner> a = CompletableFuture.supplyAsync(() -> CliRunner.run("train", "--preset",
                "blog", "--steps", "1000", "--seed", "1", "--json", out.toString()));
        CompletableFuture<CliRunner> b = CompletableFuture.supplyAsync(() -> CliRunner.run("train", "--preset",
                "blog", "--steps", "1000", "--seed", "2", "--json", out.toString()));
        CliRunner ra = a.get();
        CliRunner rb = b.get();
        assertNotEquals(ra.code() == 0, rb.code() == 0, "exactly one run succeeds: " + ra.err() + " / " + rb.err());
        CliRunner winner = ra.code() == 0 ? ra : rb;
        CliRunner loser = ra.code() == 0 ? rb : ra;
        assertTrue(loser.err().contains("dequantlab: cannot write " + out), loser.err());
        long seed = new ObjectMapper().readTree(out.toFile()).get("config").get("seed").asLong();
        assertEquals(winner == ra ? 1 : 2, seed, "the file holds the result of the run that says it wrote it");
        assertEquals(List.of("same.json"), Hostile.names(dir));
    }

    @Test
    void aFullOrFailingStandardOutputFailsTheRunWithTheReason() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StandardOutput out = StandardOutput.over(full, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DequantLabCli.run(new String[] {"train", "--preset", "blog", "--steps", "5"}, out,
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.endsWith("dequantlab: cannot write to standard output: No space left on device; the output is "
                + "incomplete\n"), e);
    }

    @Test
    void devFullAndAClosedStandardOutputExitOneInARealProcess() throws Exception {
        Process full = Hostile.launcher("train", "--preset", "blog", "--steps", "5")
                .redirectOutput(new java.io.File("/dev/full")).start();
        String err = new String(full.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, full.waitFor(), err);
        assertTrue(err.contains("dequantlab: cannot write to standard output: No space left on device"), err);

        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$0\" \"$@\" >&-"));
        command.addAll(Hostile.launcher("presets").command());
        Process closed = new ProcessBuilder(command).start();
        String err2 = new String(closed.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, closed.waitFor(), err2);
        assertEquals("dequantlab: cannot write to standard output: Bad file descriptor; the output is incomplete",
                err2.strip());
    }
}
