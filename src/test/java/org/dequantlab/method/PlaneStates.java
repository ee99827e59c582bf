package org.dequantlab.method;

import org.dequantlab.method.logistic.LogisticMethod;

/** 2-D states for tests: problems on a 2-D latent and logistic parameters set per axis. */
public final class PlaneStates {
    private PlaneStates() {}

    /** A 2-D problem with default method options. */
    public static Problem plane(double... p) {
        return new Problem(p.length, p, 2, VoronoiCell.UNIFORM, false);
    }

    /**
     * 2-D raw parameters of CatNF or TRUFL from natural ones per axis ([axis][category]); a and b are
     * ignored (may be null) for CatNF.
     */
    public static double[] theta2(DequantMethod m, double[][] mu, double[][] s, double[][] a, double[][] b) {
        double[] t0 = LogisticMethod.theta(m, mu[0], s[0], a == null ? null : a[0], b == null ? null : b[0]);
        double[] t1 = LogisticMethod.theta(m, mu[1], s[1], a == null ? null : a[1], b == null ? null : b[1]);
        int k = mu[0].length, bs = t0.length / k;
        double[] out = new double[2 * t0.length];
        for (int x = 0; x < k; x++) {
            System.arraycopy(t0, x * bs, out, 2 * x * bs, bs);
            System.arraycopy(t1, x * bs, out, (2 * x + 1) * bs, bs);
        }
        return out;
    }
}
