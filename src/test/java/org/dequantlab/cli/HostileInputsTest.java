package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.dequantlab.Hostile;
import org.dequantlab.io.ConfigFile;
import org.dequantlab.io.ExperimentFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs: files that never end or never open, one reading policy for configurations and
 * experiment files, limits with clear messages, the operating system's reasons, no parser internals,
 * and {@code check} giving exactly the verdict of {@code train --config} and {@code --open}.
 */
@Timeout(value = Hostile.PATIENCE_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputsTest {
    private static final String HEAD = "{\"format\":\"dequantlab-experiment\",\"version\":1,";

    @TempDir
    Path dir;

    /** The message of a refused input, and that check and the reader used by train/--open say the same. */
    private String refused(Path file, boolean experiment) {
        IOException e = assertThrows(IOException.class,
                () -> {
                    if (experiment) {
                        ExperimentFile.read(file);
                    } else {
                        ConfigFile.read(file);
                    }
                });
        CliRunner check = CliRunner.run("check", file.toString());
        assertEquals(2, check.code(), check.err());
        assertEquals("dequantlab: " + e.getMessage() + "\n", check.err(), "check says what the reader says");
        if (!experiment) {
            CliRunner train = CliRunner.run("train", "--config", file.toString(), "--steps", "5");
            assertEquals(check.err(), train.err(), "train --config says the same");
            assertEquals(2, train.code());
        }
        assertClean(e.getMessage());
        return e.getMessage();
    }

    private static void assertClean(String m) {
        assertFalse(m.contains("\n"), m);
        for (String internal : List.of("FAIL_ON", "Source:", "com.fasterxml", "`", "Exception", "StreamRead",
            "JsonNode")) {
            assertFalse(m.contains(internal), "no parser internals: " + m);
        }
    }

    @Test
    void devicesAndFifosAreRefusedWithoutBeingOpened() throws IOException {
        Path fifo = dir.resolve("no-writer.json");
        assumeTrue(Hostile.mkfifo(fifo), "mkfifo");
        for (boolean experiment : new boolean[] {false, true}) {
            assertEquals("cannot read /dev/zero: it is a character device, not a regular file",
                    refused(Path.of("/dev/zero"), experiment));
            assertEquals("cannot read " + fifo + ": it is a FIFO (named pipe), not a regular file",
                    refused(fifo, experiment));
            assertEquals("cannot read " + dir + ": it is a folder, not a file", refused(dir, experiment));
        }
    }

    @Test
    void theSizeIsNotTakenFromTheFileSystem() throws IOException {
        // /proc files say they are 0 bytes long; the bytes read are counted instead
        byte[] maps = org.dequantlab.io.InputFiles.read(Path.of("/proc/self/maps"), 1 << 20);
        assertTrue(maps.length > 0);
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{" + " ".repeat(33 << 20) + "}");
        assertEquals("cannot read " + big + ": it holds more than 33554432 bytes (32 MB), the most a DequantLab file "
                + "may hold", refused(big, true));
    }

    @Test
    void theOperatingSystemGivesTheReason() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
        Path inside = notAFolder.resolve("c.json");
        assertEquals("cannot read " + inside + ": Not a directory", refused(inside, false));
        Path missing = dir.resolve("missing.json");
        assertEquals("cannot read " + missing + ": No such file or directory", refused(missing, true));
        Path dangling = dir.resolve("dangling.json");
        Files.createSymbolicLink(dangling, Path.of("gone.json"));
        assertEquals("cannot read " + dangling + ": it is a symbolic link to gone.json, which does not exist",
                refused(dangling, false));
        if (!Hostile.root()) {
            Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            assertEquals("cannot read " + locked + ": Permission denied", refused(locked, false));
        }
    }

    @Test
    void configurationsAndExperimentFilesFollowOnePolicy() throws IOException {
        String bom = "\uFEFF";
        // {text of a configuration, whether it is accepted, what the refusal says}
        String[][] cases = {
            {bom + "{\"categories\": 3}", "ok", ""},
            {"{\"categories\": 3, \"categories\": 3}", "refused", "Duplicate field 'categories'"},
            {"{\"seed\": 1} {", "refused", "more text after the end of the JSON value"},
            {"{\"seed\": 1} x", "refused", "Unrecognized token 'x'"},
            {"{\"seed\": " + "[".repeat(20) + "]".repeat(20) + "}", "refused", "nested deeper than 16 levels"},
            {"{\"seed\": \"" + "s".repeat(10_001) + "\"}", "refused", "a string is longer than 10000 characters"},
            {"{\"" + "k".repeat(1001) + "\": 1}", "refused", "a key is longer than 1000 characters"},
            {"{\"learningRate\": 1e-400}", "refused", "learningRate: must be a number in (0, 1], got 1e-400"},
            {"{\"lambdaRec\": 1e400}", "refused", "lambdaRec: must be a finite number, got 1e400"},
        };
        for (String[] c : cases) {
            Path config = dir.resolve("c.json");
            Files.writeString(config, c[0], StandardCharsets.UTF_8);
            // the same text as the experiment's configuration; text after the end goes after the experiment's end
            int end = c[0].lastIndexOf('}') + 1;
            String inner = c[0].substring(c[0].startsWith(bom) ? 1 : 0, end);
            Path experiment = dir.resolve("e.json");
            Files.writeString(experiment, (c[0].startsWith(bom) ? bom : "") + HEAD + "\"steps\": 0, \"config\": "
                    + inner + "}" + c[0].substring(end));
            if (c[1].equals("ok")) {
                assertEquals(3, ConfigFile.read(config).categories());
                assertEquals(3, ExperimentFile.read(experiment).config().categories(), "a BOM is fine in both");
                assertEquals(0, CliRunner.run("check", config.toString()).code());
                assertEquals(0, CliRunner.run("check", experiment.toString()).code());
            } else {
                assertTrue(refused(config, false).contains(c[2]), c[0] + " -> config reader");
                assertTrue(refused(experiment, true).contains(c[2]), c[0] + " -> experiment reader");
            }
        }
        Path utf16 = dir.resolve("u16.json");
        Files.write(utf16, "{\"categories\": 3}".getBytes(StandardCharsets.UTF_16));
        assertTrue(refused(utf16, false).contains("UTF-16; save it as UTF-8"));
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\n  \"méthode\": 1}".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("cannot read " + latin1 + ": invalid JSON at line 2, column 5: bytes that are not UTF-8 text; "
                + "save the file as UTF-8", refused(latin1, true));
        Path nul = dir.resolve("nul.json");
        Files.write(nul, new byte[] {'{', 0, '}'});
        assertTrue(refused(nul, false).contains("a NUL byte"));
    }

    @Test
    void experimentFilesHaveLimitsOnChangesStepsAndHistory() throws IOException {
        StringBuilder many = new StringBuilder(HEAD + "\"config\":{},\"steps\":10,\"changes\":[");
        for (int i = 0; i <= ExperimentFile.MAX_CHANGES; i++) {
            many.append(i == 0 ? "" : ",").append("{\"step\":1,\"config\":{\"lambdaRec\":").append(1 + i % 2)
                    .append("}}");
        }
        Path changes = Files.writeString(dir.resolve("changes.json"), many.append("]}"));
        assertEquals("cannot read " + changes + ": changes: more than 10000 hot changes; an experiment file holds at "
                + "most 10000", refused(changes, true));
        Path steps = Files.writeString(dir.resolve("steps.json"), HEAD + "\"config\":{},\"steps\":100000000}");
        assertEquals("cannot read " + steps + ": steps: 100000000 steps is more than an experiment file may replay "
                + "when it is opened (at most 10000000)", refused(steps, true));
        StringBuilder records = new StringBuilder(HEAD + "\"config\":{\"methods\":[\"catnf\"]},\"steps\":9999,"
                + "\"history\":[");
        for (int i = 0; i <= ExperimentFile.MAX_HISTORY; i++) {
            records.append(i == 0 ? "" : ",").append("{\"step\":").append(i).append(",\"methods\":[{\"method\":"
                    + "\"catnf\",\"theta\":[0,0,0,0],\"loss\":1,\"recon\":1,\"kl\":1,\"klPerCategory\":[0,0]}]}");
        }
        Path history = Files.writeString(dir.resolve("history.json"), records.append("]}"));
        assertTrue(refused(history, true).contains("history: more than 2049 records"));

        StringBuilder most = new StringBuilder(HEAD + "\"config\":{},\"steps\":10,\"changes\":[");
        for (int i = 0; i < ExperimentFile.MAX_CHANGES; i++) {
            most.append(i == 0 ? "" : ",").append("{\"step\":1,\"config\":{\"lambdaRec\":").append(1 + i % 2)
                    .append("}}");
        }
        Path atTheLimit = Files.writeString(dir.resolve("most.json"), most.append("]}"));
        assertEquals(10_000, ExperimentFile.read(atTheLimit).changes().size(), "the limit itself is accepted");
    }

    @Test
    void checkDescribesAValidFileAndReplaysIt() throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"categories\": 3, \"estimator\": \"mc\"}");
        CliRunner c = CliRunner.run("check", config.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals(config + ": a valid configuration: K = 3, catnf + trufl, mc, 10000 steps\n", c.out());
        Path run = Files.writeString(dir.resolve("run.json"), HEAD + "\"config\":{\"methods\":[\"trufl\"]},\"steps\":"
                + "300,\"changes\":[{\"step\":100,\"config\":{\"methods\":[\"trufl\"],\"lambdaRec\":5}}]}");
        CliRunner e = CliRunner.run("check", "--replay", run.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().startsWith(run + ": a valid experiment file: K = 2, trufl, exact; 1 hot change, replays 300 "
                + "steps\n" + run + ": replayed to step 300 in "), e.out());
    }

    @Test
    void aRunThatDivergesOnReplayIsReportedByCheckAndExportGif() throws IOException {
        String diverges = "{\"learningRate\":1,\"lambdaRec\":100,\"lambdaKl\":0.001,\"methods\":[\"trufl\"],"
                + "\"seed\":3}";
        Path run = Files.writeString(dir.resolve("div.json"), HEAD + "\"config\":" + diverges + ",\"steps\":5000}");
        CliRunner check = CliRunner.run("check", "--replay", run.toString());
        assertEquals(1, check.code(), check.err());
        assertTrue(check.err().contains("dequantlab: " + run + ": the replayed run fails: TRUFL at step "), check.err());
        Path config = Files.writeString(dir.resolve("div-config.json"), diverges);
        Path gif = dir.resolve("div.gif");
        CliRunner export = CliRunner.run("export-gif", "--config", config.toString(), "--steps", "5000", "--out",
                gif.toString());
        assertEquals(1, export.code(), export.err());
        String last = export.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("dequantlab: training stopped, nothing written: TRUFL at step "), last);
        assertFalse(export.err().contains("internal error"), export.err());
        assertEquals(List.of("div-config.json", "div.json"), Hostile.names(dir), "no GIF, no temporary file");
    }

    @Test
    void everyCommandUsesOnePrefixAndOneExitCodeForTheSameError() throws IOException {
        Path missing = dir.resolve("missing.json");
        String line = "dequantlab: cannot read " + missing + ": No such file or directory\n";
        for (String[] args : new String[][] {
            {"train", "--config", missing.toString()},
            {"export-gif", "--config", missing.toString(), "--steps", "5", "--out", dir.resolve("x.gif").toString()},
            {"check", missing.toString()}}) {
            CliRunner r = CliRunner.run(args);
            assertEquals(2, r.code(), args[0]);
            assertEquals(line, r.err(), args[0]);
        }
        Path exists = Files.writeString(dir.resolve("exists.out"), "x");
        for (String[] args : new String[][] {
            {"train", "--preset", "blog", "--steps", "5", "--json", exists.toString()},
            {"export-gif", "--preset", "blog", "--steps", "5", "--out", exists.toString()}}) {
            CliRunner r = CliRunner.run(args);
            assertEquals(2, r.code(), args[0]);
            assertEquals("dequantlab: cannot write " + exists + ": file exists (confirm replacing it, or use --force)\n",
                    r.err(), args[0]);
        }
    }
}
