package org.dequantlab.objective;

/**
 * The settings that fix the loss weights at a step: λ_rec, λ_KL, the KL-annealing length and the
 * free-bits floor. The experiment configuration implements it, so this package needs nothing above it.
 */
public interface WeightSchedule {
    double lambdaRec();

    double lambdaKl();

    /** λ_KL ramps linearly from 0 over this many steps; 0 = off. */
    long klAnnealSteps();

    /** Floor on each category's KL (nats); 0 = off. */
    double freeBits();
}
