package org.dequantlab.metrics;

import org.dequantlab.math.Logistic;
import org.dequantlab.model.Components;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Evaluates {@link DensityCurves} on a fixed grid. The K×G matrix of component log densities
 * log f((z−μ_x)/s_x) − log s_x − log(b_x−a_x) is built with ND4J in place on preallocated arrays:
 * the standardisation and normaliser row by row, the log density and exponential once for the whole
 * matrix; truncation masks and the decoder's choice are then applied per point in log space. Not
 * thread-safe: one instance per thread.
 */
public final class DensityGrid {
    /** The fixed drawing range of z: the prior puts 99.8% of its mass inside. */
    public static final double Z_MIN = -7, Z_MAX = 7;
    /** Grid points. */
    public static final int POINTS = 561;

    private final int k;
    private final double[] z = new double[POINTS];
    private final double[] prior = new double[POINTS];
    private final INDArray zRow;
    private final INDArray t;
    private final INDArray work;

    public DensityGrid(int categories) {
        this.k = categories;
        for (int i = 0; i < POINTS; i++) {
            z[i] = Z_MIN + (Z_MAX - Z_MIN) * i / (POINTS - 1);
            prior[i] = Math.exp(Logistic.logPdf(z[i]));
        }
        zRow = Nd4j.createFromArray(z);
        t = Nd4j.create(DataType.DOUBLE, k, POINTS);
        work = Nd4j.create(DataType.DOUBLE, k, POINTS);
    }

    /** The grid's z values. */
    public double[] z() {
        return z.clone();
    }

    /** Curves of a component set. */
    public DensityCurves evaluate(Components c) {
        // t = (z − μ_x)/s_x, row by row. Scalar ops on a row only: libnd4j runs broadcast ("along
        // dimension") ops on its OpenMP pool, whose idle workers spin and took about half a core at
        // 60 evaluations per second (measured), which the window's drawing needs.
        for (int x = 0; x < k; x++) {
            t.getRow(x).assign(zRow).subi(c.mu(x)).divi(c.scale(x));
        }
        // log f(t) = −t − 2·softplus(−t); then subtract log s + log w and exponentiate
        t.mul(-1.0, work);
        Transforms.softPlus(work, false);
        work.muli(-2.0).subi(t);
        for (int x = 0; x < k; x++) {
            work.getRow(x).subi(c.logScale(x) + c.logWidth(x));
        }
        Transforms.exp(work, false);
        double[][] dens = work.toDoubleMatrix();
        double[][] tt = t.toDoubleMatrix();
        double[] aggregate = new double[POINTS];
        int[] decoded = new int[POINTS];
        double[] confidence = new double[POINTS];
        for (int x = 0; x < k; x++) {
            double lo = c.logitLower(x), hi = c.logitUpper(x);
            for (int i = 0; i < POINTS; i++) {
                if (!(tt[x][i] > lo && tt[x][i] < hi)) {
                    dens[x][i] = 0;
                }
                aggregate[i] += c.probability(x) * dens[x][i];
            }
        }
        for (int i = 0; i < POINTS; i++) {
            double max = Double.NEGATIVE_INFINITY;
            int best = -1;
            double sum = 0;
            for (int x = 0; x < k; x++) {
                double l = c.logJoint(x, z[i]);
                if (l > max) {
                    sum = sum * Math.exp(max - l) + 1;
                    max = l;
                    best = x;
                } else if (l != Double.NEGATIVE_INFINITY) {
                    sum += Math.exp(l - max);
                }
            }
            decoded[i] = best;
            confidence[i] = best < 0 ? 0 : 1.0 / sum;
        }
        return new DensityCurves(z, dens, prior, aggregate, decoded, confidence);
    }
}
