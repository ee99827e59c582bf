package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dequantlab.io.ConfigFile;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Estimator;
import org.dequantlab.method.Methods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    static final List<String> REQUIRED = List.of("loss", "recon", "kl", "klPerCategory", "elbo", "logLikelihood",
            "mutualInformation", "decodeAccuracy", "oceanMass", "mu", "scale", "lower", "upper", "reconPerCategory",
            "iwae", "marginalKl", "supportLow", "supportHigh", "step");

    @TempDir
    Path dir;

    @Test
    void helpListsTheConfigurationFieldsFromTheSettingsTable() {
        CliRunner r = CliRunner.run("help", "train");
        assertEquals(0, r.code(), r.err());
        for (org.dequantlab.config.Setting<?> s : org.dequantlab.config.Settings.all()) {
            assertTrue(r.out().contains(s.key()) && r.out().contains(s.allowed()), s.key() + " in " + r.out());
        }
    }

    @Test
    void blogForThreeHundredStepsWritesJsonAndCsv() throws IOException {
        Path json = dir.resolve("blog.json");
        Path csv = dir.resolve("blog.csv");
        CliRunner r = CliRunner.run("train", "--preset", "blog", "--steps", "300", "--json", json.toString(), "--csv",
                csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("CatNF") && r.out().contains("TRUFL"), r.out());
        assertTrue(r.err().contains("step 300/300"), "plain progress lines when not a terminal: " + r.err());
        assertFalse(r.err().contains("\r"));

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(300, root.get("step").asLong());
        assertEquals(ExperimentConfig.defaults().withSteps(300), ConfigJson.fromTree(root.get("config")));
        for (String method : List.of("catnf", "trufl")) {
            JsonNode m = root.get("methods").get(method);
            for (String key : REQUIRED) {
                assertTrue(m.has(key), method + " has " + key);
            }
            assertEquals(2, m.get("klPerCategory").size());
            assertEquals(2, m.get("mu").size());
            assertTrue(m.get("loss").isNumber());
            assertTrue(m.get("loss").asDouble() >= root.get("optimalLoss").asDouble() - 1e-9,
                    "no loss below the optimum λ_kl·H(p̃)");
        }
        assertEquals("-Infinity", root.get("methods").get("catnf").get("supportLow").get(0).asText(),
                "CatNF's unbounded support is written as a string");
        assertTrue(root.get("methods").get("trufl").get("supportLow").get(0).isNumber());

        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("step,method,loss,recon,kl,kl_0,kl_1,elbo,"), lines.get(0));
        assertTrue(lines.size() > 10, "history rows");
        assertTrue(lines.get(1).startsWith("0,catnf,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("0,trufl,"), lines.get(2));
        assertTrue(lines.get(lines.size() - 2).startsWith("300,catnf,"), "the final step is recorded");
        assertTrue(lines.get(lines.size() - 1).startsWith("300,trufl,"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertEquals(15, cells.length, line);
            Double.parseDouble(cells[2]);
        }
    }

    @Test
    void configFileWithOverridesTrainsOnlyTheChosenMethod() throws IOException {
        Path config = dir.resolve("three.json");
        ConfigFile.write(config, ExperimentConfig.defaults().withCategories(3, new double[] {1, 2, 1}), true);
        Path json = dir.resolve("out.json");
        CliRunner r = CliRunner.run("train", "--config", config.toString(), "--method", "trufl", "--steps", "40",
                "--seed", "7", "--estimator", "mc", "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        ExperimentConfig used = ConfigJson.fromTree(root.get("config"));
        assertEquals(3, used.categories());
        assertEquals(List.of(Methods.TRUFL), used.methods());
        assertEquals(7, used.seed());
        assertEquals(Estimator.MC, used.estimator());
        assertEquals(40, used.steps());
        assertEquals(List.of("trufl"), iterable(root.get("methods").fieldNames()));
    }

    @Test
    void existingOutputIsKeptWithoutForceAndReplacedWithIt() throws IOException {
        Path json = dir.resolve("keep.json");
        Files.writeString(json, "precious");
        CliRunner refused = CliRunner.run("train", "--preset", "blog", "--steps", "20", "--json", json.toString());
        assertEquals(2, refused.code());
        assertOneLine(refused.err());
        assertTrue(refused.err().contains(json.toString()) && refused.err().contains("--force"), refused.err());
        assertEquals("", refused.out(), "refused before training");
        assertEquals("precious", Files.readString(json));

        Path csv = dir.resolve("keep.csv");
        Files.writeString(csv, "precious");
        CliRunner csvRefused = CliRunner.run("train", "--preset", "blog", "--steps", "20", "--csv", csv.toString(),
                "--json", dir.resolve("new.json").toString());
        assertEquals(2, csvRefused.code());
        assertEquals("precious", Files.readString(csv));
        assertFalse(Files.exists(dir.resolve("new.json")), "nothing is written when one output is refused");

        CliRunner forced = CliRunner.run("train", "--preset", "blog", "--steps", "20", "--json", json.toString(),
                "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(20, new ObjectMapper().readTree(json.toFile()).get("step").asLong());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void runsWithoutOutputsPrintOnlyTheSummary() {
        CliRunner r = CliRunner.run("train", "--preset", "collapse", "--steps", "10", "--method", "catnf");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("CatNF ")).count(), r.out());
        assertEquals(0, r.out().lines().filter(l -> l.startsWith("TRUFL ")).count(), r.out());
    }

    static void assertOneLine(String err) {
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("dequantlab: "), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
