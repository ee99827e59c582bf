package org.dequantlab.method.logistic;

import static org.dequantlab.method.Numbers.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dequantlab.method.Box;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.FactorisedEncoder2D;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.PlanePath;
import org.dequantlab.method.Problem;
import org.dequantlab.method.SupportShape;
import org.dequantlab.model.Parameters;

/**
 * The factorised logistic family on a 2-D latent (docs/maths.md §7.1): per axis d, u_d = a_{x,d} +
 * (b_{x,d} − a_{x,d})·u₀_d and z_d = μ_{x,d} + s_{x,d}·logit u_d, so q(z|x) is the product of two 1-D
 * components ({@link LogisticEncoder} views, one per axis) and
 *
 * <pre>
 *   log q(z|x) = Σ_d [log f(t_d) − log s_{x,d} − log(b_{x,d} − a_{x,d})],   t_d = (z_d − μ_{x,d})/s_{x,d},
 * </pre>
 *
 * −∞ outside the box B_x = I_{x,1} × I_{x,2} (TRUFL); CatNF's box is the whole plane. Raw parameters
 * per category: the 1-D block of axis z₁ then that of axis z₂ ((μ, ρ, α, β) each for TRUFL, (μ, ρ) for
 * CatNF). Immutable.
 */
public final class LogisticEncoder2D implements FactorisedEncoder2D {
    private final DequantMethod method;
    private final Problem problem;
    private final boolean truncated;
    final int k;
    /** The two axes as 1-D encoders (their problem is the 1-D one with the same K and p̃). */
    final LogisticEncoder[] axes = new LogisticEncoder[2];

    LogisticEncoder2D(DequantMethod method, Problem problem, boolean truncated, double[] theta) {
        this.method = method;
        this.problem = problem;
        this.truncated = truncated;
        k = problem.categories();
        int bs = LogisticParameters.blockSize(truncated);
        if (theta.length != 2 * k * bs) {
            throw new IllegalArgumentException("expected " + 2 * k * bs + " parameters, got " + theta.length);
        }
        Problem line = new Problem(k, problem.dataDistribution(), 1, problem.voronoiCell(), problem.argmaxLearnPrior());
        for (int d = 0; d < 2; d++) {
            double[] axis = new double[k * bs];
            for (int x = 0; x < k; x++) {
                System.arraycopy(theta, (2 * x + d) * bs, axis, x * bs, bs);
            }
            axes[d] = new LogisticEncoder(method, line, truncated, axis);
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

    /** Whether the components are truncated (TRUFL) or not (CatNF). */
    public boolean truncated() {
        return truncated;
    }

    /** Axis d (0 or 1) as a 1-D encoder: its μ, s, a, b and support ends are those of the axis. */
    @Override
    public LogisticEncoder axis(int d) {
        return axes[d];
    }

    @Override
    public Box support(int x) {
        return new Box(axes[0].supportLow(x), axes[0].supportHigh(x), axes[1].supportLow(x), axes[1].supportHigh(x));
    }

    /**
     * Prior mass outside every box, exact: the boxes' ends cut each axis into intervals, the grid of
     * their products is covered cell by cell or not, and the uncovered cells' masses (products of the
     * axes' masses) are summed. 0 for CatNF.
     */
    @Override
    public double oceanMass() {
        if (!truncated) {
            return 0;
        }
        double[][] ends = new double[2][];
        for (int d = 0; d < 2; d++) {
            double[] e = new double[2 * k + 2];
            e[0] = Double.NEGATIVE_INFINITY;
            e[1] = Double.POSITIVE_INFINITY;
            for (int x = 0; x < k; x++) {
                e[2 + 2 * x] = axes[d].supportLow(x);
                e[3 + 2 * x] = axes[d].supportHigh(x);
            }
            Arrays.sort(e);
            ends[d] = e;
        }
        LatentPrior prior = prior();
        double ocean = 0;
        for (int i = 0; i + 1 < ends[0].length; i++) {
            double lo1 = ends[0][i], hi1 = ends[0][i + 1];
            double m1 = prior.mass(0, lo1, hi1);
            if (m1 == 0) {
                continue;
            }
            for (int j = 0; j + 1 < ends[1].length; j++) {
                double lo2 = ends[1][j], hi2 = ends[1][j + 1];
                double m2 = prior.mass(1, lo2, hi2);
                if (m2 > 0 && !covered(lo1, hi1, lo2, hi2)) {
                    ocean += m1 * m2;
                }
            }
        }
        return ocean;
    }

    /** Whether some box covers the grid cell (lo1, hi1) × (lo2, hi2) (tested at its inner corner). */
    private boolean covered(double lo1, double hi1, double lo2, double hi2) {
        for (int x = 0; x < k; x++) {
            if (axes[0].supportLow(x) <= lo1 && axes[0].supportHigh(x) >= hi1 && axes[1].supportLow(x) <= lo2
                    && axes[1].supportHigh(x) >= hi2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The common names describe axis z₁ (mu, scale, lower, upper and the supports), the same names with
     * a 2 axis z₂ (mu2, …, supportLow2, supportHigh2).
     */
    @Override
    public Parameters parameters() {
        Map<String, double[]> v = new LinkedHashMap<>();
        double[][] lo = new double[2][k], hi = new double[2][k];
        for (int d = 0; d < 2; d++) {
            LogisticEncoder e = axes[d];
            String sfx = d == 0 ? "" : "2";
            double[] mu = new double[k], s = new double[k], a = new double[k], b = new double[k];
            for (int x = 0; x < k; x++) {
                mu[x] = e.mu(x);
                s[x] = e.scale(x);
                a[x] = e.lower(x);
                b[x] = e.upper(x);
                lo[d][x] = e.supportLow(x);
                hi[d][x] = e.supportHigh(x);
            }
            v.put("mu" + sfx, mu);
            v.put("scale" + sfx, s);
            v.put("lower" + sfx, a);
            v.put("upper" + sfx, b);
        }
        v.put("supportLow2", lo[1]);
        v.put("supportHigh2", hi[1]);
        return Parameters.of(v, lo[0], hi[0], Map.of());
    }

    /** TRUFL: each box outlined in both planes (axis-aligned in both); CatNF: nothing. */
    @Override
    public List<Decoration> decorations() {
        List<Decoration> out = new ArrayList<>();
        if (!truncated) {
            return out;
        }
        LatentPrior prior = prior();
        for (int x = 0; x < k; x++) {
            Box b = support(x);
            out.add(new Decoration.Region(x, SupportShape.BOX,
                    PlanePath.rectangle(PlanePath.clampZ(b.low1()), PlanePath.clampZ(b.high1()), PlanePath.clampZ(b.low2()),
                            PlanePath.clampZ(b.high2())),
                    PlanePath.rectangle(prior.cdf(0, b.low1()), prior.cdf(0, b.high1()), prior.cdf(1, b.low2()),
                            prior.cdf(1, b.high2()))));
        }
        return out;
    }

    @Override
    public String describeComponent(int x) {
        return "z1: " + axes[0].describeComponent(x) + "; z2: " + axes[1].describeComponent(x);
    }

    @Override
    public String describeSupport(int x) {
        if (!truncated) {
            return null;
        }
        Box b = support(x);
        return method.label() + " box of x=" + x + ": q(z|x) is a logistic truncated per axis to (a, b) in its own CDF"
                + " space, (" + f(axes[0].lower(x)) + ", " + f(axes[0].upper(x)) + ") on z1 and (" + f(axes[1].lower(x))
                + ", " + f(axes[1].upper(x)) + ") on z2; support z1 ∈ (" + f(b.low1()) + ", " + f(b.high1()) + "), z2 ∈ ("
                + f(b.low2()) + ", " + f(b.high2()) + "); it holds prior mass " + f(b.priorMass(prior()));
    }

    @Override
    public String degenerate() {
        for (int d = 0; d < 2; d++) {
            String why = axes[d].degenerate();
            if (why != null) {
                return why + " on axis z" + (d + 1);
            }
        }
        return null;
    }
}
