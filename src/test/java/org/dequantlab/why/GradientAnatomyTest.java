package org.dequantlab.why;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.GradientProbe;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Objective;
import org.dequantlab.method.Problem;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gradient anatomy of docs/maths.md §1.6 for every method the engine has. */
class GradientAnatomyTest {
    private static final LossWeights TEN_TO_ONE = LossWeights.of(10, 1);

    static List<org.junit.jupiter.params.provider.Arguments> problems() {
        return WhyProblems.all();
    }

    /** The configuration of a problem; the latent dimension is set through its row of the settings table. */
    private static ExperimentConfig config(DequantMethod m, Problem p) {
        ExperimentConfig c = ExperimentConfig.defaults().withCategories(p.categories(), p.dataDistribution());
        org.dequantlab.config.Setting<?> dim = org.dequantlab.config.Settings.byKey("latentDim");
        if (dim != null) {
            c = dim.parse(c, Integer.toString(p.latentDim()));
        }
        c = c.withMethodOptions(p.voronoiCell(), p.argmaxLearnPrior()).withMethods(List.of(m));
        assertEquals(p, c.problem());
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void partsSumToTheExactGradientWhichIsTheLossDerivativeAndTheNaiveMeanIsThePathwisePart(String name,
            DequantMethod m, Problem p) {
        double[] theta = WhyProblems.perturbed(m, p, 11);
        GradientAnatomy a = GradientAnatomy.of(m, config(m, p), 0, theta, 3000);
        assertEquals(m.layout(p).symbols(), a.parameters().stream().map(GradientProbe.Entry::name).toList());
        Objective objective = m.objective(p, DequantMethod.METRICS_NODES);
        for (int i = 0; i < theta.length; i++) {
            GradientProbe.Entry e = a.parameters().get(i);
            assertEquals(e.exact(), e.pathwise() + e.boundary(), 1e-9, name + " " + e.name());
            double h = 1e-5;
            double[] up = theta.clone(), down = theta.clone();
            up[i] += h;
            down[i] -= h;
            double fd = (loss(objective, m, p, up) - loss(objective, m, p, down)) / (2 * h);
            assertEquals(fd, e.exact(), 1e-4 * (1 + Math.abs(fd)), name + " " + e.name() + ": exact is ∂L/∂θ");
            assertTrue(Math.abs(e.mcMean() - e.pathwise()) <= 3.5 * e.mcStdErr() + 1e-9, name + " " + e.name()
                    + ": naive mean " + e.mcMean() + " ± " + e.mcStdErr() + " vs pathwise " + e.pathwise());
            if (!m.hasBoundaryTerms(p)) {
                assertEquals(0.0, e.boundary(), name + " " + e.name() + ": no jump part");
            }
        }
        if (!m.hasBoundaryTerms(p)) {
            assertTrue(a.explanation().contains("has no boundary terms") && a.explanation().contains("jump part is zero"),
                    a.explanation());
        }
    }

    private static double loss(Objective o, DequantMethod m, Problem p, double[] theta) {
        return o.exact(m.encoder(p, theta), TEN_TO_ONE, null, new ObjectiveValue()).loss();
    }

    @Test
    void naiveMeanMissesTheBoundaryPartOfTruflWithOverlappingSupports() {
        // docs/maths.md §1.6 item 3: μ = 0, s = 1, x₀ on (0, 0.55), x₁ on (0.45, 1)
        double[] theta = LogisticMethod.theta(Methods.TRUFL, new double[] {0, 0}, new double[] {1, 1},
                new double[] {1e-9, 0.45}, new double[] {0.55, 1 - 1e-9});
        GradientAnatomy a = GradientAnatomy.of(Methods.TRUFL, ExperimentConfig.defaults(), 0, theta, 20_000);
        assertTrue(a.boundaryTerms());
        assertFalse(a.boundaryZero());
        assertEquals(8, a.agreeWithPathwise(), "the naive mean is the pathwise part on every parameter");
        assertTrue(a.missedByNaive() >= 2, "and misses the exact gradient where the jump part is: " + a.missedByNaive());
        GradientProbe.Entry beta0 = a.parameters().get(3);
        assertEquals("beta[0]", beta0.name());
        assertTrue(beta0.exact() > 0 && beta0.mcMean() < 0, "b₀ shrinks in truth, grows for the naive estimator");
        assertTrue(Math.abs(beta0.mcMean() - beta0.exact()) > 10 * beta0.mcStdErr());
        assertTrue(a.explanation().contains("never sees"), a.explanation());
    }

    @Test
    void aSnapshotGivesOneAnatomyPerMethodAndTheSameFiguresTwice() {
        TrainingSession s = new TrainingSession(ExperimentConfig.defaults());
        s.run(30);
        var snap = s.snapshot(false, TrainerStatus.PAUSED, null, 0);
        List<GradientAnatomy> a = GradientAnatomy.of(snap, 200), b = GradientAnatomy.of(snap, 200);
        assertEquals(2, a.size());
        assertEquals(Methods.CATNF, a.get(0).method());
        assertEquals(30, a.get(1).step());
        assertEquals(a.get(1).parameters(), b.get(1).parameters(), "seeded by configuration, method and step");
        assertTrue(a.get(0).boundaryZero() && !a.get(0).boundaryTerms());
    }
}
