package org.dequantlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Estimator;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentFileTest {
    @TempDir
    Path dir;

    private static ExperimentFile.Experiment recorded(TrainingSession s, ExperimentConfig initial) {
        s.recordNow();
        return new ExperimentFile.Experiment(initial, s.history().changes(), s.stepCount(), s.history().records());
    }

    @Test
    void savedRunReopensAndReplaysBitIdentically() throws IOException {
        ExperimentConfig c = ExperimentConfig.defaults().withEstimator(Estimator.MC).withSamples(16);
        TrainingSession live = new TrainingSession(c);
        live.run(120);
        live.applyHot(live.config().withWeights(3, 1).withEstimator(Estimator.EXACT));
        live.run(80);
        Path file = dir.resolve("run.json");
        ExperimentFile.write(file, recorded(live, c), true);
        ExperimentFile.Experiment back = ExperimentFile.read(file);
        assertEquals(c, back.config());
        assertEquals(200, back.steps());
        assertEquals(1, back.changes().size());
        assertEquals(live.config(), back.finalConfig());
        assertEquals(live.history().size(), back.history().size());
        TrainingSession replay = TrainingSession.replay(back.config(), back.changes(), back.steps());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(live.runs().get(i).theta(), replay.runs().get(i).theta());
        }
        var last = back.history().get(back.history().size() - 1);
        assertEquals(200, last.step());
        assertArrayEquals(live.runs().get(1).theta(), last.points().get(1).theta());
    }

    @Test
    void historyIsOptional() throws IOException {
        ExperimentConfig c = ExperimentConfig.defaults();
        TrainingSession live = new TrainingSession(c);
        live.run(10);
        String json = ExperimentFile.toJson(recorded(live, c), false);
        assertTrue(!json.contains("\"history\""));
        assertEquals(0, ExperimentFile.parse(json, "x").history().size());
    }

    private String valid() {
        return "{\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{\"categories\":2},\"changes\":[],\"steps\":5}";
    }

    @Test
    void theValidSkeletonOpens() throws IOException {
        assertEquals(5, ExperimentFile.parse(valid(), "ok.json").steps());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed | {\"format\": \"dequantlab-experiment\", | invalid JSON",
        "truncated | {\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{\"categories\":2 | invalid JSON",
        "not an object | [1, 2, 3] | a JSON object",
        "wrong format | {\"format\":\"something-else\",\"version\":1,\"config\":{},\"steps\":0} | format",
        "wrong version | {\"format\":\"dequantlab-experiment\",\"version\":7,\"config\":{},\"steps\":0} | reads version 1",
        "huge K | {\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{\"categories\":1000000000},\"steps\":0} | config.categories",
        "huge number | {\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{\"lambdaRec\":1e308},\"steps\":0} | config.lambdaRec",
        "NaN | {\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{\"learningRate\":NaN},\"steps\":0} | config.learningRate",
        "negative steps | {\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{},\"steps\":-4} | steps",
        "unknown field | {\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{},\"steps\":0,\"evil\":1} | evil",
        "a train --json report | {\"config\":{},\"step\":30,\"status\":\"finished\"} | not an experiment file; the window saves",
        "cold change | {\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{},\"steps\":9,\"changes\":[{\"step\":3,\"config\":{\"seed\":5}}]} | changes[0].config",
        "bad theta | {\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{\"methods\":[\"catnf\"]},\"steps\":9,\"history\":[{\"step\":0,\"methods\":[{\"method\":\"catnf\",\"theta\":[1,2,3],\"loss\":1,\"recon\":1,\"kl\":1,\"klPerCategory\":[1,1]}]}]} | history[0].methods[0].theta"
    })
    void badFilesAreRefusedWithTheirReason(String name, String json, String mention) {
        IOException e = assertThrows(IOException.class, () -> ExperimentFile.parse(json, "bad.json"));
        assertTrue(e.getMessage().contains(mention), name + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot read bad.json: "), e.getMessage());
    }

    @Test
    void deepNestingAndMegabytesOfTextAreRefused() throws IOException {
        String deep = "{\"format\":\"dequantlab-experiment\",\"version\":1,\"config\":{},\"steps\":0,\"history\":"
                + "[".repeat(5000) + "]".repeat(5000) + "}";
        IOException e1 = assertThrows(IOException.class, () -> ExperimentFile.parse(deep, "deep.json"));
        assertTrue(e1.getMessage().contains("nested deeper than 16 levels"), e1.getMessage());
        String text = "{\"format\":\"" + "x".repeat(3_000_000) + "\"}";
        IOException e2 = assertThrows(IOException.class, () -> ExperimentFile.parse(text, "big.json"));
        assertTrue(e2.getMessage().contains("a string is longer than 10000 characters"), e2.getMessage());
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, " ".repeat((int) ExperimentFile.MAX_BYTES + 10));
        IOException e3 = assertThrows(IOException.class, () -> ExperimentFile.read(huge));
        assertTrue(e3.getMessage().contains("holds more than 33554432 bytes"), e3.getMessage());
        IOException e4 = assertThrows(IOException.class, () -> ExperimentFile.read(dir.resolve("missing.json")));
        assertTrue(e4.getMessage().endsWith(": No such file or directory"), e4.getMessage());
    }
}
