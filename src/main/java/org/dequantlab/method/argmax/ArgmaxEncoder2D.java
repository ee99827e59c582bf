package org.dequantlab.method.argmax;

import static org.dequantlab.method.Numbers.f;

import java.util.ArrayList;
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
 * Argmax's encoder on a 2-D latent (docs/maths.md §7.2): category x has the two-bit code of x, most
 * significant bit on z₁ (0 = (−, −), 1 = (−, +), 2 = (+, −), 3 = (+, +)), and on each axis d the 1-D
 * path of §3, z_d = sign_{x,d}·softplus(m_{x,d} + σ_{x,d}·sign_{x,d}·logit u₀_d). The axes are
 * independent, so log q(z|x) is the sum of the two 1-D terms, −∞ outside x's quadrant; each axis is an
 * {@link ArgmaxEncoder} view. Quadrants whose code is ≥ K are ocean (for K = 3, (+, +): prior mass ¼).
 *
 * <p>Raw parameters per category (m₁, ρ₁, m₂, ρ₂), ρ = log σ; then, if learned, the prior's locations
 * (ℓ₁, ℓ₂) (prior Logistic(ℓ₁, 1) × Logistic(ℓ₂, 1)). Immutable.
 */
public final class ArgmaxEncoder2D implements FactorisedEncoder2D {
    /** Parameters per category. */
    static final int BLOCK = 4;

    private final DequantMethod method;
    private final Problem problem;
    private final int k;
    /** The two axes as 1-D encoders. */
    final ArgmaxEncoder[] axes = new ArgmaxEncoder[2];
    private final LatentPrior prior;

    ArgmaxEncoder2D(DequantMethod method, Problem problem, double[] theta) {
        this.method = method;
        this.problem = problem;
        k = problem.categories();
        int expected = BLOCK * k + (problem.argmaxLearnPrior() ? 2 : 0);
        if (theta.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " parameters, got " + theta.length);
        }
        double[] location = new double[2];
        for (int d = 0; d < 2; d++) {
            double[] m = new double[k], logSigma = new double[k], sign = new double[k];
            for (int x = 0; x < k; x++) {
                m[x] = theta[BLOCK * x + 2 * d];
                logSigma[x] = theta[BLOCK * x + 2 * d + 1];
                sign[x] = sign(x, d);
            }
            location[d] = problem.argmaxLearnPrior() ? theta[BLOCK * k + d] : 0.0;
            axes[d] = new ArgmaxEncoder(method, problem, m, logSigma, sign, location[d]);
        }
        prior = location[0] == 0 && location[1] == 0 ? LatentPrior.standard(2) : new LatentPrior(location);
    }

    /** The sign of category (or code) x on axis d: bit d of x's two-bit code, most significant on axis 0. */
    static double sign(int x, int d) {
        int bit = d == 0 ? (x >> 1) & 1 : x & 1;
        return bit == 1 ? 1.0 : -1.0;
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
        return prior;
    }

    @Override
    public ArgmaxEncoder axis(int d) {
        return axes[d];
    }

    @Override
    public Box support(int x) {
        return quadrant(x);
    }

    /** The quadrant of code c as a box. */
    static Box quadrant(int c) {
        double inf = Double.POSITIVE_INFINITY;
        return new Box(sign(c, 0) > 0 ? 0 : -inf, sign(c, 0) > 0 ? inf : 0, sign(c, 1) > 0 ? 0 : -inf,
                sign(c, 1) > 0 ? inf : 0);
    }

    /** Prior mass of the quadrants no category holds (codes K … 3), exact. */
    @Override
    public boolean disjointSupports() {
        return true;
    }

    @Override
    public double oceanMass() {
        double ocean = 0;
        for (int c = k; c < 4; c++) {
            ocean += quadrant(c).priorMass(prior);
        }
        return ocean;
    }

    @Override
    public Parameters parameters() {
        Map<String, double[]> v = new LinkedHashMap<>();
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1.0);
        String[] suffix = {"", "2"};
        double[][] lo = new double[2][k], hi = new double[2][k];
        for (int d = 0; d < 2; d++) {
            for (int x = 0; x < k; x++) {
                lo[d][x] = support(x).low(d);
                hi[d][x] = support(x).high(d);
            }
        }
        for (int d = 0; d < 2; d++) {
            v.put("mu" + suffix[d], axes[d].m.clone());
            v.put("scale" + suffix[d], axes[d].sigma.clone());
            v.put("lower" + suffix[d], new double[k]);
            v.put("upper" + suffix[d], ones.clone());
        }
        v.put("sign", axes[0].sign.clone());
        v.put("sign2", axes[1].sign.clone());
        v.put("supportLow2", lo[1]);
        v.put("supportHigh2", hi[1]);
        return Parameters.of(v, lo[0], hi[0],
                Map.of("priorLocation", axes[0].priorLocation, "priorLocation2", axes[1].priorLocation));
    }

    /** Each category's quadrant outlined, and the two fixed axes z₁ = 0 and z₂ = 0 as walls. */
    @Override
    public List<Decoration> decorations() {
        List<Decoration> out = new ArrayList<>();
        for (int x = 0; x < k; x++) {
            Box b = support(x);
            double z0 = PlanePath.clampZ(b.low1()), z1 = PlanePath.clampZ(b.high1());
            double w0 = PlanePath.clampZ(b.low2()), w1 = PlanePath.clampZ(b.high2());
            out.add(new Decoration.Region(x, SupportShape.ORTHANT, PlanePath.rectangle(z0, z1, w0, w1),
                    PlanePath.rectangle(prior.cdf(0, b.low1()), prior.cdf(0, b.high1()), prior.cdf(1, b.low2()),
                            prior.cdf(1, b.high2()))));
        }
        double c = PlanePath.Z_CLAMP;
        double v0 = prior.cdf(0, 0), v1 = prior.cdf(1, 0);
        out.add(new Decoration.Wall2D(Decoration.Role.ORTHANT, PlanePath.segment(0, -c, 0, c),
                PlanePath.segment(v0, 0, v0, 1), -1, -1));
        out.add(new Decoration.Wall2D(Decoration.Role.ORTHANT, PlanePath.segment(-c, 0, c, 0),
                PlanePath.segment(0, v1, 1, v1), -1, -1));
        return out;
    }

    @Override
    public String describeComponent(int x) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 2; d++) {
            sb.append(d == 0 ? "" : "; ").append("z").append(d + 1).append(" = ")
                    .append(axes[d].sign[x] > 0 ? "+" : "−").append("softplus(u), u ~ Logistic(m = ")
                    .append(f(axes[d].m[x])).append(", σ = ").append(f(axes[d].sigma[x])).append(")");
        }
        return sb.toString();
    }

    @Override
    public String describeSupport(int x) {
        double mass = support(x).priorMass(prior);
        return method.label() + " quadrant of x=" + x + ": z1 " + (sign(x, 0) > 0 ? "> 0" : "< 0") + ", z2 "
                + (sign(x, 1) > 0 ? "> 0" : "< 0") + ", fixed; it holds prior mass " + f(mass) + ", so KL_x ≥ −log "
                + f(mass) + " = " + f(-Math.log(mass));
    }

    @Override
    public String degenerate() {
        return null;
    }
}
