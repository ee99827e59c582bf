package org.dequantlab.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Problem;
import org.dequantlab.method.VoronoiCell;
import org.junit.jupiter.api.Test;

/** The rejection sampler in the plane (docs/maths.md §1.7, §7): points land in (z₁, z₂), the ocean rejects. */
class PlaneSamplerTest {

    @Test
    void argmaxThreeRejectsTheEmptyQuadrant() {
        Problem p = new Problem(3, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, 2, VoronoiCell.UNIFORM, false);
        RejectionSampler s = new RejectionSampler(Methods.ARGMAX.encoder(p, new double[12]), 7);
        for (int i = 0; i < 40_000; i++) {
            LatentSample point = s.next();
            assertTrue(point.planar());
            boolean emptyQuadrant = point.z() > 0 && point.z2() > 0;
            assertEquals(!emptyQuadrant, point.accepted(), "accepted iff outside (+, +)");
            if (point.accepted()) {
                int code = (point.z() > 0 ? 2 : 0) + (point.z2() > 0 ? 1 : 0);
                assertEquals(code, point.decoded(), "decoded by the quadrant");
                assertEquals(code, point.sampled(), "p(x|z) is certain there");
            }
        }
        assertEquals(0.75, s.acceptanceRate(), 4 * Math.sqrt(0.75 * 0.25 / 40_000));
        for (double f : s.modelDistribution()) {
            assertEquals(1 / 3.0, f, 0.01);
        }
    }

    @Test
    void truflAcceptanceConvergesToOneMinusItsOceanMass() {
        Problem p = new Problem(4, new double[] {0.4, 0.3, 0.2, 0.1}, 2, VoronoiCell.UNIFORM, false);
        double[] theta = Methods.TRUFL.initialise(p, new SplittableRandom(3));
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < theta.length; i++) {
            theta[i] += r.nextDouble() - 0.5;
        }
        Encoder e = Methods.TRUFL.encoder(p, theta);
        double ocean = e.oceanMass();
        assertTrue(ocean > 0.05, "the perturbed boxes leave ocean: " + ocean);
        RejectionSampler s = new RejectionSampler(e, 11);
        int n = 60_000;
        for (int i = 0; i < n; i++) {
            s.next();
        }
        assertEquals(1 - ocean, s.acceptanceRate(), 4 * Math.sqrt(0.25 / n));
        assertFalse(new LatentSample(0.5, true, 1).planar());
    }
}
