package org.dequantlab.metrics;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.method.LatentPrior;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Evaluates the {@link DensityFields} of any method's 2-D encoder: the z-plane [−R, R]² and the prior's
 * CDF square, each on a G×G grid of cell centres (docs/notes-2d-drawing.md).
 *
 * <p>Per plane: the K×G² log joints ℓ_x(z) = log q(z|x) + log p̃(x) come from
 * {@link Encoder2D#logDensitiesOnGrid} (per-axis terms for the factorised methods); the decoder's
 * choice is taken on them with {@link org.dequantlab.method.Posterior}'s rule (the largest, ties to
 * the lowest index, −1 where every ℓ is −∞) together with their maximum M; then ND4J computes, batched
 * over the K×G² matrix, the shares exp(ℓ_x − log p(z)·[CDF square]), the aggregate Σ_x, and the
 * confidence max_x p(x|z) = 1/Σ_x exp(ℓ_x − M), on buffers kept between calls (bulk copies in and out).
 * Only elementwise and row operations are used (no reductions along a dimension, which libnd4j runs on
 * its spinning OpenMP pool).
 *
 * <p>Not thread-safe: one instance per thread (it keeps its grid and scratch arrays).
 */
public final class DensityFieldGrid {
    /** Default half-width R of the z-plane drawn: z ∈ [−R, R]² (as the 1-D panels' z range). */
    public static final double DEFAULT_RANGE = DensityGrid.Z_MAX;
    /** Default cells per side. */
    public static final int DEFAULT_SIZE = 160;
    /** Log values below this draw as 0: exp(−87) ≈ 1.6e−38 is just above the smallest normal float. */
    static final double LOG_FLOOR = -87;
    /** The largest grid accepted, cells per side. */
    public static final int MAX_SIZE = 256;

    private final int k, g, n;
    private final double range;
    private final double[] zAxis, vAxis;
    private final double[][] logQ;
    private final double[] max;
    private final byte[] decodedScratch;
    private final float[] ellFlat, diffFlat;
    private final float[] ones;
    /** ND4J buffers, kept: the K×G² log joints (then shares), their differences to the maximum, two G² rows. */
    private INDArray ellArr, diffArr, aggArr, sumArr;
    /**
     * Their rows and buffers as views made once: a view made per call allocates native memory (shape
     * information) that JavaCPP frees through the garbage collector, and calling System.gc() for it cost
     * 25–30 ms in about half the calls (measured).
     */
    private INDArray[] ellRows, diffRows;
    private FloatBuffer ellNio, diffNio, aggNio, sumNio;
    private LatentPrior cachedPrior;
    private float[] cachedLatentPrior;
    private double[][] cachedCdfZ, cachedCdfLogPrior;

    /** A grid of {@link #DEFAULT_SIZE} cells per side over [−{@link #DEFAULT_RANGE}, {@link #DEFAULT_RANGE}]². */
    public DensityFieldGrid(int categories) {
        this(categories, DEFAULT_SIZE, DEFAULT_RANGE);
    }

    /**
     * @param categories K
     * @param size       G, cells per side, 2..{@value #MAX_SIZE}
     * @param range      R &gt; 0: the z-plane drawn is [−R, R]²
     */
    public DensityFieldGrid(int categories, int size, double range) {
        if (size < 2 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 2.." + MAX_SIZE + ", got " + size);
        }
        if (!(range > 0) || !Double.isFinite(range)) {
            throw new IllegalArgumentException("range must be positive, got " + range);
        }
        this.k = categories;
        this.g = size;
        this.n = size * size;
        this.range = range;
        zAxis = new double[g];
        vAxis = new double[g];
        for (int c = 0; c < g; c++) {
            zAxis[c] = -range + (c + 0.5) * 2 * range / g;
            vAxis[c] = (c + 0.5) / g;
        }
        logQ = new double[k][n];
        max = new double[n];
        decodedScratch = new byte[n];
        ellFlat = new float[k * n];
        diffFlat = new float[k * n];
        ones = new float[n];
        Arrays.fill(ones, 1f);
    }

    /** Copies a Java array into a float buffer of native memory in one bulk transfer. */
    private static void write(FloatBuffer target, float[] values) {
        target.position(0);
        target.put(values, 0, values.length);
    }

    /** n floats of a buffer of native memory from {@code offset}, in one bulk transfer. */
    private static float[] read(FloatBuffer source, int offset, int n) {
        source.position(offset);
        float[] out = new float[n];
        source.get(out);
        return out;
    }

    /**
     * A log value as a float whose exponential is 0 or a normal float: below {@link #LOG_FLOOR} it becomes
     * −∞. Subnormal floats made ND4J's exp and sums many times slower (far tails of narrow components).
     */
    private static float normal(double logValue) {
        return logValue < LOG_FLOOR ? Float.NEGATIVE_INFINITY : (float) logValue;
    }

    /** G. */
    public int size() {
        return g;
    }

    /** R. */
    public double range() {
        return range;
    }

    /** Both planes of a 2-D encoder, computed now. */
    public DensityFields evaluate(Encoder encoder) {
        Encoder2D e = check(encoder);
        return DensityFields.computed(e, evaluate(e, Plane.LATENT), evaluate(e, Plane.CDF_SQUARE));
    }

    /** One plane of a 2-D encoder. */
    public DensityField evaluate(Encoder encoder, Plane plane) {
        Encoder2D e = check(encoder);
        preparePrior(e.prior());
        if (ellArr == null) {
            Nd4jBackend.singleThreadedHere(); // waits while the window loads ND4J after its first frame
            ellArr = Nd4j.create(DataType.FLOAT, k, n);
            diffArr = Nd4j.create(DataType.FLOAT, k, n);
            aggArr = Nd4j.create(DataType.FLOAT, n);
            sumArr = Nd4j.create(DataType.FLOAT, n);
            ellRows = new INDArray[k];
            diffRows = new INDArray[k];
            for (int x = 0; x < k; x++) {
                ellRows[x] = ellArr.getRow(x);
                diffRows[x] = diffArr.getRow(x);
            }
            ellNio = ellArr.data().asNioFloat();
            diffNio = diffArr.data().asNioFloat();
            aggNio = aggArr.data().asNioFloat();
            sumNio = sumArr.data().asNioFloat();
        }
        return plane == Plane.LATENT ? plane(e, Plane.LATENT, zAxis, zAxis, null, -range, range, cachedLatentPrior)
                : plane(e, Plane.CDF_SQUARE, cachedCdfZ[0], cachedCdfZ[1], cachedCdfLogPrior, 0, 1, ones);
    }

    private Encoder2D check(Encoder encoder) {
        if (!(encoder instanceof Encoder2D e) || e.categories() != k) {
            throw new IllegalArgumentException("a 2-D encoder with K=" + k + " is needed");
        }
        return e;
    }

    /** The prior's layers depend on the prior only: kept while it stays the same. */
    private void preparePrior(LatentPrior prior) {
        if (prior.equals(cachedPrior)) {
            return;
        }
        float[] p = new float[n];
        double[][] cdfZ = new double[2][g];
        double[][] cdfLog = new double[2][g];
        for (int d = 0; d < 2; d++) {
            for (int c = 0; c < g; c++) {
                cdfZ[d][c] = prior.quantile(d, vAxis[c]);
                cdfLog[d][c] = prior.logDensity(d, cdfZ[d][c]);
            }
        }
        for (int r = 0; r < g; r++) {
            for (int c = 0; c < g; c++) {
                p[r * g + c] = (float) Math.exp(prior.logDensity(0, zAxis[c]) + prior.logDensity(1, zAxis[r]));
            }
        }
        cachedPrior = prior;
        cachedLatentPrior = p;
        cachedCdfZ = cdfZ;
        cachedCdfLogPrior = cdfLog;
    }

    /**
     * One plane: columns at z₁ = axis0, rows at z₂ = axis1; {@code logPrior} (per axis, or null) is
     * subtracted from every log joint to take densities with respect to the CDF coordinates.
     */
    private DensityField plane(Encoder2D e, Plane plane, double[] axis0, double[] axis1, double[][] logPrior,
            double low, double high, float[] priorLayer) {
        e.logDensitiesOnGrid(axis0, axis1, logQ);
        double[] logP = new double[k];
        for (int x = 0; x < k; x++) {
            logP[x] = e.problem().logProbability(x);
        }
        // the decoder's rule (Posterior.decode) and the largest log joint, in one pass
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        Arrays.fill(decodedScratch, (byte) -1);
        for (int x = 0; x < k; x++) {
            double[] row = logQ[x];
            for (int i = 0; i < n; i++) {
                double l = row[i] + logP[x];
                row[i] = l;
                if (l > max[i]) {
                    max[i] = l;
                    decodedScratch[i] = (byte) x;
                }
            }
        }
        for (int x = 0; x < k; x++) {
            double[] row = logQ[x];
            int off = x * n;
            for (int r = 0; r < g; r++) {
                double lp1 = logPrior == null ? 0 : logPrior[1][r];
                for (int c = 0; c < g; c++) {
                    int i = r * g + c;
                    double l = row[i];
                    double m = max[i];
                    ellFlat[off + i] = normal(logPrior == null ? l : l - logPrior[0][c] - lp1);
                    diffFlat[off + i] = m == Double.NEGATIVE_INFINITY ? Float.NEGATIVE_INFINITY : normal(l - m);
                }
            }
        }
        write(ellNio, ellFlat);
        write(diffNio, diffFlat);
        Transforms.exp(ellArr, false); // the shares p̃(x)q(z|x) (/p(z) in the CDF square); exp(−∞) = 0
        Transforms.exp(diffArr, false);
        aggArr.assign(ellRows[0]);
        sumArr.assign(diffRows[0]);
        for (int x = 1; x < k; x++) {
            aggArr.addi(ellRows[x]);
            sumArr.addi(diffRows[x]);
        }
        sumArr.rdivi(1.0);
        float[][] shares = new float[k][];
        for (int x = 0; x < k; x++) {
            shares[x] = read(ellNio, x * n, n);
        }
        float[] confidence = read(sumNio, 0, n);
        byte[] decoded = decodedScratch.clone();
        for (int i = 0; i < n; i++) {
            if (decoded[i] < 0) {
                confidence[i] = 0;
            }
        }
        return new DensityField(plane, g, low, high, shares, read(aggNio, 0, n), priorLayer, decoded, confidence);
    }
}
