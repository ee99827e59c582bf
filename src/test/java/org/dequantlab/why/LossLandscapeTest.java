package org.dequantlab.why;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.method.Problem;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The loss around a state, TRUFL's kink (docs/maths.md §1.6 item 6) and the optimiser's path. */
class LossLandscapeTest {
    private static final LossWeights TEN_TO_ONE = LossWeights.of(10, 1);
    private static final Problem HALVES = Problem.of(0.5, 0.5);

    /** x₀ on (0, b) and x₁ on (½, 1), μ = 0, s = 1. */
    private static double[] kinkState(double b) {
        return LogisticMethod.theta(Methods.TRUFL, new double[] {0, 0}, new double[] {1, 1},
                new double[] {1e-9, 0.5}, new double[] {b, 1 - 1e-9});
    }

    @Test
    void truflHasAKinkAtTheOptimumWithTheOneSidedSlopesOfTheMaths() {
        double[] theta = kinkState(0.5);
        int beta0 = 3;
        LossLandscape.Result line = LossLandscape.compute(new LossLandscape.Request(Methods.TRUFL, HALVES, TEN_TO_ONE,
                theta, new int[] {beta0}, 0.02, 81), () -> false);
        assertEquals(theta[beta0], line.xs()[40], 0.0, "the state is the middle of an odd grid");
        assertEquals(line.currentLoss(), line.loss()[40], 0.0);
        assertEquals(Math.log(2), line.currentLoss(), 2e-4, "the halves are the optimum (12-node training quadrature)");
        // in b the slopes are −λ_KL and 2·λ_rec·log 2 − λ_KL; ∂b/∂β = (1 − a)·σ(β)σ(−β) = 0.25 here
        LossLandscape.Bend bend = line.bend();
        assertEquals(theta[beta0], bend.at(), 0.0011);
        assertEquals(-1 * 0.25, bend.leftSlope(), 0.01);
        assertEquals((20 * Math.log(2) - 1) * 0.25, bend.rightSlope(), 0.06);
        // every point of the line is above the kink's value: it is the minimum along β₀
        for (double l : line.loss()) {
            assertTrue(l >= line.currentLoss() - 1e-12);
        }
    }

    @Test
    void theSharpestParameterOfTruflIsABoundOnTheCutAndCatnfsOptimumIsSmooth() {
        double[] theta = kinkState(0.5);
        int p = LossLandscape.sharpestParameter(Methods.TRUFL, HALVES, TEN_TO_ONE, theta, 0.05);
        String name = Methods.TRUFL.layout(HALVES).symbol(p);
        assertTrue(List.of("beta[0]", "alpha[1]", "mu[0]", "mu[1]").contains(name), "a parameter that moves the cut: "
                + name);
        LossLandscape.Result kink = LossLandscape.compute(new LossLandscape.Request(Methods.TRUFL, HALVES, TEN_TO_ONE,
                theta, new int[] {p}, 0.05, 41), () -> false);

        // CatNF at its 10:1 optimum (docs/maths.md §2.3): smooth, its sharpest bend is tiny
        double[] catnf = LogisticMethod.theta(Methods.CATNF, new double[] {-1.4997, 1.4997},
                new double[] {0.2928, 0.2928}, null, null);
        int q = LossLandscape.sharpestParameter(Methods.CATNF, HALVES, TEN_TO_ONE, catnf, 0.05);
        LossLandscape.Result smooth = LossLandscape.compute(new LossLandscape.Request(Methods.CATNF, HALVES, TEN_TO_ONE,
                catnf, new int[] {q}, 0.05, 41), () -> false);
        assertTrue(smooth.bend().jump() < 0.05 * kink.bend().jump(), "CatNF " + smooth.bend() + " vs TRUFL "
                + kink.bend());
    }

    /**
     * The search shares the state's point between its lines and the view's line reuses the search's
     * points: the same parameter and the same values, bit for bit, as evaluating every line afresh.
     */
    @Test
    void theSharpestLineIsTheLineOfTheSharpestParameterEvaluatedAfresh() {
        for (DequantMethod m : List.of(Methods.TRUFL, Methods.CATNF)) {
            double[] theta = m == Methods.TRUFL ? kinkState(0.5) : WhyProblems.perturbed(m, HALVES, 3);
            int want = 0;
            double wantJump = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < theta.length; p++) { // the search, every point evaluated
                LossLandscape.Result line = LossLandscape.compute(new LossLandscape.Request(m, HALVES, TEN_TO_ONE,
                        theta, new int[] {p}, 0.05, LossLandscape.SCAN_GRID), () -> false);
                double jump = line.bend() == null ? Double.NaN : line.bend().jump();
                if (jump > wantJump) {
                    wantJump = jump;
                    want = p;
                }
            }
            assertEquals(want, LossLandscape.sharpestParameter(m, HALVES, TEN_TO_ONE, theta, 0.05), m.id());
            for (int grid : new int[] {41, 81, 121, 20}) {
                LossLandscape.Result fresh = LossLandscape.compute(new LossLandscape.Request(m, HALVES, TEN_TO_ONE,
                        theta, new int[] {want}, 0.05, grid), () -> false);
                LossLandscape.Result reused = LossLandscape.sharpestLine(m, HALVES, TEN_TO_ONE, theta, 0.05, grid,
                        () -> false);
                String what = m.id() + " grid " + grid;
                assertArrayEquals(new int[] {want}, reused.request().params(), what);
                assertArrayEquals(fresh.xs(), reused.xs(), what);
                assertArrayEquals(fresh.loss(), reused.loss(), what);
                assertArrayEquals(fresh.recon(), reused.recon(), what);
                assertArrayEquals(fresh.kl(), reused.kl(), what);
                assertEquals(fresh.bend(), reused.bend(), what);
                assertEquals(LossLandscape.lossAt(m, HALVES, TEN_TO_ONE, theta), reused.currentLoss(), 0.0, what);
            }
        }
        assertNull(LossLandscape.sharpestLine(Methods.TRUFL, HALVES, TEN_TO_ONE, kinkState(0.5), 0.05, 81,
                () -> true), "cancelled");
    }

    @Test
    void twoParametersGiveAGridAroundTheStateAndCancelStopsIt() {
        double[] theta = kinkState(0.5);
        LossLandscape.Request r = new LossLandscape.Request(Methods.TRUFL, HALVES, TEN_TO_ONE, theta,
                new int[] {3, 0}, 0.3, 21);
        LossLandscape.Result g = LossLandscape.compute(r, () -> false);
        assertEquals(21 * 21, g.loss().length);
        assertEquals(theta[3], g.xs()[10], 0.0);
        assertEquals(theta[0], g.ys()[10], 0.0);
        assertEquals(g.currentLoss(), g.loss(10, 10), 0.0);
        assertEquals(theta[0] - 0.3, g.ys()[0], 1e-12);
        assertEquals(theta[0] + 0.3, g.ys()[20], 1e-12);
        assertTrue(g.bend() == null);
        assertTrue(LossLandscape.compute(r, () -> true) == null);
        assertArrayEqualsState(theta, r.theta());
    }

    private static void assertArrayEqualsState(double[] expected, double[] actual) {
        assertArrayEquals(expected, actual, "the request keeps its state");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.dequantlab.why.WhyProblems#all")
    void everyMethodHasALandscapeAroundItsState(String name, DequantMethod m, Problem p) {
        double[] theta = WhyProblems.perturbed(m, p, 5);
        int last = theta.length - 1;
        LossLandscape.Result g = LossLandscape.compute(new LossLandscape.Request(m, p, TEN_TO_ONE, theta,
                new int[] {0, last}, 0.2, 5), () -> false);
        assertEquals(g.currentLoss(), g.loss(2, 2), 0.0, name);
        assertTrue(Double.isFinite(g.currentLoss()), name);
        assertEquals(LossLandscape.lossAt(m, p, TEN_TO_ONE, theta), g.currentLoss(), 0.0, name);
    }

    @Test
    void parameterNamesAndBadRequests() {
        ParameterLayout layout = Methods.TRUFL.layout(HALVES);
        assertArrayEquals(new int[] {3, 4},
                LossLandscape.parameters(layout, " BETA[0] , mu[1]"));
        assertEquals(List.of("m[0,1]", "s"), LossLandscape.splitNames("m[0,1], s"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LossLandscape.parameters(layout, "gamma[0]"));
        assertTrue(e.getMessage().contains("gamma[0]") && e.getMessage().contains("alpha[1]"), e.getMessage());
        double[] theta = kinkState(0.5);
        assertThrows(IllegalArgumentException.class, () -> new LossLandscape.Request(Methods.TRUFL, HALVES, TEN_TO_ONE,
                theta, new int[] {1, 1}, 1, 11));
        assertThrows(IllegalArgumentException.class, () -> new LossLandscape.Request(Methods.TRUFL, HALVES, TEN_TO_ONE,
                theta, new int[] {1}, 0, 11));
        assertThrows(IllegalArgumentException.class, () -> new LossLandscape.Request(Methods.TRUFL, HALVES, TEN_TO_ONE,
                theta, new int[] {1}, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new LossLandscape.Request(Methods.TRUFL, HALVES, TEN_TO_ONE,
                theta, new int[] {8}, 1, 11));
    }

    @Test
    void thePathIsTheRecentRecordedStepsOldestFirst() {
        TrainingSession s = new TrainingSession(ExperimentConfig.defaults());
        s.run(300);
        LandscapePath path = LandscapePath.recent(s.history(), Methods.TRUFL, 250, 40);
        assertEquals(40, path.size());
        assertEquals(250, path.steps()[39]);
        for (int i = 1; i < path.size(); i++) {
            assertTrue(path.steps()[i] > path.steps()[i - 1]);
        }
        assertArrayEquals(s.history().at(250).point(Methods.TRUFL).theta(),
                path.thetas().get(39));
        assertEquals(s.history().at(250).point(Methods.TRUFL).loss(), path.loss()[39], 0.0);
        assertEquals(0, LandscapePath.recent(s.history(), Methods.ARGMAX, 250, 40).size());
    }
}
