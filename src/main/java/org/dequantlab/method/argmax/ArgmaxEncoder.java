package org.dequantlab.method.argmax;

import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.logSigmoid;
import static org.dequantlab.math.Logistic.sigmoid;
import static org.dequantlab.math.Logistic.softplus;
import static org.dequantlab.method.Numbers.f;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.Interval;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Problem;
import org.dequantlab.model.Parameters;

/**
 * Argmax's encoder at raw parameters θ, 1-D (docs/maths.md §3): u = m + σ·sign·logit u₀,
 * z = sign·softplus(u) with sign −1 for x = 0 and +1 for x = 1 (codes most significant bit first), so
 * z increases with u₀ on both sides (for x = 0, u₀ ↦ 1 − u₀ leaves the distribution unchanged), and
 *
 * <pre>
 *   log q(z|x) = log f((u − m)/σ) − log σ − log σ(u),   u = softplus⁻¹(|z|) = log expm1(|z|),
 * </pre>
 *
 * −∞ outside x's half-line. The prior is Logistic(ℓ, 1), ℓ = 0 unless learned. Immutable.
 */
public final class ArgmaxEncoder implements Encoder1D {
    /** Standardised offsets of u at which quadratures over z split (the component's features). */
    private static final double[] FEATURES = {-8, -4, -2, -1, 0, 1, 2, 4, 8};

    private final DequantMethod method;
    private final Problem problem;
    final int k;
    final double[] m, sigma, logSigma, sign;
    final double priorLocation;
    private final LatentPrior prior;

    ArgmaxEncoder(DequantMethod method, Problem problem, double[] theta) {
        this.method = method;
        this.problem = problem;
        k = problem.categories();
        int expected = 2 * k + (problem.argmaxLearnPrior() ? 1 : 0);
        if (theta.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " parameters, got " + theta.length);
        }
        m = new double[k];
        sigma = new double[k];
        logSigma = new double[k];
        sign = new double[k];
        for (int x = 0; x < k; x++) {
            m[x] = theta[2 * x];
            logSigma[x] = theta[2 * x + 1];
            sigma[x] = Math.exp(logSigma[x]);
            sign[x] = signOf(x);
        }
        priorLocation = problem.argmaxLearnPrior() ? theta[2 * k] : 0.0;
        prior = priorLocation == 0.0 ? LatentPrior.STANDARD_1D : new LatentPrior(new double[] {priorLocation});
    }

    /**
     * One axis of a 2-D encoder ({@link ArgmaxEncoder2D}): the categories' (m, log σ) and signs on that
     * axis and the prior's location there. Its {@code problem} is the 2-D one (K and p̃ are what count).
     */
    ArgmaxEncoder(DequantMethod method, Problem problem, double[] m, double[] logSigma, double[] sign,
            double priorLocation) {
        this.method = method;
        this.problem = problem;
        k = problem.categories();
        this.m = m.clone();
        this.logSigma = logSigma.clone();
        this.sign = sign.clone();
        sigma = new double[k];
        for (int x = 0; x < k; x++) {
            sigma[x] = Math.exp(logSigma[x]);
        }
        this.priorLocation = priorLocation;
        prior = priorLocation == 0.0 ? LatentPrior.STANDARD_1D : new LatentPrior(new double[] {priorLocation});
    }

    /** The sign code of category x in 1-D: bit 0 → −, bit 1 → +. */
    static double signOf(int x) {
        return x == 0 ? -1.0 : 1.0;
    }

    /** softplus⁻¹(v) = log(e^v − 1) for v &gt; 0, without overflow or cancellation. */
    static double inverseSoftplus(double v) {
        return v > 1 ? v + Math.log1p(-Math.exp(-v)) : Math.log(Math.expm1(v));
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
    public boolean contains(int x, double z) {
        return sign[x] * z > 0;
    }

    @Override
    public Interval support(int x) {
        return sign[x] > 0 ? new Interval(0, Double.POSITIVE_INFINITY) : new Interval(Double.NEGATIVE_INFINITY, 0);
    }

    @Override
    public double logDensity(int x, double z) {
        double v = sign[x] * z;
        if (!(v > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        double u = inverseSoftplus(v);
        return logPdf((u - m[x]) / sigma[x]) - logSigma[x] - logSigmoid(u);
    }

    @Override
    public double sample(int x, double u0) {
        return sign[x] * softplus(preActivation(x, Math.log(u0), Math.log1p(-u0)));
    }

    @Override
    public double pathLogDensity(int x, double u0) {
        double logU0 = Math.log(u0), log1mU0 = Math.log1p(-u0);
        return logU0 + log1mU0 - logSigma[x] - logSigmoid(preActivation(x, logU0, log1mU0));
    }

    /**
     * {@link #sample(int, double)} and {@link #pathLogDensity(int, double)} at once, sharing u and its
     * logarithms (the same expressions, so the same bits): writes z(u₀) to {@code z[slot]} and returns
     * log q(z(u₀)|x).
     */
    @Override
    public double pathPoint(int x, double u0, double[] z, int slot) {
        double logU0 = Math.log(u0), log1mU0 = Math.log1p(-u0);
        double u = preActivation(x, logU0, log1mU0);
        z[slot] = sign[x] * softplus(u);
        return logU0 + log1mU0 - logSigma[x] - logSigmoid(u);
    }

    /** u = m + σ·sign·logit(u₀), the logistic draw before softplus, from log u₀ and log(1 − u₀). */
    private double preActivation(int x, double logU0, double log1mU0) {
        return m[x] + sigma[x] * sign[x] * (logU0 - log1mU0);
    }

    @Override
    public double cdf(int x, double z) {
        if (sign[x] > 0) {
            return z > 0 ? sigmoid((inverseSoftplus(z) - m[x]) / sigma[x]) : 0;
        }
        return z < 0 ? sigmoid(-(inverseSoftplus(-z) - m[x]) / sigma[x]) : 1;
    }

    @Override
    public double[] breakpoints() {
        double[] out = new double[1 + k * FEATURES.length];
        int n = 0;
        out[n++] = 0;
        for (int x = 0; x < k; x++) {
            for (double tau : FEATURES) {
                out[n++] = sign[x] * softplus(m[x] + sigma[x] * tau);
            }
        }
        return out;
    }

    @Override
    public Parameters parameters() {
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("mu", m.clone());
        v.put("scale", sigma.clone());
        v.put("lower", new double[k]);
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1.0);
        v.put("upper", ones);
        v.put("sign", sign.clone());
        double[] lo = new double[k], hi = new double[k];
        for (int x = 0; x < k; x++) {
            lo[x] = support(x).low();
            hi[x] = support(x).high();
        }
        return Parameters.of(v, lo, hi, Map.of("priorLocation", priorLocation));
    }

    @Override
    public List<Decoration> decorations() {
        int left = -1, right = -1;
        for (int x = 0; x < k; x++) {
            if (sign[x] < 0 && left < 0) {
                left = x;
            } else if (sign[x] > 0 && right < 0) {
                right = x;
            }
        }
        return List.of(new Decoration.Wall(Decoration.Role.ORTHANT, 0.0, left, right, Double.NaN));
    }

    @Override
    public String describeComponent(int x) {
        return "z = " + (sign[x] > 0 ? "+" : "−") + "softplus(u), u ~ Logistic(m = " + f(m[x]) + ", σ = " + f(sigma[x])
                + ")";
    }

    @Override
    public String describeSupport(int x) {
        double mass = support(x).priorMass(prior);
        return method.label() + " orthant of x=" + x + ": z " + (sign[x] > 0 ? "> 0" : "< 0")
                + ", fixed; it holds prior mass " + f(mass) + ", so KL_x ≥ −log " + f(mass) + " = " + f(-Math.log(mass));
    }

    @Override
    public String degenerate() {
        return null;
    }
}
