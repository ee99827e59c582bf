package org.dequantlab.method;

import java.util.Arrays;

/**
 * The toy a method is trained on: everything a {@link DequantMethod} needs from the experiment
 * configuration, so that methods do not depend on the configuration package. Immutable.
 *
 * @param categories        K
 * @param dataDistribution  p̃(x), normalised, all positive
 * @param latentDim         dimension d of the latent z, 1 or 2 (config field {@code latentDim}); each method
 *                          dispatches on it
 * @param voronoiCell       Voronoi's in-cell family (config field {@code voronoiCell})
 * @param argmaxLearnPrior  whether Argmax learns its prior's location (config field {@code argmaxLearnPrior})
 */
public record Problem(int categories, double[] dataDistribution, int latentDim, VoronoiCell voronoiCell,
        boolean argmaxLearnPrior) {

    public Problem {
        if (categories < 1 || dataDistribution == null || dataDistribution.length != categories) {
            throw new IllegalArgumentException("need one probability per category");
        }
        if (latentDim < 1) {
            throw new IllegalArgumentException("latentDim must be positive, got " + latentDim);
        }
        dataDistribution = dataDistribution.clone();
        voronoiCell = voronoiCell == null ? VoronoiCell.UNIFORM : voronoiCell;
    }

    /** A 1-D problem with default method options (tests and tools). */
    public static Problem of(double... pTilde) {
        return new Problem(pTilde.length, pTilde, 1, VoronoiCell.UNIFORM, false);
    }

    /** The same problem with another Voronoi cell family. */
    public Problem withVoronoiCell(VoronoiCell cell) {
        return new Problem(categories, dataDistribution, latentDim, cell, argmaxLearnPrior);
    }

    /** The same problem with Argmax's prior location learned or fixed. */
    public Problem withArgmaxLearnPrior(boolean learn) {
        return new Problem(categories, dataDistribution, latentDim, voronoiCell, learn);
    }

    @Override
    public double[] dataDistribution() {
        return dataDistribution.clone();
    }

    /** p̃(x) without copying. */
    public double probability(int x) {
        return dataDistribution[x];
    }

    /** log p̃(x). */
    public double logProbability(int x) {
        return Math.log(dataDistribution[x]);
    }

    /** H(p̃) in nats. */
    public double entropy() {
        double h = 0;
        for (double p : dataDistribution) {
            h -= p * Math.log(p);
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && categories == p.categories && latentDim == p.latentDim
                && Arrays.equals(dataDistribution, p.dataDistribution) && voronoiCell == p.voronoiCell
                && argmaxLearnPrior == p.argmaxLearnPrior;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dataDistribution) * 31 + categories * 7 + latentDim + voronoiCell.hashCode()
                + (argmaxLearnPrior ? 1 : 0);
    }

    @Override
    public String toString() {
        return "Problem[K=" + categories + ", p=" + Arrays.toString(dataDistribution) + ", d=" + latentDim
                + ", voronoiCell=" + voronoiCell.id() + ", argmaxLearnPrior=" + argmaxLearnPrior + "]";
    }
}
