package org.dequantlab.model;

/**
 * One method's encoder in natural coordinates, immutable: location μ_x, scale s_x, truncation
 * (a_x, b_x) in the component's CDF space (0 and 1 for CatNF) and the support ends in z.
 */
public record Parameters(Method method, double[] mu, double[] scale, double[] lower, double[] upper,
        double[] supportLow, double[] supportHigh) {

    public Parameters {
        mu = mu.clone();
        scale = scale.clone();
        lower = lower.clone();
        upper = upper.clone();
        supportLow = supportLow.clone();
        supportHigh = supportHigh.clone();
    }

    /** The natural parameters of a component set. */
    public static Parameters of(Components c) {
        int k = c.size();
        double[] mu = new double[k], s = new double[k], a = new double[k], b = new double[k], lo = new double[k],
                hi = new double[k];
        for (int x = 0; x < k; x++) {
            mu[x] = c.mu(x);
            s[x] = c.scale(x);
            a[x] = c.lower(x);
            b[x] = c.upper(x);
            lo[x] = c.supportLow(x);
            hi[x] = c.supportHigh(x);
        }
        return new Parameters(c.method(), mu, s, a, b, lo, hi);
    }

    public int categories() {
        return mu.length;
    }

    public double mu(int x) {
        return mu[x];
    }

    public double scale(int x) {
        return scale[x];
    }

    public double lower(int x) {
        return lower[x];
    }

    public double upper(int x) {
        return upper[x];
    }

    public double supportLow(int x) {
        return supportLow[x];
    }

    public double supportHigh(int x) {
        return supportHigh[x];
    }

    @Override
    public double[] mu() {
        return mu.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public double[] supportLow() {
        return supportLow.clone();
    }

    @Override
    public double[] supportHigh() {
        return supportHigh.clone();
    }

    /** Raw parameters that give back these components (for replay and rendering from history). */
    public EncoderParameters toEncoder() {
        if (!method.truncated()) {
            return EncoderParameters.fromNatural(method, mu, scale, null, null);
        }
        return EncoderParameters.fromNatural(method, mu, scale, lower, upper);
    }
}
