package org.dequantlab.math;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Gauss–Legendre nodes and weights on [−1, 1], computed once per order by Newton's method on the
 * Legendre recurrence (Golub–Welsch accuracy, |error| &lt; 1e−15 for n ≤ 256).
 */
public final class GaussLegendre {
    private static final ConcurrentHashMap<Integer, GaussLegendre> CACHE = new ConcurrentHashMap<>();

    private final double[] nodes;
    private final double[] weights;

    private GaussLegendre(int n) {
        nodes = new double[n];
        weights = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int iter = 0; iter < 100; iter++) {
                double p0 = 1, p1 = x;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2.0 * k - 1) * x * p1 - (k - 1.0) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                double pn = n == 1 ? x : p1;
                double pnm1 = n == 1 ? 1 : p0;
                dp = n * (x * pn - pnm1) / (x * x - 1);
                double dx = pn / dp;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    break;
                }
            }
            double w = 2.0 / ((1 - x * x) * dp * dp);
            nodes[i] = -x;
            nodes[n - 1 - i] = x;
            weights[i] = w;
            weights[n - 1 - i] = w;
        }
    }

    /** The rule of order n (cached). */
    public static GaussLegendre of(int n) {
        if (n < 1 || n > 512) {
            throw new IllegalArgumentException("Gauss-Legendre order must be in 1..512, got " + n);
        }
        return CACHE.computeIfAbsent(n, GaussLegendre::new);
    }

    public int size() {
        return nodes.length;
    }

    /** Node i on [−1, 1]. */
    public double node(int i) {
        return nodes[i];
    }

    /** Weight i on [−1, 1] (the weights sum to 2). */
    public double weight(int i) {
        return weights[i];
    }
}
