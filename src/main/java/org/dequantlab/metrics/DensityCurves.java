package org.dequantlab.metrics;

/**
 * Curves for drawing one method on a fixed z-grid: each component density q(z|x) (zero outside its
 * support), the prior p(z), the aggregate posterior q(z) = Σ p̃(x) q(z|x), and the decoder's choice
 * at each z (−1 where no support reaches: the ocean) with its posterior probability.
 */
public record DensityCurves(double[] z, double[][] components, double[] prior, double[] aggregate, int[] decoded,
        double[] confidence) {

    public DensityCurves {
        z = z.clone();
        double[][] c = new double[components.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = components[i].clone();
        }
        components = c;
        prior = prior.clone();
        aggregate = aggregate.clone();
        decoded = decoded.clone();
        confidence = confidence.clone();
    }

    public int size() {
        return z.length;
    }

    public int categories() {
        return components.length;
    }

    public double z(int i) {
        return z[i];
    }

    /** q(z_i | x). */
    public double component(int x, int i) {
        return components[x][i];
    }

    public double prior(int i) {
        return prior[i];
    }

    public double aggregate(int i) {
        return aggregate[i];
    }

    /** The decoded category at z_i, or −1 in the ocean. */
    public int decoded(int i) {
        return decoded[i];
    }

    /** max_x p(x|z_i) (0 in the ocean). */
    public double confidence(int i) {
        return confidence[i];
    }

    @Override
    public double[] z() {
        return z.clone();
    }

    @Override
    public double[][] components() {
        double[][] c = new double[components.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = components[i].clone();
        }
        return c;
    }

    @Override
    public double[] prior() {
        return prior.clone();
    }

    @Override
    public double[] aggregate() {
        return aggregate.clone();
    }

    @Override
    public int[] decoded() {
        return decoded.clone();
    }

    @Override
    public double[] confidence() {
        return confidence.clone();
    }
}
