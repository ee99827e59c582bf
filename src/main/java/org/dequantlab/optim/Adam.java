package org.dequantlab.optim;

/**
 * Adam (Kingma &amp; Ba, 2015, "Adam: A Method for Stochastic Optimization", Algorithm 1):
 *
 * <pre>
 *   m ← β₁m + (1−β₁)g,   v ← β₂v + (1−β₂)g²
 *   θ ← θ − η·(m/(1−β₁ᵗ)) / (√(v/(1−β₂ᵗ)) + ε)
 * </pre>
 *
 * with β₁ = 0.9, β₂ = 0.999, ε = 1e−8. The learning rate η may change between steps. Deterministic:
 * the same gradients give bit-identical parameters.
 */
public final class Adam {
    public static final double BETA1 = 0.9, BETA2 = 0.999, EPSILON = 1e-8;

    private final double[] m, v;
    private long t;

    public Adam(int size) {
        m = new double[size];
        v = new double[size];
    }

    /** One update of {@code theta} in place with gradient {@code g} and learning rate {@code lr}. */
    public void step(double[] theta, double[] g, double lr) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < theta.length; i++) {
            m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
            v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
            theta[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
        }
    }

    /** Steps taken so far. */
    public long steps() {
        return t;
    }

    /** Forgets the moments and the step count. */
    public void reset() {
        java.util.Arrays.fill(m, 0);
        java.util.Arrays.fill(v, 0);
        t = 0;
    }
}
