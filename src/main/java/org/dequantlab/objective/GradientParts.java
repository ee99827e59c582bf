package org.dequantlab.objective;

import java.util.Arrays;

/**
 * The exact gradient of the objective with respect to a method's raw parameters θ, in two parts
 * (docs/maths.md §1.6, Appendix B):
 * <ul>
 *   <li>{@link #pathwise()}: the interior part, ∫ ∂g/∂θ along the sampling path, piece by piece; what the
 *       reparameterisation estimator sees;</li>
 *   <li>{@link #boundary()}: the jump (Leibniz) part, Σ_c (g(c⁻) − g(c⁺))·∂c/∂θ at moving split points
 *       where the integrand jumps; zero for methods whose integrand is continuous.</li>
 * </ul>
 * The exact gradient is their sum ({@link #total}). Mutable; an objective fills it.
 */
public final class GradientParts {
    private final double[] pathwise;
    private final double[] boundary;

    public GradientParts(int size) {
        pathwise = new double[size];
        boundary = new double[size];
    }

    public int size() {
        return pathwise.length;
    }

    /** The live pathwise array (not a copy). */
    public double[] pathwise() {
        return pathwise;
    }

    /** The live boundary array (not a copy). */
    public double[] boundary() {
        return boundary;
    }

    /** Sets both parts to zero. */
    public void clear() {
        Arrays.fill(pathwise, 0);
        Arrays.fill(boundary, 0);
    }

    /**
     * For a method whose integrand is continuous (no moving split points): {@code fill} writes the whole
     * gradient into the pathwise part and the boundary part is zero.
     */
    public void pathwiseOnly(java.util.function.Consumer<double[]> fill) {
        fill.accept(pathwise);
        Arrays.fill(boundary, 0);
    }

    /** Writes pathwise + boundary into {@code out} and returns it. */
    public double[] total(double[] out) {
        for (int i = 0; i < pathwise.length; i++) {
            out[i] = pathwise[i] + boundary[i];
        }
        return out;
    }

    /** A new array with the exact gradient. */
    public double[] total() {
        return total(new double[pathwise.length]);
    }
}
