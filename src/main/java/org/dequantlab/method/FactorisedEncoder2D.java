package org.dequantlab.method;

/**
 * A 2-D encoder whose components factorise over the axes, q(z|x) = q₁(z₁|x)·q₂(z₂|x), and whose
 * sampling path does too: z_d = z_d(u₀_d) (TRUFL's and CatNF's factorised logistics, Argmax's
 * quadrant codes; docs/maths.md §7.1, §7.2). Each axis is a 1-D encoder view ({@link #axis}); this
 * interface derives the 2-D density, membership, path, breakpoints and tensor-grid densities from the
 * views, with the same arithmetic everywhere (the sum of the axes' log densities, axis z₁ first).
 */
public interface FactorisedEncoder2D extends Encoder2D {

    /** Axis d (0 for z₁, 1 for z₂) as a 1-D encoder over the same categories. */
    Encoder1D axis(int d);

    @Override
    default double logDensity(int x, double z1, double z2) {
        return axis(0).logDensity(x, z1) + axis(1).logDensity(x, z2);
    }

    @Override
    default boolean contains(int x, double z1, double z2) {
        return axis(0).contains(x, z1) && axis(1).contains(x, z2);
    }

    @Override
    default double sample(int x, double[] u0, double[] z) {
        return axis(0).pathPoint(x, u0[0], z, 0) + axis(1).pathPoint(x, u0[1], z, 1);
    }

    @Override
    default boolean separablePath() {
        return true;
    }

    @Override
    default double axisPath(int x, int d, double u0) {
        return axis(d).sample(x, u0);
    }

    @Override
    default double axisCdf(int x, int d, double z) {
        return axis(d).cdf(x, z);
    }

    @Override
    default double[] breakpoints(int d) {
        return axis(d).breakpoints();
    }

    /** Per-axis log densities (K·(G₁ + G₂) evaluations), then their outer sum. */
    @Override
    default void logDensitiesOnGrid(double[] axis0, double[] axis1, double[][] out) {
        int n0 = axis0.length, n1 = axis1.length, k = categories();
        double[] a0 = new double[n0], a1 = new double[n1];
        for (int x = 0; x < k; x++) {
            for (int i = 0; i < n0; i++) {
                a0[i] = axis(0).logDensity(x, axis0[i]);
            }
            for (int j = 0; j < n1; j++) {
                a1[j] = axis(1).logDensity(x, axis1[j]);
            }
            double[] o = out[x];
            for (int j = 0; j < n1; j++) {
                double b = a1[j];
                int off = j * n0;
                for (int i = 0; i < n0; i++) {
                    o[off + i] = a0[i] + b;
                }
            }
        }
    }
}
