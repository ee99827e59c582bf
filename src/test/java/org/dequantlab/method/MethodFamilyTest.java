package org.dequantlab.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every registered method must satisfy through the interface alone, so that a new method is
 * checked the moment it is registered: layout, initialisation, the sampling path against the density
 * and CDF, exact = pathwise + boundary, and the exact gradient against central finite differences
 * for every parameter at K = 2…8 where the method serves K (docs/maths.md Appendix B).
 */
public class MethodFamilyTest {

    /** Every method and option variant, at every K it serves. */
    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (DequantMethod m : Methods.all()) {
            for (VoronoiCell cell : VoronoiCell.values()) {
                for (boolean learn : new boolean[] {false, true}) {
                    if ((cell == VoronoiCell.RADIAL && m != Methods.VORONOI) || (learn && m != Methods.ARGMAX)) {
                        continue;
                    }
                    for (int k = 2; k <= 8; k++) {
                        Problem p = problem(k, 17L * k).withVoronoiCell(cell).withArgmaxLearnPrior(learn);
                        if (m.refusal(p) == null) {
                            out.add(Arguments.of(m.id() + (m == Methods.VORONOI ? "/" + cell.id() : "")
                                    + (learn ? "+prior" : ""), m, p));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    static Problem problem(int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] p = new double[k];
        double sum = 0;
        for (int x = 0; x < k; x++) {
            p[x] = 0.5 + r.nextDouble();
            sum += p[x];
        }
        for (int x = 0; x < k; x++) {
            p[x] /= sum;
        }
        return Problem.of(p);
    }

    /** A parameter vector away from the initialisation: the initial one plus noise. */
    public static double[] perturbed(DequantMethod m, Problem p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] theta = m.initialise(p, new SplittableRandom(seed));
        for (int i = 0; i < theta.length; i++) {
            theta[i] += 0.3 * (r.nextDouble() - 0.5);
        }
        return theta;
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void layoutNamesEveryParameterOnceAndInitialisationFitsIt(String name, DequantMethod m, Problem p) {
        ParameterLayout layout = m.layout(p);
        double[] theta = m.initialise(p, new SplittableRandom(1));
        assertEquals(layout.size(), theta.length);
        assertEquals(layout.size(), new HashSet<>(layout.symbols()).size(), "symbols are unique: " + layout.symbols());
        for (int i = 0; i < layout.size(); i++) {
            assertTrue(layout.describe(i).length() > 2);
        }
        Encoder e = m.encoder(p, theta);
        assertNull(e.degenerate(), "the initialisation is not degenerate");
        assertEquals(p.categories(), e.parameters().categories());
        assertEquals(m.id(), m.toString());
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void samplingPathLiesInItsSupportAndInvertsTheCdf(String name, DequantMethod m, Problem p) {
        Encoder1D e = (Encoder1D) m.encoder(p, perturbed(m, p, 3));
        for (int x = 0; x < p.categories(); x++) {
            for (double u0 : new double[] {1e-4, 0.03, 0.2, 0.5, 0.77, 0.97, 1 - 1e-4}) {
                double z = e.sample(x, u0);
                assertTrue(e.contains(x, z), name + " x=" + x + " u0=" + u0 + " z=" + z);
                assertTrue(((Encoder) e).support(x).contains(new double[] {z}), "the support shape agrees");
                assertEquals(u0, e.cdf(x, z), 1e-9, "cdf inverts the path");
                assertEquals(e.pathLogDensity(x, u0), e.logDensity(x, z), 1e-7 * Math.max(1, Math.abs(
                        e.logDensity(x, z))), "path form = masked form inside");
                assertEquals(x, Posterior.decode(e, z) == x ? x : Posterior.decode(e, z) >= 0 ? x : -2,
                        "a sample is decoded (perhaps to another category where supports overlap)");
            }
        }
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void batchedDensitiesOfPointsAgreeWithTheScalarOnes(String name, DequantMethod m, Problem p) {
        Encoder1D e = (Encoder1D) m.encoder(p, perturbed(m, p, 6));
        double[] grid = {-6, -2.5, -0.3, 0, 0.4, 1.7, 5};
        double[][] points = new double[grid.length][];
        for (int i = 0; i < grid.length; i++) {
            points[i] = new double[] {grid[i]};
        }
        double[][] a = new double[p.categories()][grid.length], b = new double[p.categories()][grid.length];
        e.logDensities(grid, a);
        ((Encoder) e).logDensities(points, b);
        for (int x = 0; x < p.categories(); x++) {
            for (int i = 0; i < grid.length; i++) {
                double want = e.logDensity(x, grid[i]);
                assertEquals(want, a[x][i], 1e-9 * Math.max(1, Math.abs(want)), name + " grid x=" + x + " z=" + grid[i]);
                assertEquals(want, b[x][i], 0, name + " points");
            }
        }
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void exactGradientIsPathwisePlusBoundaryAndMatchesCentralDifferences(String name, DequantMethod m, Problem p) {
        double[] theta = perturbed(m, p, 5);
        LossWeights w = new LossWeights(10, 1, 0);
        Objective ev = m.objective(p, 48);
        GradientParts parts = new GradientParts(theta.length);
        ObjectiveValue v = ev.exact(m.encoder(p, theta.clone()), w, parts, new ObjectiveValue());
        assertTrue(v.finite());
        double[] grad = parts.total();
        for (int i = 0; i < theta.length; i++) {
            assertEquals(grad[i], parts.pathwise()[i] + parts.boundary()[i], 1e-12);
            if (!m.hasBoundaryTerms(p)) {
                assertEquals(0, parts.boundary()[i], "no boundary part for " + name);
            }
        }
        FamilyChecks.gradientMatchesFiniteDifferences(name, m, p, ev, w, theta, grad);
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void monteCarloAgreesWithTheExactValueAndIsSeeded(String name, DequantMethod m, Problem p) {
        FamilyChecks.monteCarloAgreesWithExactAndIsSeeded(name, m, p, perturbed(m, p, 7), 48, 0.05);
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void decorationsAndDescriptionsAreGiven(String name, DequantMethod m, Problem p) {
        Encoder e = m.encoder(p, perturbed(m, p, 9));
        assertNotNull(e.decorations());
        for (int x = 0; x < p.categories(); x++) {
            assertTrue(e.describeComponent(x).length() > 5);
        }
        assertNotNull(m.supportShape());
        assertTrue(e.oceanMass() >= 0 && e.oceanMass() < 1);
    }
}
