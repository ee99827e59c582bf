package org.dequantlab.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.dequantlab.io.ConfigFile;
import org.dequantlab.model.Estimator;
import org.dequantlab.method.Methods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigJsonTest {
    @TempDir
    Path dir;

    static Stream<ExperimentConfig> configs() {
        ExperimentConfig odd = new ExperimentConfig(5, new double[] {1, 2, 3, 4, 5}, 3.5, 0.25, 3e-3, 100, -7L,
                Estimator.MC, List.of(Methods.TRUFL), 1234, 50, 0.1);
        ExperimentConfig thirds = ExperimentConfig.defaults().withCategories(7, new double[] {0.1, 0.3, 0.05, 0.2,
            0.15, 0.12, 0.08}).withSeed(Long.MIN_VALUE).withMethods(List.of(Methods.TRUFL, Methods.CATNF));
        return Stream.concat(Presets.all().stream().map(Preset::config), Stream.of(odd, thirds));
    }

    @ParameterizedTest
    @MethodSource("configs")
    void writingThenReadingGivesAnEqualConfig(ExperimentConfig config) throws IOException {
        Path file = dir.resolve("run.json");
        ConfigFile.write(file, config, true);
        ExperimentConfig back = ConfigFile.read(file);
        assertEquals(config, back);
        assertTrue(config.sameRunAs(back));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    /**
     * A saved configuration reads back bit for bit, for any distribution: ExperimentConfig keeps an
     * already normalised p̃ as it is, so reopening a file gives the same run (sameRunAs holds).
     */
    @Test
    void anyDistributionReadsBackBitForBit() throws IOException {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int n = 0; n < 2000; n++) {
            int k = 2 + r.nextInt(7);
            double[] p = new double[k];
            for (int i = 0; i < k; i++) {
                p[i] = 0.01 + r.nextDouble();
            }
            ExperimentConfig c = ExperimentConfig.defaults().withCategories(k, p);
            ExperimentConfig back = ConfigJson.parse(ConfigJson.toJson(c));
            assertEquals(c, back, "round trip of " + java.util.Arrays.toString(p));
            assertTrue(c.sameRunAs(back));
        }
    }

    @Test
    void writtenFileIsPrettyPrintedWithTheDocumentedFieldNamesInOrder() throws IOException {
        Path file = dir.resolve("blog.json");
        ConfigFile.write(file, ExperimentConfig.defaults(), true);
        String text = Files.readString(file);
        assertTrue(text.lines().count() > 10, "one field per line");
        int last = -1;
        for (String field : ConfigJson.FIELDS) {
            int at = text.indexOf("\"" + field + "\"");
            assertTrue(at > last, field + " in order");
            last = at;
        }
        assertTrue(text.contains("\"estimator\" : \"exact\""));
        assertTrue(text.contains("\"methods\" : [ \"catnf\", \"trufl\" ]"));
    }

    @Test
    void writingReplacesAnExistingFileWhole() throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "x".repeat(10_000));
        ConfigFile.write(file, Presets.COLLAPSE.config(), true);
        assertEquals(Presets.COLLAPSE.config(), ConfigFile.read(file));
    }

    @Test
    void missingFieldsTakeTheBlogDefaults() throws IOException {
        assertEquals(ExperimentConfig.defaults(), ConfigJson.parse("{}"));
        ExperimentConfig three = ConfigJson.parse("{\"categories\": 3, \"freeBits\": 0.5}");
        assertEquals(3, three.categories());
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, three.dataDistribution(), 1e-15);
        assertEquals(0.5, three.freeBits());
        assertEquals(0, three.klAnnealSteps());
        assertEquals(ExperimentConfig.defaults().withCategories(3, null).withRegularisers(0, 0.5), three);
    }

    @Test
    void integersWrittenAsWholeDecimalsAreAccepted() throws IOException {
        assertEquals(3, ConfigJson.parse("{\"categories\": 3.0}").categories());
        assertEquals(1000, ConfigJson.parse("{\"steps\": 1e3}").steps());
    }

    @Test
    void unknownFieldIsRejectedByName() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.parse("{\"categories\": 2, \"foo\": 1}"));
        assertEquals("foo", e.field());
        assertTrue(e.getMessage().contains("unknown field 'foo' (allowed: categories, dataDistribution, lambdaRec"),
                e.getMessage());
        assertTrue(e.getMessage().contains("freeBits)"), e.getMessage());
    }

    @Test
    void aFileHoldingAConfigurationInsideSaysWhatItIs() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.parse("{\"config\": {\"categories\": 3}, \"step\": 30}"));
        assertTrue(e.getMessage().contains("holds a configuration inside it") && e.getMessage().contains("--open"),
                e.getMessage());
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.parse("{\"Categories\": 2}"));
        assertEquals("Categories", e.field());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("{\"categories\": \"two\"}", "categories", "must be an integer"),
                Arguments.of("{\"categories\": 2.5}", "categories", "must be an integer"),
                Arguments.of("{\"categories\": true}", "categories", "got true"),
                Arguments.of("{\"categories\": null}", "categories", "got null"),
                Arguments.of("{\"categories\": [2]}", "categories", "an array"),
                Arguments.of("{\"categories\": 1000000000}", "categories", "from 2 to 8"),
                Arguments.of("{\"categories\": 1e400}", "categories", "out of range"),
                Arguments.of("{\"categories\": 99999999999999999999999}", "categories", "out of range"),
                Arguments.of("{\"lambdaRec\": NaN}", "lambdaRec", "finite"),
                Arguments.of("{\"lambdaKl\": Infinity}", "lambdaKl", "finite"),
                Arguments.of("{\"learningRate\": -Infinity}", "learningRate", "finite"),
                Arguments.of("{\"lambdaRec\": 1e400}", "lambdaRec", "finite"),
                Arguments.of("{\"lambdaRec\": 1e9}", "lambdaRec", "from 0 to 1000"),
                Arguments.of("{\"lambdaRec\": \"10\"}", "lambdaRec", "must be a number"),
                Arguments.of("{\"learningRate\": 0}", "learningRate", "(0, 1]"),
                Arguments.of("{\"samples\": 99999999999}", "samples", "out of range"),
                Arguments.of("{\"samples\": 0}", "samples", "from 1"),
                Arguments.of("{\"seed\": 1e30}", "seed", "out of range"),
                Arguments.of("{\"seed\": \"42\"}", "seed", "must be an integer"),
                Arguments.of("{\"estimator\": \"adam\"}", "estimator", "exact, mc"),
                Arguments.of("{\"estimator\": 1}", "estimator", "\"exact\" or \"mc\""),
                Arguments.of("{\"methods\": \"catnf\"}", "methods", "must be an array"),
                Arguments.of("{\"methods\": [\"catnf\", \"flow\"]}", "methods", "entry 1"),
                Arguments.of("{\"methods\": [\"catnf\", 3]}", "methods", "entry 1"),
                Arguments.of("{\"methods\": []}", "methods", "at least one"),
                Arguments.of("{\"methods\": [\"trufl\", \"trufl\"]}", "methods", "twice"),
                Arguments.of("{\"dataDistribution\": [0.5, \"a\"]}", "dataDistribution", "entry 1"),
                Arguments.of("{\"dataDistribution\": [0.5, NaN]}", "dataDistribution", "entry 1"),
                Arguments.of("{\"dataDistribution\": [0.2, 0.3, 0.5]}", "dataDistribution", "one entry per category"),
                Arguments.of("{\"dataDistribution\": [1, -1]}", "dataDistribution", "positive"),
                Arguments.of("{\"dataDistribution\": {\"a\": 1}}", "dataDistribution", "an object"),
                Arguments.of("{\"steps\": 0}", "steps", "from 1"),
                Arguments.of("{\"steps\": 1e12}", "steps", "from 1 to 100000000"),
                Arguments.of("{\"klAnnealSteps\": -1}", "klAnnealSteps", "from 0"),
                Arguments.of("{\"freeBits\": \"1\"}", "freeBits", "must be a number"),
                Arguments.of("[1, 2]", "(root)", "JSON object"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void badValueGivesAOneLineMessageNamingTheField(String json, String field, String fragment) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.parse(json));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertClean(e.getMessage());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("{\"categories\": 2,", "line 1"),
                Arguments.of("{\"categories\": 2,\n  \"lambdaRec\": ", "line 2"),
                Arguments.of("{\"categories\" 2}", "line 1, column"),
                Arguments.of("{\"categories\": 2} trailing", "line 1"),
                Arguments.of("{\"categories\": 2, \"categories\": 3}", "Duplicate field 'categories'"),
                Arguments.of("{'categories': 2}", "line 1"),
                Arguments.of("", "empty"),
                Arguments.of("   \n ", "empty"),
                Arguments.of("{\"categories\": 02}", "line 1"),
                Arguments.of("{\"methods\": " + "[".repeat(200) + "]".repeat(200) + "}", "nested deeper than 16"),
                Arguments.of("{\"estimator\": \"" + "x".repeat(20_000) + "\"}", "longer than 10000"),
                Arguments.of("{\"lambdaRec\": 1" + "0".repeat(500) + "}", "number is longer"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedJsonIsRefusedWithLineAndColumn(String json, String fragment) {
        IOException e = assertThrows(IOException.class, () -> ConfigJson.parse(json));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertClean(e.getMessage());
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{\"categories\": 2" + " ".repeat((32 << 20) + 10) + "}");
        IOException e = assertThrows(IOException.class, () -> ConfigFile.read(big));
        assertTrue(e.getMessage().contains("32 MB"), e.getMessage());
    }

    @Test
    void missingFileAndFolderAreRefusedClearly() {
        IOException missing = assertThrows(IOException.class, () -> ConfigFile.read(dir.resolve("none.json")));
        assertTrue(missing.getMessage().contains("No such file or directory"), missing.getMessage());
        IOException folder = assertThrows(IOException.class, () -> ConfigFile.read(dir));
        assertTrue(folder.getMessage().contains("folder"), folder.getMessage());
    }

    @Test
    void invalidUtf8IsRefused() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.write(bad, new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'});
        IOException e = assertThrows(IOException.class, () -> ConfigFile.read(bad));
        assertClean(e.getMessage());
    }

    @Test
    void readingLeavesTheFileUntouched() throws IOException {
        Path file = dir.resolve("odd.json");
        String text = "{\n  \"categories\": 2,\n  \"dataDistribution\": [4, 1]\n}\n";
        Files.writeString(file, text);
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, before);
        ExperimentConfig c = ConfigFile.read(file);
        assertArrayEquals(new double[] {0.8, 0.2}, c.dataDistribution(), 1e-15);
        assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(before, Files.getLastModifiedTime(file));
    }

    @Test
    void writingIntoAMissingFolderFailsWithoutCreatingAnything() {
        Path file = dir.resolve("no/such/folder/c.json");
        IOException e = assertThrows(IOException.class, () -> ConfigFile.write(file, ExperimentConfig.defaults(), true));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    private static void assertClean(String message) {
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("com.fasterxml"), message);
        assertFalse(message.contains("Source:"), message);
        assertFalse(message.contains("Exception"), message);
    }
}
