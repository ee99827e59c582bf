package org.dequantlab.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.objective.LossWeights;
import org.junit.jupiter.api.Test;

/** The gradient anatomy that the interface exposes (docs/maths.md §1.6): the naive estimator sees the pathwise part only. */
class GradientProbeTest {

    @Test
    void monteCarloMeanMatchesThePathwisePartNotTheExactGradientForOverlappingTrufl() {
        // the Appendix B point: μ = 0, s = 1, x₀ on (0, 0.55), x₁ on (0.45, 1)
        double[] theta = LogisticMethod.theta(Methods.TRUFL, new double[] {0, 0}, new double[] {1, 1},
                new double[] {1e-9, 0.45}, new double[] {0.55, 1 - 1e-9});
        Problem p = Problem.of(0.5, 0.5);
        GradientProbe.Entry[] e = GradientProbe.probe(Methods.TRUFL, p, theta, LossWeights.of(10, 1), 20_000,
                new SplittableRandom(3));
        assertEquals(8, e.length);
        boolean differs = false;
        for (GradientProbe.Entry x : e) {
            assertEquals(x.exact(), x.pathwise() + x.boundary(), 1e-9, x.name());
            assertTrue(Math.abs(x.mcMean() - x.pathwise()) <= 3 * x.mcStdErr() + 1e-9,
                    x.name() + ": MC " + x.mcMean() + " ± " + x.mcStdErr() + " vs pathwise " + x.pathwise());
            differs |= Math.abs(x.mcMean() - x.exact()) > 5 * x.mcStdErr() + 1e-6;
        }
        assertTrue(differs, "the boundary part is what the naive estimator misses");
        assertEquals("beta[0]", e[3].name());
        assertTrue(e[3].boundary() > 0 && e[3].pathwise() < 0, "b₀ shrinks in truth, grows for the naive estimator");
    }

    @Test
    void methodsWithoutBoundaryTermsHaveAZeroJumpPartAndAnUnbiasedNaiveEstimator() {
        for (DequantMethod m : new DequantMethod[] {Methods.ARGMAX, Methods.VORONOI, Methods.CATNF}) {
            Problem p = Problem.of(0.7, 0.3).withVoronoiCell(VoronoiCell.RADIAL);
            double[] theta = MethodFamilyTest.perturbed(m, p, 4);
            for (GradientProbe.Entry x : GradientProbe.probe(m, p, theta, LossWeights.of(10, 1), 4000,
                    new SplittableRandom(5))) {
                assertEquals(0, x.boundary(), m.id() + " " + x.name());
                assertTrue(Math.abs(x.mcMean() - x.exact()) <= 4 * x.mcStdErr() + 1e-9, m.id() + " " + x.name() + ": "
                        + x.mcMean() + " ± " + x.mcStdErr() + " vs " + x.exact());
            }
        }
    }
}
