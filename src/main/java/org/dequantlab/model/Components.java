package org.dequantlab.model;

import static org.dequantlab.math.Logistic.logSigmoid;
import static org.dequantlab.math.Logistic.logPdf;
import static org.dequantlab.math.Logistic.sigmoid;

/**
 * The K encoder components q(z|x) derived from {@link EncoderParameters}: location μ, scale s,
 * truncation (a, b) in the component's own CDF space and the support I_x = (L_x, R_x) in z.
 * CatNF components have a = 0, b = 1 and I_x = ℝ.
 *
 * <p>Log density (math.md §1.3), with t = (z − μ)/s:
 * {@code log q(z|x) = log f(t) − log s − log(b − a)} for logit a &lt; t &lt; logit b, else −∞.
 * Immutable.
 */
public final class Components {
    final Method method;
    final int k;
    final double[] mu, s, logS, a, oneMinusA, b, oneMinusB, logitA, logitB, w, logW, logP, lowZ, highZ;
    final double[] sigmaMinusBeta; // σ(−β), needed for the chain rule of b
    final double[] p;

    Components(EncoderParameters params, double[] dataDistribution) {
        method = params.method();
        k = params.categories();
        double[] th = params.vector();
        int bs = EncoderParameters.blockSize(method);
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
        p = dataDistribution.clone();
        for (int x = 0; x < k; x++) {
            mu[x] = th[x * bs];
            logS[x] = th[x * bs + 1];
            s[x] = Math.exp(logS[x]);
            logP[x] = Math.log(p[x]);
            if (method.truncated()) {
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

    public Method method() {
        return method;
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

    /** Whether z lies inside I_x, tested in logit space (math.md §1.4). */
    public boolean contains(int x, double z) {
        double t = (z - mu[x]) / s[x];
        return t > logitA[x] && t < logitB[x];
    }

    /** log q(z|x), −∞ outside the support. */
    public double logDensity(int x, double z) {
        double t = (z - mu[x]) / s[x];
        if (!(t > logitA[x] && t < logitB[x])) {
            return Double.NEGATIVE_INFINITY;
        }
        return logPdf(t) - logS[x] - logW[x];
    }

    /** ℓ_x(z) = log q(z|x) + log p̃(x), −∞ outside the support. */
    public double logJoint(int x, double z) {
        return logDensity(x, z) + logP[x];
    }

    /** The category the decoder picks at z (argmax of the posterior), or −1 in the ocean. */
    public int decode(double z) {
        int best = -1;
        double bestL = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double l = logJoint(j, z);
            if (l > bestL) {
                bestL = l;
                best = j;
            }
        }
        return best;
    }
}
