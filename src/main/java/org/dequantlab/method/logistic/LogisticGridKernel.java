package org.dequantlab.method.logistic;

import org.dequantlab.metrics.Nd4jBackend;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The K×G matrix of the logistic family's log densities on a grid, with ND4J in place on buffers kept
 * per thread: log f((z−μ_x)/s_x) − log s_x − log(b_x−a_x), the standardisation and normaliser row by
 * row and the log density for the whole matrix at once; truncation is then applied per point.
 */
final class LogisticGridKernel {
    /** Buffers of one thread: the grid row, t and the log densities, for one K × G shape. */
    private static final class Buffers {
        final double[] z;
        final INDArray zRow, t, work;

        Buffers(double[] z, int k) {
            org.dequantlab.metrics.Nd4jBackend.singleThreadedHere(); // per thread: see its Javadoc
            this.z = z.clone();
            zRow = Nd4j.createFromArray(this.z);
            t = Nd4j.create(DataType.DOUBLE, k, z.length);
            work = Nd4j.create(DataType.DOUBLE, k, z.length);
        }

        boolean fits(double[] grid, int k) {
            return t.rows() == k && java.util.Arrays.equals(z, grid);
        }
    }

    private static final ThreadLocal<Buffers> BUFFERS = new ThreadLocal<>();

    private LogisticGridKernel() {}

    static void logDensities(LogisticEncoder c, double[] z, double[][] out) {
        int k = c.k;
        Buffers buf = BUFFERS.get();
        if (buf == null || !buf.fits(z, k)) {
            Nd4jBackend.ensureLoaded(); // the window's trainer waits here while ND4J loads after the first frame
            buf = new Buffers(z, k);
            BUFFERS.set(buf);
        }
        // t = (z − μ_x)/s_x, row by row. Scalar ops on a row only: libnd4j runs broadcast ("along
        // dimension") ops on its OpenMP pool, whose idle workers spin and took about half a core at
        // 60 evaluations per second (measured), which the window's drawing needs.
        for (int x = 0; x < k; x++) {
            buf.t.getRow(x).assign(buf.zRow).subi(c.mu[x]).divi(c.s[x]);
        }
        // log f(t) = −t − 2·softplus(−t); then subtract log s + log w
        buf.t.mul(-1.0, buf.work);
        Transforms.softPlus(buf.work, false);
        buf.work.muli(-2.0).subi(buf.t);
        for (int x = 0; x < k; x++) {
            buf.work.getRow(x).subi(c.logS[x] + c.logW[x]);
        }
        double[][] dens = buf.work.toDoubleMatrix();
        double[][] tt = buf.t.toDoubleMatrix();
        for (int x = 0; x < k; x++) {
            double lo = c.logitA[x], hi = c.logitB[x];
            for (int i = 0; i < z.length; i++) {
                out[x][i] = tt[x][i] > lo && tt[x][i] < hi ? dens[x][i] : Double.NEGATIVE_INFINITY;
            }
        }
    }
}
