package org.dequantlab.method.voronoi;

import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.method.Numbers.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dequantlab.math.Normal;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.Interval;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Problem;
import org.dequantlab.model.Parameters;

/**
 * Voronoi dequantisation's encoder at raw parameters θ, 1-D (docs/maths.md §4). The prior
 * Logistic(0, 1) is uniform in w = 2σ(z) − 1 on the box (−1, 1), so the cells ({@link VoronoiCells})
 * cover all of it: no ocean. In w the category's density is
 * <ul>
 *   <li>{@code uniform}: 1/|cell| on its cell, so KL_x = log(2/|cell_x|);</li>
 *   <li>{@code radial}: y = c + m + e^ℓ·ε, ε ~ N(0,1), pushed into the cell by the softsign ray map
 *       w = c + d/(1 + t), d = y − c, t = |d|/λ with λ the distance from the anchor to the cell's end on
 *       d's side; log|dw/dy| = −2·log(1 + t), so log q_w(w) = log φ(ε) − ℓ + 2·log(1 + t).</li>
 * </ul>
 * In z, log q(z|x) = log q_w(w) + log 2 + log f(z) (|dw/dz| = 2f(z)). Immutable.
 */
public final class VoronoiEncoder implements Encoder1D {
    private static final double LOG2 = Math.log(2);
    /** Points ε of the Gaussian where quadratures over z split (radial cells). */
    private static final double[] FEATURES = {-4, -2, -1, 0, 1, 2, 4};

    private final DequantMethod method;
    private final Problem problem;
    final boolean radial;
    final int k, stride;
    final VoronoiCells cells;
    final double[] offset, logSd, sd, zLow, zHigh;
    private final double[] logP;

    VoronoiEncoder(DequantMethod method, Problem problem, double[] theta) {
        this.method = method;
        this.problem = problem;
        radial = problem.voronoiCell() == org.dequantlab.method.VoronoiCell.RADIAL;
        k = problem.categories();
        stride = radial ? 3 : 1;
        if (theta.length != k * stride) {
            throw new IllegalArgumentException("expected " + k * stride + " parameters, got " + theta.length);
        }
        cells = new VoronoiCells(theta, k, stride);
        offset = new double[k];
        logSd = new double[k];
        sd = new double[k];
        zLow = new double[k];
        zHigh = new double[k];
        logP = new double[k];
        for (int x = 0; x < k; x++) {
            if (radial) {
                offset[x] = theta[x * stride + 1];
                logSd[x] = theta[x * stride + 2];
                sd[x] = Math.exp(logSd[x]);
            }
            zLow[x] = cells.prev[x] < 0 ? Double.NEGATIVE_INFINITY : VoronoiCells.zOf(cells.low[x]);
            zHigh[x] = cells.next[x] < 0 ? Double.POSITIVE_INFINITY : VoronoiCells.zOf(cells.high[x]);
            logP[x] = problem.logProbability(x);
        }
    }

    @Override
    public DequantMethod method() {
        return method;
    }

    @Override
    public Problem problem() {
        return problem;
    }

    @Override
    public LatentPrior prior() {
        return LatentPrior.STANDARD_1D;
    }

    /** The anchor c_x in w. */
    public double anchor(int x) {
        return cells.anchor[x];
    }

    /** The cell of x in w, (L_x, R_x). */
    public Interval cellInW(int x) {
        return new Interval(cells.low[x], cells.high[x]);
    }

    @Override
    public boolean contains(int x, double z) {
        return z > zLow[x] && z < zHigh[x];
    }

    @Override
    public Interval support(int x) {
        return new Interval(zLow[x], zHigh[x]);
    }

    @Override
    public double logDensity(int x, double z) {
        if (!contains(x, z)) {
            return Double.NEGATIVE_INFINITY;
        }
        return logDensityInW(x, VoronoiCells.toW(z)) + LOG2 + logPdf(z);
    }

    /** log q_w(w|x) for w inside the cell. */
    double logDensityInW(int x, double w) {
        if (!radial) {
            return -Math.log(cells.width[x]);
        }
        double c = cells.anchor[x], dw = w - c;
        double lambda = dw >= 0 ? cells.high[x] - c : c - cells.low[x];
        double alpha = Math.min(Math.abs(dw) / lambda, 1 - 1e-16);
        double t = alpha / (1 - alpha);
        double eps = (Math.copySign(lambda * t, dw) - offset[x]) / sd[x];
        return Normal.logPdf(eps) - logSd[x] - 2 * Math.log1p(-alpha);
    }

    @Override
    public double sample(int x, double u0) {
        double[] ends = new double[2];
        walls(x, u0, ends);
        return VoronoiCells.toZ(ends[0], ends[1]);
    }

    @Override
    public double pathLogDensity(int x, double u0) {
        double[] ends = new double[2];
        double logQw = walls(x, u0, ends);
        return logQw + Math.log(ends[0]) + Math.log(ends[1]) - LOG2;
    }

    /**
     * The path point of u₀ as (1 + w, 1 − w) in {@code ends} (without cancellation near the box's ends);
     * returns log q_w(w|x).
     */
    private double walls(int x, double u0, double[] ends) {
        if (!radial) {
            double width = cells.width[x];
            ends[0] = cells.onePlusLow(x) + width * u0;
            ends[1] = cells.oneMinusHigh(x) + width * (1 - u0);
            return -Math.log(width);
        }
        return radialPoint(x, Normal.quantile(u0), ends);
    }

    /** The radial path at ε: (1 + w, 1 − w) into {@code ends}; returns log q_w(w|x) = log φ(ε) − ℓ + 2·log(1 + t). */
    double radialPoint(int x, double eps, double[] ends) {
        double c = cells.anchor[x];
        double d = offset[x] + sd[x] * eps;
        double toHigh = cells.high[x] - c, toLow = c - cells.low[x];
        double lambda = d >= 0 ? toHigh : toLow;
        double t = Math.abs(d) / lambda;
        double inner = lambda / (1 + t), outer = lambda * t / (1 + t);
        double wMinusLow = d >= 0 ? toLow + outer : inner;
        double highMinusW = d >= 0 ? inner : toHigh + outer;
        ends[0] = cells.onePlusLow(x) + wMinusLow;
        ends[1] = cells.oneMinusHigh(x) + highMinusW;
        return Normal.logPdf(eps) - logSd[x] + 2 * Math.log1p(t);
    }

    @Override
    public double cdf(int x, double z) {
        if (!(z > zLow[x])) {
            return 0;
        }
        if (!(z < zHigh[x])) {
            return 1;
        }
        double w = VoronoiCells.toW(z);
        if (!radial) {
            return Math.min(1, Math.max(0, (w - cells.low[x]) / cells.width[x]));
        }
        double c = cells.anchor[x], dw = w - c;
        double lambda = dw >= 0 ? cells.high[x] - c : c - cells.low[x];
        double alpha = Math.min(Math.abs(dw) / lambda, 1 - 1e-16);
        return Normal.cdf((Math.copySign(lambda * alpha / (1 - alpha), dw) - offset[x]) / sd[x]);
    }

    @Override
    public double[] breakpoints() {
        List<Double> out = new ArrayList<>();
        double[] ends = new double[2];
        for (int x = 0; x < k; x++) {
            out.add(zLow[x]);
            out.add(zHigh[x]);
            out.add(VoronoiCells.zOf(cells.anchor[x]));
            if (radial) {
                for (double eps : FEATURES) {
                    radialPoint(x, eps, ends);
                    out.add(VoronoiCells.toZ(ends[0], ends[1]));
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public Parameters parameters() {
        Map<String, double[]> v = new LinkedHashMap<>();
        double[] zAnchor = new double[k];
        double[] ones = new double[k];
        for (int x = 0; x < k; x++) {
            zAnchor[x] = VoronoiCells.zOf(cells.anchor[x]);
            ones[x] = 1;
        }
        v.put("mu", zAnchor);
        v.put("scale", radial ? sd.clone() : cells.width.clone());
        v.put("lower", new double[k]);
        v.put("upper", ones);
        v.put("anchor", cells.anchor.clone());
        v.put("cellLow", cells.low.clone());
        v.put("cellHigh", cells.high.clone());
        if (radial) {
            v.put("offset", offset.clone());
        }
        return Parameters.of(v, zLow, zHigh, Map.of());
    }

    @Override
    public List<Decoration> decorations() {
        List<Decoration> out = new ArrayList<>();
        for (int i = 0; i + 1 < k; i++) {
            int left = cells.order[i], right = cells.order[i + 1];
            out.add(new Decoration.Wall(Decoration.Role.CELL, zHigh[left], left, right, cells.high[left]));
        }
        for (int x = 0; x < k; x++) {
            out.add(new Decoration.Anchor(x, VoronoiCells.zOf(cells.anchor[x]), cells.anchor[x]));
        }
        return out;
    }

    @Override
    public String describeComponent(int x) {
        String t = "anchor w = " + f(cells.anchor[x]) + ", cell (" + f(cells.low[x]) + ", " + f(cells.high[x])
                + ") in w";
        return radial ? t + ", y offset m = " + f(offset[x]) + ", sd = " + f(sd[x]) : t;
    }

    @Override
    public String describeSupport(int x) {
        return method.label() + " cell of x=" + x + ": w = 2σ(z) − 1 ∈ (" + f(cells.low[x]) + ", " + f(cells.high[x])
                + "), z ∈ (" + f(zLow[x]) + ", " + f(zHigh[x]) + "); it holds prior mass |cell|/2 = "
                + f(cells.width[x] / 2) + (radial ? "; q is the Gaussian pushed in by the ray map"
                        : "; q is uniform in w, so KL_x = log(2/|cell|) = " + f(LOG2 - Math.log(cells.width[x])));
    }

    @Override
    public String degenerate() {
        for (int x = 0; x < k; x++) {
            if (!(cells.width[x] > 1e-12)) {
                return "the cell of category " + x + " collapsed (width " + cells.width[x] + " in w)";
            }
        }
        return null;
    }

    /** log p̃(x). */
    double logProbability(int x) {
        return logP[x];
    }
}
