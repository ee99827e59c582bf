package org.dequantlab.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Objective;
import org.dequantlab.method.Problem;
import org.dequantlab.method.logistic.LogisticEncoder;
import org.dequantlab.method.logistic.LogisticMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every analytic derivative against central finite differences of the same objective. */
class GradientCheckTest {

    private static double loss(Objective ev, DequantMethod m, double[] theta, double[] pTilde, LossWeights w) {
        return ev.exact(m.encoder(Problem.of(pTilde), theta.clone()), w, null, new ObjectiveValue()).loss();
    }

    @ParameterizedTest(name = "{0} K={1} seed={2}")
    @CsvSource({
        "trufl, 2, 1", "trufl, 2, 2", "trufl, 3, 3", "trufl, 4, 4", "trufl, 8, 5",
        "catnf, 2, 1", "catnf, 3, 2", "catnf, 5, 3"
    })
    void exactGradientMatchesCentralDifferences(String method, int k, long seed) {
        DequantMethod m = Methods.parse(method);
        SplittableRandom r = new SplittableRandom(seed);
        int bs = m == Methods.TRUFL ? 4 : 2;
        double[] theta = new double[k * bs];
        for (int x = 0; x < k; x++) {
            theta[x * bs] = 1.5 * (r.nextDouble() - 0.5);       // μ
            theta[x * bs + 1] = 0.6 * (r.nextDouble() - 0.5);   // log s
            if (bs == 4) {
                theta[x * bs + 2] = -3 + 4 * r.nextDouble();      // α
                theta[x * bs + 3] = -1 + 4 * r.nextDouble();      // β
            }
        }
        double[] pTilde = new double[k];
        double sum = 0;
        for (int x = 0; x < k; x++) {
            pTilde[x] = 0.5 + r.nextDouble();
            sum += pTilde[x];
        }
        for (int x = 0; x < k; x++) {
            pTilde[x] /= sum;
        }
        LossWeights w = new LossWeights(10, 1, 0);
        Objective ev = m.objective(Problem.of(pTilde), 48);
        GradientParts parts = new GradientParts(theta.length);
        ev.exact(m.encoder(Problem.of(pTilde), theta.clone()), w, parts, new ObjectiveValue());
        double[] grad = parts.total();
        double h = 1e-5;
        for (int i = 0; i < theta.length; i++) {
            double keep = theta[i];
            theta[i] = keep + h;
            double up = loss(ev, m, theta, pTilde, w);
            theta[i] = keep - h;
            double down = loss(ev, m, theta, pTilde, w);
            theta[i] = keep;
            double fd = (up - down) / (2 * h);
            final int idx = i;
            assertEquals(fd, grad[i], 1e-4 * Math.max(1, Math.abs(fd)),
                    () -> m + " parameter " + describe(idx, bs) + ": analytic vs finite difference");
        }
    }

    private static String describe(int i, int bs) {
        String[] names = {"mu", "logScale", "alpha", "beta"};
        return names[i % bs] + "[" + i / bs + "]";
    }

    /** docs/maths.md Appendix B sanity check: ∂L/∂b = +10.548 while the pathwise part alone is −0.909. */
    @org.junit.jupiter.api.Test
    void boundaryTermsTurnTheGradientAroundAtTheAppendixPoint() {
        double[] mu = {0, 0}, s = {1, 1};
        double[] lower = {1e-12, 0.45}, upper = {0.55, 1 - 1e-12};
        double[] pTilde = {0.5, 0.5};
        LossWeights w = LossWeights.of(10, 1);
        Objective ev = Methods.TRUFL.objective(Problem.of(pTilde), 64);
        // ∂L/∂b₀ by finite differences on b₀ directly
        double h = 1e-6;
        double up = ev.exact(LogisticMethod.natural(Methods.TRUFL, pTilde, mu, s, lower, new double[] {0.55 + h, upper[1]}),
                w, null, new ObjectiveValue()).loss();
        double down = ev.exact(LogisticMethod.natural(Methods.TRUFL, pTilde, mu, s, lower, new double[] {0.55 - h, upper[1]}),
                w, null, new ObjectiveValue()).loss();
        assertEquals(10.548, (up - down) / (2 * h), 2e-3);
        // analytic gradient w.r.t. β₀ equals ∂L/∂b₀·∂b/∂β
        LogisticEncoder c = LogisticMethod.natural(Methods.TRUFL, pTilde, mu, s, lower, upper);
        GradientParts parts = new GradientParts(8);
        ev.exact(c, w, parts, new ObjectiveValue());
        double[] grad = parts.total();
        double dbDbeta = c.width(0) * c.sigmaMinusBeta(0);
        assertEquals(10.548, grad[3] / dbDbeta, 2e-3);
        // the pathwise estimator alone points the other way (grow), docs/maths.md §1.6 item 3
        double[] mc = new double[8];
        Methods.TRUFL.objective(Problem.of(pTilde), 64).monteCarlo(c, w, 200_000, new SplittableRandom(7), mc,
                new ObjectiveValue());
        assertTrue(mc[3] / dbDbeta < 0, "pathwise gradient should be negative, was " + mc[3] / dbDbeta);
        assertEquals(-0.909, mc[3] / dbDbeta, 0.05);
    }
}
