package org.dequantlab.objective;

/**
 * The weights in force at one step: λ_rec, the effective λ_kl (after KL annealing) and the free-bits
 * floor on each category's KL.
 */
public record LossWeights(double lambdaRec, double lambdaKl, double freeBits) {

    /**
     * The weights of {@code config} after {@code step} completed steps: with annealing over N steps,
     * λ_kl·min(1, step/N) (Bowman et al. 2016; docs/maths.md §5).
     */
    public static LossWeights at(WeightSchedule config, long step) {
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

    /**
     * Whether category x's KL is below the free-bits floor, so its KL part carries no gradient. Never
     * without free bits: a Monte Carlo KL estimate can be negative, and a floor of 0 must not drop it
     * (it did: single-draw estimates then lost their KL gradient whenever the draw's KL was below 0).
     */
    public boolean floored(double klOfCategory) {
        return freeBits > 0 && klOfCategory < freeBits;
    }
}
