package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dequantlab.io.ConfigFile;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with all four methods: the same JSON keys for each, the min-form optimum, GIF, bench. */
class FourMethodsCliTest {
    @TempDir
    Path dir;

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void trainJsonWritesEveryMethodWithTheSameKeys() throws IOException {
        Path json = dir.resolve("four.json");
        CliRunner r = CliRunner.run("train", "--preset", "four-ways", "--steps", "200", "--json", json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Argmax") && r.out().contains("Voronoi"), r.out());
        JsonNode methods = new ObjectMapper().readTree(json.toFile()).get("methods");
        assertEquals(List.of("catnf", "trufl", "argmax", "voronoi"), keys(methods));
        List<String> reference = keys(methods.get("catnf"));
        for (String m : List.of("trufl", "argmax", "voronoi")) {
            assertEquals(reference, keys(methods.get(m)), m + " has the same keys as catnf");
        }
        for (String key : TrainCommandTest.REQUIRED) {
            assertTrue(reference.contains(key), key);
        }
        assertEquals(Math.log(2), methods.get("argmax").get("ownOptimalLoss").asDouble(), 1e-12);
        assertTrue(methods.get("catnf").get("ownOptimalLoss").isNull());
        assertTrue(methods.get("voronoi").get("parameters").has("anchor"));
        assertTrue(methods.get("argmax").get("parameters").has("priorLocation"));
        assertEquals(0, methods.get("argmax").get("recon").asDouble(), 1e-12);
    }

    @Test
    void optimalLossIsTheSmallerWeightTimesTheEntropy() throws IOException {
        Path config = dir.resolve("oneToTen.json");
        ConfigFile.write(config, ExperimentConfig.defaults().withWeights(1, 10), true);
        Path json = dir.resolve("out.json");
        CliRunner r = CliRunner.run("train", "--config", config.toString(), "--steps", "5", "--json", json.toString(),
                "--method", "trufl,voronoi");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(Math.log(2), root.get("optimalLoss").asDouble(), 1e-12, "min(1, 10)·log 2, not 10·log 2");
        assertEquals(List.of("trufl", "voronoi"), keys(root.get("methods")));
        assertEquals(10 * Math.log(2), root.get("methods").get("voronoi").get("ownOptimalLoss").asDouble(), 1e-9,
                "Voronoi cannot collapse, so its own optimum stays λ_KL·H");
    }

    @Test
    void argmaxOnThreeCategoriesIsRefusedWithOneLineNamingTheTwoDimensionalOption() {
        CliRunner r = CliRunner.run("train", "--preset", "three", "--method", "argmax", "--steps", "5");
        assertEquals(2, r.code());
        TrainCommandTest.assertOneLine(r.err());
        assertTrue(r.err().contains("methods") && r.err().contains("latentDim 2"), r.err());
    }

    @Test
    void exportGifDrawsFourPanels() throws Exception {
        Path out = dir.resolve("four.gif");
        int code = ExportGifCommand.run(new String[] {"--preset", "four-ways", "--steps", "40", "--out",
            out.toString(), "--frames", "3", "--size", "400x240"});
        assertEquals(0, code);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
        }
        assertTrue(Files.size(out) > 1000);
    }

    @Test
    void benchReportsTheNewMethodsAndSaysWhereArgmaxIsNotServed() {
        CliRunner r = CliRunner.run("bench", "--repeats", "1", "--steps", "5", "--warmup", "0", "--no-grid");
        assertEquals(0, r.code(), r.err());
        for (String row : List.of("argmax +exact +2 ", "voronoi/uniform +exact +2 ", "voronoi/radial +mc +8 ")) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches(row.replace(" +", "\\s+") + ".*")), row + "\n" + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.matches("argmax\\s+exact\\s+8\\s+not served in 1-D")), r.out());
    }
}
