package org.dequantlab.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
 * What every method must satisfy on a 2-D latent through the interface alone (docs/maths.md §7):
 * layout and initialisation, the sampling path against the density and the support, the tensor-grid
 * densities against the scalar ones, the ocean against the supports, and the exact gradient
 * (pathwise + boundary) against central finite differences for every raw parameter.
 */
class PlaneFamilyTest {

    /** Every method and option variant on a 2-D latent, at a few K it serves. */
    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (DequantMethod m : Methods.all()) {
            for (VoronoiCell cell : VoronoiCell.values()) {
                for (boolean learn : new boolean[] {false, true}) {
                    if ((cell == VoronoiCell.RADIAL && m != Methods.VORONOI) || (learn && m != Methods.ARGMAX)) {
                        continue;
                    }
                    for (int k : new int[] {2, 3, 4, 6}) {
                        Problem p = problem(k, 19L * k).withVoronoiCell(cell).withArgmaxLearnPrior(learn);
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
        return new Problem(k, p, 2, VoronoiCell.UNIFORM, false);
    }

    /** A parameter vector away from the initialisation: the initial one plus noise. */
    static double[] perturbed(DequantMethod m, Problem p, long seed) {
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
        Encoder e = m.encoder(p, theta);
        assertInstanceOf(Encoder2D.class, e);
        assertEquals(2, e.dimension());
        assertNull(e.degenerate(), "the initialisation is not degenerate");
        assertEquals(p.categories(), e.parameters().categories());
        assertEquals(2, e.prior().dimension());
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void samplingPathLiesInItsSupportWithThePathDensity(String name, DequantMethod m, Problem p) {
        Encoder2D e = (Encoder2D) m.encoder(p, perturbed(m, p, 3));
        double[] us = {1e-4, 0.03, 0.2, 0.5, 0.77, 0.97, 1 - 1e-4};
        double[] z = new double[2];
        for (int x = 0; x < p.categories(); x++) {
            for (double a : us) {
                for (double b : us) {
                    double logQ = e.sample(x, new double[] {a, b}, z);
                    assertTrue(e.support(x).contains(z), name + " x=" + x + " u0=(" + a + ", " + b + ")");
                    assertTrue(e.contains(x, z[0], z[1]));
                    double masked = e.logDensity(x, z[0], z[1]);
                    assertEquals(logQ, masked, 1e-6 * Math.max(1, Math.abs(masked)), name + " path form = masked form");
                    assertTrue(Posterior.decode(logJoints(e, z), p.categories()) >= 0, "a sample is decoded");
                }
            }
        }
    }

    private static double[] logJoints(Encoder e, double[] z) {
        double[] ell = new double[e.categories()];
        Posterior.logJoints(e, z, ell);
        return ell;
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void gridDensitiesAgreeWithTheScalarOnes(String name, DequantMethod m, Problem p) {
        Encoder2D e = (Encoder2D) m.encoder(p, perturbed(m, p, 6));
        double[] a0 = {-6, -2.5, -0.3, 0.05, 0.4, 1.7, 5};
        double[] a1 = {-4, -0.7, 0.2, 2.2, 6.5};
        double[][] grid = new double[p.categories()][a0.length * a1.length];
        e.logDensitiesOnGrid(a0, a1, grid);
        double[][] points = new double[a0.length * a1.length][];
        for (int j = 0; j < a1.length; j++) {
            for (int i = 0; i < a0.length; i++) {
                points[j * a0.length + i] = new double[] {a0[i], a1[j]};
            }
        }
        double[][] batch = new double[p.categories()][points.length];
        e.logDensities(points, batch);
        for (int x = 0; x < p.categories(); x++) {
            for (int j = 0; j < a1.length; j++) {
                for (int i = 0; i < a0.length; i++) {
                    double want = e.logDensity(x, a0[i], a1[j]);
                    int at = j * a0.length + i;
                    assertEquals(want, grid[x][at], 1e-9 * Math.max(1, Math.abs(want)), name + " grid");
                    assertEquals(want, batch[x][at], 1e-9 * Math.max(1, Math.abs(want)), name + " points");
                    assertEquals(Double.isFinite(want), e.support(x).contains(points[at]), name + " support");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void oceanMassIsThePriorMassNoSupportReaches(String name, DequantMethod m, Problem p) {
        Encoder2D e = (Encoder2D) m.encoder(p, perturbed(m, p, 8));
        SplittableRandom r = new SplittableRandom(4);
        int n = 40_000, outside = 0;
        double[] z = new double[2];
        for (int i = 0; i < n; i++) {
            e.prior().quantile(new double[] {r.nextDouble(), r.nextDouble()}, z);
            boolean in = false;
            for (int x = 0; x < p.categories() && !in; x++) {
                in = e.support(x).contains(z);
            }
            outside += in ? 0 : 1;
        }
        double ocean = e.oceanMass();
        assertEquals(ocean, (double) outside / n, 4 * Math.sqrt(0.25 / n) + 1e-9, name);
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void exactGradientIsPathwisePlusBoundaryAndMatchesCentralDifferences(String name, DequantMethod m, Problem p) {
        double[] theta = perturbed(m, p, 5);
        LossWeights w = new LossWeights(10, 1, 0);
        Objective ev = m.objective(p, 12);
        GradientParts parts = new GradientParts(theta.length);
        ObjectiveValue v = ev.exact(m.encoder(p, theta.clone()), w, parts, new ObjectiveValue());
        assertTrue(v.finite());
        double[] grad = parts.total();
        for (int i = 0; i < theta.length; i++) {
            if (!m.hasBoundaryTerms(p)) {
                assertEquals(0, parts.boundary()[i], "no boundary part for " + name);
            }
        }
        FamilyChecks.gradientMatchesFiniteDifferences(name, m, p, ev, w, theta, grad);
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void monteCarloAgreesWithTheExactValueAndIsSeeded(String name, DequantMethod m, Problem p) {
        FamilyChecks.monteCarloAgreesWithExactAndIsSeeded(name, m, p, perturbed(m, p, 7), 12, 0.03);
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void decorationsAreTwoDimensionalAndInsideTheSquare(String name, DequantMethod m, Problem p) {
        Encoder e = m.encoder(p, perturbed(m, p, 9));
        for (Decoration d : e.decorations()) {
            assertFalse(d instanceof Decoration.Band || d instanceof Decoration.Wall || d instanceof Decoration.Anchor,
                    "1-D kinds in a 2-D encoder: " + d);
            PlanePath v = d instanceof Decoration.Region r ? r.v() : d instanceof Decoration.Wall2D w ? w.v() : null;
            PlanePath z = d instanceof Decoration.Region r ? r.z() : d instanceof Decoration.Wall2D w ? w.z() : null;
            if (v != null) {
                for (int i = 0; i < v.size(); i++) {
                    assertTrue(v.x(i) >= 0 && v.x(i) <= 1 && v.y(i) >= 0 && v.y(i) <= 1, name + " " + v);
                    assertTrue(Math.abs(z.x(i * z.size() / v.size())) <= PlanePath.Z_CLAMP, name + " " + z);
                }
            }
        }
        for (int x = 0; x < p.categories(); x++) {
            assertTrue(e.describeComponent(x).length() > 5);
        }
        assertTrue(e.oceanMass() >= 0 && e.oceanMass() < 1);
    }

    @ParameterizedTest(name = "{0} K={2}")
    @MethodSource("variants")
    void gradientProbeSplitsThePlaneGradientAndTheMonteCarloMeanIsThePathwisePart(String name, DequantMethod m,
            Problem p) {
        double[] theta = perturbed(m, p, 12);
        GradientProbe.Entry[] entries = GradientProbe.probe(m, p, theta, LossWeights.of(10, 1), 4000,
                new SplittableRandom(13));
        assertEquals(m.layout(p).size(), entries.length);
        for (GradientProbe.Entry e : entries) {
            assertEquals(e.exact(), e.pathwise() + e.boundary(), 1e-12, e.name());
            // the reparameterisation estimator is unbiased for the pathwise part (up to the quadrature's error)
            assertEquals(e.pathwise(), e.mcMean(), 5 * e.mcStdErr() + 2e-3 * Math.max(1, Math.abs(e.pathwise())),
                    name + " " + e.name());
        }
    }
}
