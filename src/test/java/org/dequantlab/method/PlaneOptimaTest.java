package org.dequantlab.method;

import static org.dequantlab.method.PlaneStates.plane;
import static org.dequantlab.method.PlaneStates.theta2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;
import org.junit.jupiter.api.Test;

/**
 * The 2-D objectives at the arrangements docs/maths.md §7 gives closed forms or exact reductions for.
 */
class PlaneOptimaTest {
    private static final LossWeights W = LossWeights.of(10, 1);

    static double loss(DequantMethod m, Problem p, double[] theta, int nodes) {
        return m.objective(p, nodes).exact(m.encoder(p, theta), W, null, new ObjectiveValue()).loss();
    }

    static double loss1(DequantMethod m, double[] mu, double[] s, double... pTilde) {
        Problem p = Problem.of(pTilde);
        double[] th = LogisticMethod.theta(m, mu, s, null, null);
        return m.objective(p, 48).exact(m.encoder(p, th), W, null, new ObjectiveValue()).loss();
    }

    @Test
    void catnfQuadrantsCostTwiceTheOneDimensionalOptimum() {
        double m = 1.4997, s = 0.2928;
        double[][] mu = {{-m, -m, m, m}, {-m, m, -m, m}};
        double[][] sc = {{s, s, s, s}, {s, s, s, s}};
        double[] th = theta2(Methods.CATNF, mu, sc, null, null);
        Problem p = plane(0.25, 0.25, 0.25, 0.25);
        double oneD = loss1(Methods.CATNF, new double[] {-m, m}, new double[] {s, s}, 0.5, 0.5);
        System.out.println("catnf quadrants 1D " + oneD + " 2D train " + loss(Methods.CATNF, p, th, 12) + " metrics "
                + loss(Methods.CATNF, p, th, 48));
        assertEquals(2 * oneD, loss(Methods.CATNF, p, th, 48), 1e-3);
    }

    @Test
    void catnfOnALineCostsTheOneDimensionalFourCategoryOptimum() {
        double[] mu1 = {-2.2628, -0.5496, 0.5496, 2.2628}, s1 = {0.2129, 0.0965, 0.0965, 0.2129};
        double[][] mu = {mu1, {0, 0, 0, 0}};
        double[][] sc = {s1, {1, 1, 1, 1}};
        double[] th = theta2(Methods.CATNF, mu, sc, null, null);
        Problem p = plane(0.25, 0.25, 0.25, 0.25);
        double oneD = loss1(Methods.CATNF, mu1, s1, 0.25, 0.25, 0.25, 0.25);
        System.out.println("catnf line 1D " + oneD + " 2D train " + loss(Methods.CATNF, p, th, 12) + " metrics "
                + loss(Methods.CATNF, p, th, 48));
        assertEquals(oneD, loss(Methods.CATNF, p, th, 48), 1e-3);
    }

    @Test
    void truflQuadrantsReachLambdaKlLogFour() {
        double lo = 1e-9, hi = 1 - 1e-9;
        double[][] mu = {{0, 0, 0, 0}, {0, 0, 0, 0}};
        double[][] sc = {{1, 1, 1, 1}, {1, 1, 1, 1}};
        double[][] a = {{lo, lo, 0.5, 0.5}, {lo, 0.5, lo, 0.5}};
        double[][] b = {{0.5, 0.5, hi, hi}, {0.5, hi, 0.5, hi}};
        double[] th = theta2(Methods.TRUFL, mu, sc, a, b);
        Problem p = plane(0.25, 0.25, 0.25, 0.25);
        System.out.println("trufl quadrants " + loss(Methods.TRUFL, p, th, 12) + " " + loss(Methods.TRUFL, p, th, 48));
        assertEquals(Math.log(4), loss(Methods.TRUFL, p, th, 12), 1e-6);
    }

    @Test
    void truflEdgeTermsOnOverlappingBoxesAreAsLargeAsTheGradientItself() {
        // four overlapping boxes (docs/maths.md §7.1): without the edge line integrals the gradient is badly wrong
        double[][] mu = {{-0.3, 0.2, 0.1, -0.1}, {0.25, -0.2, 0.3, -0.05}};
        double[][] sc = {{1.1, 0.9, 1.0, 1.2}, {0.8, 1.0, 1.1, 0.95}};
        double[][] a = {{0.1, 0.3, 0.05, 0.4}, {0.2, 0.05, 0.35, 0.15}};
        double[][] b = {{0.7, 0.9, 0.6, 0.95}, {0.8, 0.55, 0.9, 0.7}};
        Problem p = plane(0.4, 0.3, 0.2, 0.1);
        double[] th = theta2(Methods.TRUFL, mu, sc, a, b);
        org.dequantlab.objective.GradientParts parts = new org.dequantlab.objective.GradientParts(th.length);
        Methods.TRUFL.objective(p, 12).exact(Methods.TRUFL.encoder(p, th), W, parts, new ObjectiveValue());
        double largestTotal = 0, largestBoundary = 0;
        for (int i = 0; i < th.length; i++) {
            largestTotal = Math.max(largestTotal, Math.abs(parts.pathwise()[i] + parts.boundary()[i]));
            largestBoundary = Math.max(largestBoundary, Math.abs(parts.boundary()[i]));
        }
        assertTrue(largestBoundary > 0.5 * largestTotal, largestBoundary + " vs " + largestTotal);
        double h = 1e-6;
        for (int i = 0; i < th.length; i++) {
            double keep = th[i];
            th[i] = keep + h;
            double up = loss(Methods.TRUFL, p, th, 12);
            th[i] = keep - h;
            double down = loss(Methods.TRUFL, p, th, 12);
            th[i] = keep;
            assertEquals((up - down) / (2 * h), parts.pathwise()[i] + parts.boundary()[i], 1e-5 * Math.max(1,
                    Math.abs(parts.boundary()[i])), Methods.TRUFL.layout(p).symbol(i));
        }
    }
}
