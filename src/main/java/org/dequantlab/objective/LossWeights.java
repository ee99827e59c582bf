package org.dequantlab.objective;

import org.dequantlab.config.ExperimentConfig;

/**
 * The weights in force at one step: λ_rec, the effective λ_kl (after KL annealing) and the free-bits
 * floor on each category's KL.
 */
public record LossWeights(double lambdaRec, double lambdaKl, double freeBits) {

    /**
     * The weights of {@code config} after {@code step} completed steps: with annealing over N steps,
     * λ_kl·min(1, step/N) (Bowman et al. 2016; math.md §5).
     */
    public static LossWeights at(ExperimentConfig config, long step) {
        double kl = config.lambdaKl();
        if (config.klAnnealSteps() > 0 && step < config.klAnnealSteps()) {
            kl *= (double) step / config.klAnnealSteps();
        }
        return new LossWeights(config.lambdaRec(), kl, config.freeBits());
    }

    /** Plain weights, no free bits. */
    public static LossWeights of(double lambdaRec, double lambdaKl) {
        return new LossWeights(lambdaRec, lambdaKl, 0);
    }
}
