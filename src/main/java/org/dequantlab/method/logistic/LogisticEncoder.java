package org.dequantlab.method.logistic;

import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.logSigmoid;
import static org.dequantlab.math.Logistic.sigmoid;
import static org.dequantlab.method.Numbers.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.Interval;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Posterior;
import org.dequantlab.method.Problem;
import org.dequantlab.model.Parameters;

/**
 * The K components q(z|x) of the logistic family at raw parameters θ ({@link LogisticParameters}):
 * location μ, scale s, truncation (a, b) in the component's own CDF space and the support
 * I_x = (L_x, R_x) in z. CatNF's components have a = 0, b = 1 and I_x = ℝ.
 *
 * <p>Log density (docs/maths.md §1.3), with t = (z − μ)/s:
 * {@code log q(z|x) = log f(t) − log s − log(b − a)} for logit a &lt; t &lt; logit b, else −∞.
 * Sampling path: u = a + (b − a)·u₀, z = μ + s·logit u. Immutable.
 */
public final class LogisticEncoder implements Encoder1D {
    /** Intervals narrower than this (in the component's CDF space) count as collapsed. */
    public static final double MIN_WIDTH = 1e-12;
    /**
     * Standardised offsets τ at which a component has features (z = μ + s·τ): quadratures split there
     * so that a narrow component inside a wide one is resolved.
     */
    static final double[] FEATURES = {-8, -4, -2, -1, 0, 1, 2, 4, 8};

    private final DequantMethod method;
    private final Problem problem;
    private final boolean truncated;
    final int k;
    final double[] mu, s, logS, a, oneMinusA, b, oneMinusB, logitA, logitB, w, logW, logP, lowZ, highZ;
    final double[] sigmaMinusBeta; // σ(−β), needed for the chain rule of b
    final double[] p;

    LogisticEncoder(DequantMethod method, Problem problem, boolean truncated, double[] th) {
        this.method = method;
        this.problem = problem;
        this.truncated = truncated;
        k = problem.categories();
        int bs = LogisticParameters.blockSize(truncated);
        if (th.length != k * bs) {
            throw new IllegalArgumentException("expected " + k * bs + " parameters, got " + th.length);
        }
        mu = new double[k];
        s = new double[k];
        logS = new double[k];
        a = new double[k];
        oneMinusA = new double[k];
        b = new double[k];
        oneMinusB = new double[k];
        logitA = new double[k];
        logitB = new double[k];
        w = new double[k];
        logW = new double[k];
        logP = new double[k];
        lowZ = new double[k];
        highZ = new double[k];
        sigmaMinusBeta = new double[k];
        p = problem.dataDistribution();
        for (int x = 0; x < k; x++) {
            mu[x] = th[x * bs];
            logS[x] = th[x * bs + 1];
            s[x] = Math.exp(logS[x]);
            logP[x] = Math.log(p[x]);
            if (truncated) {
                double alpha = th[x * bs + 2], beta = th[x * bs + 3];
                a[x] = sigmoid(alpha);
                double sMinusAlpha = sigmoid(-alpha);
                oneMinusA[x] = sMinusAlpha;
                double sBeta = sigmoid(beta);
                sigmaMinusBeta[x] = sigmoid(-beta);
                w[x] = sMinusAlpha * sBeta;
                logW[x] = logSigmoid(-alpha) + logSigmoid(beta);
                oneMinusB[x] = sMinusAlpha * sigmaMinusBeta[x];
                b[x] = 1.0 - oneMinusB[x];
                logitA[x] = alpha;
                // logit b = log b − log(1 − b); log(1 − b) = log σ(−α) + log σ(−β)
                logitB[x] = Math.log(b[x]) - (logSigmoid(-alpha) + logSigmoid(-beta));
                lowZ[x] = mu[x] + s[x] * logitA[x];
                highZ[x] = mu[x] + s[x] * logitB[x];
            } else {
                a[x] = 0;
                oneMinusA[x] = 1;
                b[x] = 1;
                oneMinusB[x] = 0;
                w[x] = 1;
                logW[x] = 0;
                logitA[x] = Double.NEGATIVE_INFINITY;
                logitB[x] = Double.POSITIVE_INFINITY;
                lowZ[x] = Double.NEGATIVE_INFINITY;
                highZ[x] = Double.POSITIVE_INFINITY;
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
        return LatentPrior.STANDARD_1D;
    }

    /** Whether the components are truncated (TRUFL) or not (CatNF). */
    public boolean truncated() {
        return truncated;
    }

    public int size() {
        return k;
    }

    public double mu(int x) {
        return mu[x];
    }

    public double scale(int x) {
        return s[x];
    }

    public double lower(int x) {
        return a[x];
    }

    public double upper(int x) {
        return b[x];
    }

    /** 1 − b_x without cancellation. */
    public double oneMinusUpper(int x) {
        return oneMinusB[x];
    }

    /** log(b_x − a_x) without cancellation. */
    public double logWidth(int x) {
        return logW[x];
    }

    /** Left end of the support I_x in z (−∞ for CatNF). */
    public double supportLow(int x) {
        return lowZ[x];
    }

    /** Right end of the support I_x in z (+∞ for CatNF). */
    public double supportHigh(int x) {
        return highZ[x];
    }

    /** p̃(x). */
    public double probability(int x) {
        return p[x];
    }

    /** log s_x. */
    public double logScale(int x) {
        return logS[x];
    }

    /** 1 − a_x without cancellation. */
    public double oneMinusLower(int x) {
        return oneMinusA[x];
    }

    /** b_x − a_x. */
    public double width(int x) {
        return w[x];
    }

    /** logit a_x (−∞ for CatNF). */
    public double logitLower(int x) {
        return logitA[x];
    }

    /** logit b_x (+∞ for CatNF). */
    public double logitUpper(int x) {
        return logitB[x];
    }

    /** log p̃(x). */
    public double logProbability(int x) {
        return logP[x];
    }

    /** σ(−β_x), the factor ∂b/∂a of parameterisation P1 (0 for CatNF). */
    public double sigmaMinusBeta(int x) {
        return sigmaMinusBeta[x];
    }

    /** Standardised coordinate t = (z − μ_x)/s_x. */
    public double standardised(int x, double z) {
        return (z - mu[x]) / s[x];
    }

    /** Whether z lies inside I_x, tested in logit space (docs/maths.md §1.4). */
    @Override
    public boolean contains(int x, double z) {
        double t = (z - mu[x]) / s[x];
        return t > logitA[x] && t < logitB[x];
    }

    @Override
    public Interval support(int x) {
        return new Interval(lowZ[x], highZ[x]);
    }

    /** log q(z|x), −∞ outside the support. */
    @Override
    public double logDensity(int x, double z) {
        double t = (z - mu[x]) / s[x];
        if (!(t > logitA[x] && t < logitB[x])) {
            return Double.NEGATIVE_INFINITY;
        }
        return logPdf(t) - logS[x] - logW[x];
    }

    /** ℓ_x(z) = log q(z|x) + log p̃(x), −∞ outside the support. */
    @Override
    public double logJoint(int x, double z) {
        return logDensity(x, z) + logP[x];
    }

    /** The category the decoder picks at z ({@link Posterior#decode}), or −1 in the ocean. */
    public int decode(double z) {
        return Posterior.decode(this, z);
    }

    @Override
    public double sample(int x, double u0) {
        return mu[x] + s[x] * (logU(x, u0) - logOneMinusU(x, u0));
    }

    @Override
    public double pathLogDensity(int x, double u0) {
        return logU(x, u0) + logOneMinusU(x, u0) - logS[x] - logW[x];
    }

    /**
     * {@link #sample(int, double)} and {@link #pathLogDensity(int, double)} at once, sharing their two
     * logarithms (the same expressions, so the same bits): writes z(u₀) to {@code z[slot]} and returns
     * log q(z(u₀)|x).
     */
    @Override
    public double pathPoint(int x, double u0, double[] z, int slot) {
        double logU = logU(x, u0), logOmu = logOneMinusU(x, u0);
        z[slot] = mu[x] + s[x] * (logU - logOmu);
        return logU + logOmu - logS[x] - logW[x];
    }

    /** log u for u₀ on x's truncated interval: u = a + (b − a)·u₀. */
    private double logU(int x, double u0) {
        return Math.log(a[x] + w[x] * u0);
    }

    /** log(1 − u) = log((1 − b) + (b − a)·(1 − u₀)), without cancellation near u = 1. */
    private double logOneMinusU(int x, double u0) {
        return Math.log(oneMinusB[x] + w[x] * (1 - u0));
    }

    @Override
    public double cdf(int x, double z) {
        double t = (z - mu[x]) / s[x];
        if (!(t > logitA[x])) {
            return 0;
        }
        if (!(t < logitB[x])) {
            return 1;
        }
        return Math.min(1, Math.max(0, (sigmoid(t) - a[x]) / w[x]));
    }

    @Override
    public double[] breakpoints() {
        double[] out = new double[k * (2 + FEATURES.length)];
        int n = 0;
        for (int x = 0; x < k; x++) {
            out[n++] = lowZ[x];
            out[n++] = highZ[x];
            for (double tau : FEATURES) {
                out[n++] = mu[x] + s[x] * tau;
            }
        }
        return out;
    }

    @Override
    public void logDensities(double[] z, double[][] out) {
        LogisticGridKernel.logDensities(this, z, out);
    }

    @Override
    public Parameters parameters() {
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("mu", mu.clone());
        v.put("scale", s.clone());
        v.put("lower", a.clone());
        v.put("upper", b.clone());
        return Parameters.of(v, lowZ, highZ, Map.of());
    }

    @Override
    public List<Decoration> decorations() {
        List<Decoration> out = new ArrayList<>();
        if (truncated) {
            for (int x = 0; x < k; x++) {
                out.add(new Decoration.Band(x, lowZ[x], highZ[x], a[x], b[x]));
            }
        }
        return out;
    }

    @Override
    public String describeComponent(int x) {
        String t = "μ = " + f(mu[x]) + ", s = " + f(s[x]);
        return truncated ? t + ", (a, b) = (" + f(a[x]) + ", " + f(b[x]) + ")" : t;
    }

    @Override
    public String describeSupport(int x) {
        if (!truncated) {
            return null;
        }
        return method.label() + " band of x=" + x + ": q(z|x) is a logistic truncated to (a, b) = (" + f(a[x])
                + ", " + f(b[x]) + ") in its own CDF space; support z ∈ (" + f(lowZ[x]) + ", " + f(highZ[x]) + ")";
    }

    @Override
    public String degenerate() {
        if (!truncated) {
            return null;
        }
        for (int x = 0; x < k; x++) {
            if (w[x] < MIN_WIDTH) {
                return "the interval of category " + x + " collapsed (b - a = " + w[x] + ")";
            }
        }
        return null;
    }
}
