package org.dequantlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.Methods;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;

/** An experiment file written before the method family (no method options, CatNF/TRUFL histories) still opens. */
class EarlierExperimentFileTest {
    /** Written by the build before the method family: ExperimentFile.toJson with history, 20 steps of blog. */
    private static final String EARLIER = """
            {
              "format" : "dequantlab-experiment",
              "version" : 1,
              "config" : {
                "categories" : 2,
                "dataDistribution" : [ 0.5, 0.5 ],
                "lambdaRec" : 10.0,
                "lambdaKl" : 1.0,
                "learningRate" : 0.01,
                "samples" : 256,
                "seed" : 42,
                "estimator" : "exact",
                "methods" : [ "catnf", "trufl" ],
                "steps" : 10000,
                "klAnnealSteps" : 0,
                "freeBits" : 0.0
              },
              "changes" : [ ],
              "steps" : 20,
              "history" : [ {
                "step" : 0,
                "methods" : [ {
                  "method" : "catnf",
                  "theta" : [ 0.04929506558173749, 0.0, -0.12810773478777024, 0.0 ],
                  "loss" : 6.919945500827488,
                  "recon" : 0.6918375750032385,
                  "kl" : 0.001569750795102766,
                  "klPerCategory" : [ 4.04984180186485E-4, 0.002734517410019047 ]
                }, {
                  "method" : "trufl",
                  "theta" : [ 0.04929506558173749, 0.0, -2.0, 2.0, -0.12810773478777024, 0.0, -2.0, 2.0 ],
                  "loss" : 7.01046343331212,
                  "recon" : 0.6755285261367214,
                  "kl" : 0.2551781719449055,
                  "klPerCategory" : [ 0.2550418894645546, 0.2553144544252564 ]
                } ]
              } ]
            }
            """;

    @Test
    void opensWithTheDefaultsOfTheNewFieldsAndReplays() throws IOException {
        ExperimentFile.Experiment e = ExperimentFile.parse(EARLIER, "earlier.json");
        assertEquals(ExperimentConfig.defaults(), e.config());
        assertEquals(List.of(Methods.CATNF, Methods.TRUFL), e.config().methods());
        TrainingSession replayed = TrainingSession.replay(e.config(), e.changes(), 0);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(e.history().get(0).points().get(i).theta(), replayed.runs().get(i).theta(),
                    "the same initialisation as the earlier build");
        }
        replayed.run(e.steps());
        assertEquals(20, replayed.stepCount());
    }
}
