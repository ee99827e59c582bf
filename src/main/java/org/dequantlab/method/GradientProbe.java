package org.dequantlab.method;

import java.util.SplittableRandom;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * The anatomy of one method's gradient at one parameter vector, through the {@link Objective}
 * interface only (what the gradient-anatomy view needs, docs/maths.md §1.6): for every raw parameter,
 * named by the method's {@link ParameterLayout}, the exact gradient, its pathwise and boundary parts,
 * and the naive Monte Carlo gradient as the mean and standard error of N single-draw estimates (each
 * draw is one u₀ per category; their mean is the N-sample pathwise estimate, free bits aside).
 */
public final class GradientProbe {
    /** One parameter's figures. */
    public record Entry(String name, double exact, double pathwise, double boundary, double mcMean,
            double mcStdErr) {}

    private GradientProbe() {}

    /**
     * Probes {@code method} at {@code theta}.
     *
     * @param draws  single-draw Monte Carlo estimates to average (at least 2)
     * @param random the stream the draws come from
     */
    public static Entry[] probe(DequantMethod method, Problem problem, double[] theta, LossWeights weights, int draws,
            SplittableRandom random) {
        if (draws < 2) {
            throw new IllegalArgumentException("need at least 2 draws for a standard error, got " + draws);
        }
        ParameterLayout layout = method.layout(problem);
        Objective objective = method.objective(problem, DequantMethod.METRICS_NODES);
        Encoder encoder = method.encoder(problem, theta.clone());
        GradientParts parts = new GradientParts(theta.length);
        objective.exact(encoder, weights, parts, new ObjectiveValue());
        double[] sum = new double[theta.length], sumSq = new double[theta.length], g = new double[theta.length];
        ObjectiveValue scratch = new ObjectiveValue();
        for (int n = 0; n < draws; n++) {
            objective.monteCarlo(encoder, weights, 1, random, g, scratch);
            for (int i = 0; i < g.length; i++) {
                sum[i] += g[i];
                sumSq[i] += g[i] * g[i];
            }
        }
        Entry[] out = new Entry[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double mean = sum[i] / draws;
            double var = Math.max(0, (sumSq[i] - draws * mean * mean) / (draws - 1));
            out[i] = new Entry(layout.symbol(i), parts.pathwise()[i] + parts.boundary()[i], parts.pathwise()[i],
                    parts.boundary()[i], mean, Math.sqrt(var / draws));
        }
        return out;
    }
}
