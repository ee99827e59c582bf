package org.dequantlab.method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/** The checks every method meets on the line and in the plane (MethodFamilyTest, PlaneFamilyTest). */
final class FamilyChecks {
    private FamilyChecks() {}

    /** Each component of {@code grad} against a central finite difference of the exact loss (step 1e-5). */
    static void gradientMatchesFiniteDifferences(String name, DequantMethod m, Problem p, Objective ev, LossWeights w,
            double[] theta, double[] grad) {
        double h = 1e-5;
        for (int i = 0; i < theta.length; i++) {
            double keep = theta[i];
            theta[i] = keep + h;
            double up = ev.exact(m.encoder(p, theta.clone()), w, null, new ObjectiveValue()).loss();
            theta[i] = keep - h;
            double down = ev.exact(m.encoder(p, theta.clone()), w, null, new ObjectiveValue()).loss();
            theta[i] = keep;
            double fd = (up - down) / (2 * h);
            String what = name + " " + m.layout(p).symbol(i);
            assertEquals(fd, grad[i], 1e-4 * Math.max(1, Math.abs(fd)), what + ": analytic vs finite difference");
        }
    }

    /**
     * 20,000 Monte Carlo draws agree with the exact loss (of an objective with {@code nodes} quadrature
     * nodes) within {@code relative}·max(1, exact), and the same random stream gives the same gradient.
     */
    static void monteCarloAgreesWithExactAndIsSeeded(String name, DequantMethod m, Problem p, double[] theta,
            int nodes, double relative) {
        LossWeights w = LossWeights.of(10, 1);
        Objective ev = m.objective(p, nodes);
        Encoder e = m.encoder(p, theta);
        double exact = ev.exact(e, w, null, new ObjectiveValue()).loss();
        double[] g1 = new double[theta.length], g2 = new double[theta.length];
        double mc = ev.monteCarlo(e, w, 20_000, new SplittableRandom(11), g1, new ObjectiveValue()).loss();
        ev.monteCarlo(e, w, 20_000, new SplittableRandom(11), g2, new ObjectiveValue());
        assertArrayEquals(g1, g2, "same stream, same estimate");
        assertEquals(exact, mc, relative * Math.max(1, exact), name);
    }
}
