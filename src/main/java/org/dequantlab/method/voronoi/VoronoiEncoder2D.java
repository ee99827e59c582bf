package org.dequantlab.method.voronoi;

import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.method.Numbers.f;

import java.util.ArrayList;
import java.util.List;
import org.dequantlab.math.Normal;
import org.dequantlab.method.ConvexCell;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Problem;
import org.dequantlab.method.VoronoiCell;
import org.dequantlab.model.Parameters;

/**
 * Voronoi dequantisation's encoder on a 2-D latent (docs/maths.md §7.3). The prior Logistic(0, 1)² is
 * uniform, density ¼, on the box w = 2σ(z) − 1 ∈ (−1, 1)², which the polygon cells
 * ({@link VoronoiCells2D}) tile: no ocean. In w the category's density is
 * <ul>
 *   <li>{@code uniform}: 1/|cell_x| on its cell; sampled by fan triangles from the anchor (one chosen
 *       with probability proportional to its area, then a uniform point by the square-root trick);</li>
 *   <li>{@code radial}: y = c + m + e^ℓ⊙ε, ε ~ N(0, I), pushed in by the ray map ({@link RadialRay2D}):
 *       log q_w(w) = log φ(ε₁) + log φ(ε₂) − ℓ₁ − ℓ₂ + 3·log(1 + t).</li>
 * </ul>
 * In z, log q(z|x) = log q_w(w) + 2·log 2 + log f(z₁) + log f(z₂) (|dw_d/dz_d| = 2f(z_d)). A point belongs
 * to the cell of its nearest anchor, ties to the lowest index. Immutable.
 */
public final class VoronoiEncoder2D implements Encoder2D {
    static final double LOG4 = Math.log(4);
    private final DequantMethod method;
    private final Problem problem;
    final boolean radial;
    final int k, stride;
    final VoronoiCells2D cells;
    /** Radial: offsets m and log-sds ℓ per axis. */
    final double[] m1, m2, l1, l2;

    VoronoiEncoder2D(DequantMethod method, Problem problem, double[] theta) {
        this.method = method;
        this.problem = problem;
        radial = problem.voronoiCell() == VoronoiCell.RADIAL;
        k = problem.categories();
        stride = radial ? 6 : 2;
        if (theta.length != k * stride) {
            throw new IllegalArgumentException("expected " + k * stride + " parameters, got " + theta.length);
        }
        cells = new VoronoiCells2D(theta, k, stride);
        m1 = new double[k];
        m2 = new double[k];
        l1 = new double[k];
        l2 = new double[k];
        if (radial) {
            for (int x = 0; x < k; x++) {
                m1[x] = theta[x * stride + 2];
                m2[x] = theta[x * stride + 3];
                l1[x] = theta[x * stride + 4];
                l2[x] = theta[x * stride + 5];
            }
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
        return LatentPrior.standard(2);
    }

    /** Anchor x in w. */
    public double[] anchor(int x) {
        return new double[] {cells.c1[x], cells.c2[x]};
    }

    /** Cell x's area in w (the box's is 4). */
    public double area(int x) {
        return cells.area[x];
    }

    @Override
    public boolean contains(int x, double z1, double z2) {
        return cells.cellOf(Math.tanh(0.5 * z1), Math.tanh(0.5 * z2)) == x;
    }

    @Override
    public ConvexCell support(int x) {
        return cells.cell(x);
    }

    @Override
    public double logDensity(int x, double z1, double z2) {
        double w1 = Math.tanh(0.5 * z1), w2 = Math.tanh(0.5 * z2);
        if (cells.cellOf(w1, w2) != x) {
            return Double.NEGATIVE_INFINITY;
        }
        return logDensityInW(x, w1, w2, new RadialRay2D()) + LOG4 + logPdf(z1) + logPdf(z2);
    }

    /** log q_w(w|x) for w inside cell x. */
    double logDensityInW(int x, double w1, double w2, RadialRay2D ray) {
        if (!radial) {
            return -Math.log(cells.area[x]);
        }
        double u1 = w1 - cells.c1[x], u2 = w2 - cells.c2[x];
        double r = Math.hypot(u1, u2);
        double alpha = 0;
        if (r > 0) {
            alpha = Math.min(r / ray.lambda(cells, x, u1 / r, u2 / r), 1 - 1e-16);
        }
        double grow = 1 / (1 - alpha); // 1 + t
        double e1 = (u1 * grow - m1[x]) * Math.exp(-l1[x]), e2 = (u2 * grow - m2[x]) * Math.exp(-l2[x]);
        return Normal.logPdf(e1) + Normal.logPdf(e2) - l1[x] - l2[x] + 3 * Math.log(grow);
    }

    @Override
    public double sample(int x, double[] u0, double[] z) {
        double[] onePlus = new double[2], oneMinus = new double[2];
        double logQw = radial ? radialPoint(x, Normal.quantile(u0[0]), Normal.quantile(u0[1]), onePlus, oneMinus,
                new RadialRay2D()) : uniformPoint(x, u0[0], u0[1], onePlus, oneMinus);
        double s = logQw + LOG4;
        for (int d = 0; d < 2; d++) {
            z[d] = Math.log(onePlus[d]) - Math.log(oneMinus[d]);
            s += logPdf(z[d]);
        }
        return s;
    }

    /**
     * A uniform point of cell x for u₀ ∈ (0,1)²: u₀₁ picks a fan triangle (anchor, P_i, P_{i+1}) by area and,
     * rescaled inside its slot, gives r; the point is c + √r·((1 − u₀₂)(P_i − c) + u₀₂(P_{i+1} − c)). Writes
     * 1 ± w without cancellation; returns log q_w = −log |cell|.
     */
    double uniformPoint(int x, double a, double b, double[] onePlus, double[] oneMinus) {
        int n = cells.count[x];
        double cx = cells.c1[x], cy = cells.c2[x];
        double total = cells.area[x];
        double target = a * total, acc = 0;
        int tri = n - 1;
        double triArea = 0;
        for (int i = 0; i < n; i++) {
            int j = i + 1 == n ? 0 : i + 1;
            triArea = 0.5 * ((cells.px[x][i] - cx) * (cells.py[x][j] - cy) - (cells.px[x][j] - cx) * (cells.py[x][i] - cy));
            if (target < acc + triArea || i == n - 1) {
                tri = i;
                break;
            }
            acc += triArea;
        }
        double r = triArea > 0 ? Math.min(1, Math.max(0, (target - acc) / triArea)) : 0;
        double root = Math.sqrt(r);
        int i = tri, j = tri + 1 == n ? 0 : tri + 1;
        double wa = 1 - root, wb = root * (1 - b), wc = root * b;
        onePlus[0] = wa * (1 + cx) + wb * (1 + cells.px[x][i]) + wc * (1 + cells.px[x][j]);
        oneMinus[0] = wa * (1 - cx) + wb * (1 - cells.px[x][i]) + wc * (1 - cells.px[x][j]);
        onePlus[1] = wa * (1 + cy) + wb * (1 + cells.py[x][i]) + wc * (1 + cells.py[x][j]);
        oneMinus[1] = wa * (1 - cy) + wb * (1 - cells.py[x][i]) + wc * (1 - cells.py[x][j]);
        return -Math.log(total);
    }

    /** The radial path at ε: writes 1 ± w; returns log q_w = log φ(ε₁) + log φ(ε₂) − ℓ₁ − ℓ₂ + 3·log(1 + t). */
    double radialPoint(int x, double e1, double e2, double[] onePlus, double[] oneMinus, RadialRay2D ray) {
        double u1 = m1[x] + Math.exp(l1[x]) * e1, u2 = m2[x] + Math.exp(l2[x]) * e2;
        double r = Math.hypot(u1, u2);
        double t = r > 0 ? r / ray.lambda(cells, x, u1 / r, u2 / r) : 0;
        double w1 = cells.c1[x] + u1 / (1 + t), w2 = cells.c2[x] + u2 / (1 + t);
        onePlus[0] = 1 + w1;
        oneMinus[0] = 1 - w1;
        onePlus[1] = 1 + w2;
        oneMinus[1] = 1 - w2;
        return Normal.logPdf(e1) + Normal.logPdf(e2) - l1[x] - l2[x] + 3 * Math.log1p(t);
    }

    @Override
    public boolean disjointSupports() {
        return true;
    }

    @Override
    public double oceanMass() {
        return 0;
    }

    /** Every cell vertex's coordinate on the axis, and the anchors'. */
    @Override
    public double[] breakpoints(int axis) {
        List<Double> out = new ArrayList<>();
        for (int x = 0; x < k; x++) {
            out.add(VoronoiCells.zOf(axis == 0 ? cells.c1[x] : cells.c2[x]));
            for (int i = 0; i < cells.count[x]; i++) {
                out.add(VoronoiCells.zOf(axis == 0 ? cells.px[x][i] : cells.py[x][i]));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void logDensitiesOnGrid(double[] axis0, double[] axis1, double[][] out) {
        int n0 = axis0.length;
        double[] w0 = new double[n0], lp0 = new double[n0];
        for (int i = 0; i < n0; i++) {
            w0[i] = Math.tanh(0.5 * axis0[i]);
            lp0[i] = logPdf(axis0[i]);
        }
        RadialRay2D ray = new RadialRay2D();
        for (int j = 0; j < axis1.length; j++) {
            double w1 = Math.tanh(0.5 * axis1[j]), lp1 = logPdf(axis1[j]);
            for (int i = 0; i < n0; i++) {
                int owner = cells.cellOf(w0[i], w1);
                for (int x = 0; x < k; x++) {
                    out[x][j * n0 + i] = x != owner ? Double.NEGATIVE_INFINITY
                            : logDensityInW(x, w0[i], w1, ray) + LOG4 + lp0[i] + lp1;
                }
            }
        }
    }

    @Override
    public Parameters parameters() {
        return VoronoiPlaneParameters.of(this);
    }

    @Override
    public List<Decoration> decorations() {
        return VoronoiPlaneParameters.decorations(this);
    }

    @Override
    public String describeComponent(int x) {
        String t = "anchor w = (" + f(cells.c1[x]) + ", " + f(cells.c2[x]) + "), cell area " + f(cells.area[x]) + " of 4";
        return radial ? t + ", y offset m = (" + f(m1[x]) + ", " + f(m2[x]) + "), sd = (" + f(Math.exp(l1[x])) + ", "
                + f(Math.exp(l2[x])) + ")" : t;
    }

    @Override
    public String describeSupport(int x) {
        return method.label() + " cell of x=" + x + ": the points of the box w = 2σ(z) − 1 nearer to anchor ("
                + f(cells.c1[x]) + ", " + f(cells.c2[x]) + ") than to any other; it holds prior mass |cell|/4 = "
                + f(cells.area[x] / 4) + (radial ? "; q is the Gaussian pushed in by the ray map"
                        : "; q is uniform in w, so KL_x = log(4/|cell|) = " + f(LOG4 - Math.log(cells.area[x])));
    }

    @Override
    public String degenerate() {
        for (int x = 0; x < k; x++) {
            if (!(cells.area[x] > 1e-12)) {
                return "the cell of category " + x + " collapsed (area " + cells.area[x] + " in w)";
            }
        }
        return null;
    }

    /** The radial family's offset and log-sd of category x on axis d (for the parameters table). */
    double offset(int x, int d) {
        return d == 0 ? m1[x] : m2[x];
    }

    double logSd(int x, int d) {
        return d == 0 ? l1[x] : l2[x];
    }

    /** Shown as the common "scale": the cell's area (uniform) or y's sd on the axis (radial). */
    double scale(int x, int d) {
        return radial ? Math.exp(logSd(x, d)) : cells.area[x];
    }
}
