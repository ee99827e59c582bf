package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad usage exits with 2 and one line {@code dequantlab: <reason>}, never a stack trace. */
class BadUsageTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> cases() throws IOException {
        Path invalid = Files.writeString(dir.resolve("invalid.json"), "{\"categories\": \"two\"}");
        Path truncated = Files.writeString(dir.resolve("truncated.json"), "{\"categories\": 2,");
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"foo\": 1}");
        String missing = dir.resolve("missing.json").toString();
        String noFolder = dir.resolve("no/such/out.json").toString();
        return Stream.of(
                Arguments.of(new String[] {"train", "--preset", "nope"}, "unknown preset 'nope' (allowed: blog"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--config", missing}, "mutually exclusive"),
                Arguments.of(new String[] {"train"}, "Missing required argument"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--steps", "0"}, "steps"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--steps", "-5"}, "steps"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--steps", "many"}, "--steps"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--seed", "1.5"}, "--seed"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--bogus"}, "--bogus"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--method", "flow"}, "catnf, trufl, both"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--estimator", "adam"}, "exact, mc"),
                Arguments.of(new String[] {"train", "--config", missing}, "No such file or directory"),
                Arguments.of(new String[] {"train", "--config", invalid.toString()}, "categories: must be an integer"),
                Arguments.of(new String[] {"train", "--config", truncated.toString()}, "line 1, column"),
                Arguments.of(new String[] {"train", "--config", unknown.toString()}, "unknown field 'foo'"),
                Arguments.of(new String[] {"train", "--config", dir.toString()}, "folder"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--json", noFolder}, "does not exist"),
                Arguments.of(new String[] {"train", "--preset", "blog", "--json", "a.x", "--csv", "a.x"}, "same file"),
                Arguments.of(new String[] {"bench", "--repeats", "0"}, "--repeats"),
                Arguments.of(new String[] {"bench", "--steps", "-1"}, "--steps"),
                Arguments.of(new String[] {"trian"}, "trian"),
                Arguments.of(new String[] {"presets", "extra"}, "extra"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void exitsWithTwoAndOneLine(String[] args, String fragment) {
        CliRunner r = CliRunner.run(args);
        assertEquals(2, r.code(), r.err());
        TrainCommandTest.assertOneLine(r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertEquals("", r.out());
    }
}
