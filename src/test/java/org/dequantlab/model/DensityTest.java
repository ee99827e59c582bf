package org.dequantlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dequantlab.math.Logistic;
import org.dequantlab.method.Methods;
import org.dequantlab.method.logistic.LogisticEncoder;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.math.TruncatedLogistic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Densities integrate to one, truncated ones included; the closed-form entropy matches quadrature. */
class DensityTest {

    /** Trapezoid rule of f on [lo, hi] with n panels. */
    private static double integrate(java.util.function.DoubleUnaryOperator f, double lo, double hi, int n) {
        double h = (hi - lo) / n;
        double sum = 0.5 * (f.applyAsDouble(lo) + f.applyAsDouble(hi));
        for (int i = 1; i < n; i++) {
            sum += f.applyAsDouble(lo + i * h);
        }
        return sum * h;
    }

    private static LogisticEncoder truncated(double mu, double s, double a, double b) {
        return LogisticMethod.natural(Methods.TRUFL, new double[] {0.5, 0.5}, new double[] {mu, 0}, new double[] {s, 1},
                new double[] {a, 0.1}, new double[] {b, 0.9});
    }

    @ParameterizedTest(name = "mu={0} s={1} a={2} b={3}")
    @CsvSource({"0, 1, 0.0001, 0.9999", "0.7, 0.3, 0.2, 0.6", "-1.5, 2.5, 0.45, 0.55", "2, 0.5, 0.001, 0.3"})
    void truncatedDensityIntegratesToOneOverItsSupport(double mu, double s, double a, double b) {
        LogisticEncoder c = truncated(mu, s, a, b);
        double lo = c.supportLow(0), hi = c.supportHigh(0);
        // integrate in t = (z − μ)/s over the support (finite because 0 < a < b < 1)
        double mass = integrate(z -> Math.exp(c.logDensity(0, z)), lo + 1e-12, hi - 1e-12, 400_000);
        assertEquals(1.0, mass, 1e-4);
        // and nothing outside it
        assertEquals(Double.NEGATIVE_INFINITY, c.logDensity(0, lo - 1e-6));
        assertEquals(Double.NEGATIVE_INFINITY, c.logDensity(0, hi + 1e-6));
    }

    @ParameterizedTest(name = "mu={0} s={1}")
    @CsvSource({"0, 1", "1.4997, 0.2928", "-3, 2"})
    void catnfDensityIntegratesToOne(double mu, double s) {
        LogisticEncoder c = LogisticMethod.natural(Methods.CATNF, new double[] {0.5, 0.5}, new double[] {mu, 0},
                new double[] {s, 1}, null, null);
        double mass = integrate(z -> Math.exp(c.logDensity(0, z)), mu - 60 * s, mu + 60 * s, 400_000);
        assertEquals(1.0, mass, 1e-6);
    }

    @ParameterizedTest(name = "s={0} a={1} b={2}")
    @CsvSource({"1, 0.0001, 0.9999", "0.3, 0.2, 0.6", "2.5, 0.45, 0.55", "0.5, 0.001, 0.3", "1, 0.5, 0.9999"})
    void closedFormEntropyMatchesQuadrature(double s, double a, double b) {
        LogisticEncoder c = truncated(0.3, s, a, b);
        double lo = c.supportLow(0), hi = c.supportHigh(0);
        double h = integrate(z -> {
            double l = c.logDensity(0, z);
            return l == Double.NEGATIVE_INFINITY ? 0 : -Math.exp(l) * l;
        }, lo + 1e-12, hi - 1e-12, 400_000);
        assertEquals(h, TruncatedLogistic.entropy(s, a, b), 1e-4);
    }

    @org.junit.jupiter.api.Test
    void untruncatedEntropyIsLogScalePlusTwo() {
        assertEquals(Math.log(0.5) + 2, TruncatedLogistic.entropy(0.5, 0, 1), 1e-12);
    }

    @org.junit.jupiter.api.Test
    void logisticHelpersAreStable() {
        assertEquals(-800, Logistic.logPdf(800), 1e-9);
        assertEquals(-800, Logistic.logPdf(-800), 1e-9);
        assertEquals(Math.log(0.25), Logistic.logPdf(0), 1e-15);
        assertEquals(3.0, Logistic.logit(Logistic.sigmoid(3.0)), 1e-12);
    }
}
