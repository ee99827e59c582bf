package org.dequantlab.method;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.dequantlab.objective.LossWeights;

/**
 * A dequantisation method: what every part of DequantLab asks instead of branching on which method
 * it is. One implementation per method, registered once in {@link Methods}; instances are stateless
 * singletons, compared by identity.
 *
 * <p>Per problem ({@link Problem}: K, p̃, latent dimension, method options) a method gives its raw
 * parameter layout with names, an initialisation, the {@link Encoder} at a parameter vector (log
 * density, supports, sampling path, decorations) and an {@link Objective} that evaluates the loss with
 * its gradient split into pathwise and boundary parts.
 */
public interface DequantMethod {
    /** Gauss–Legendre nodes per piece when training. */
    int TRAINING_NODES = 12;
    /** Gauss–Legendre nodes per piece for the monitored metrics. */
    int METRICS_NODES = 48;

    /** Name in JSON, on the command line and in files: lower case, no spaces. */
    String id();

    /** Name shown to people. */
    String label();

    /** One line on what the method is, for help texts. */
    String summary();

    /**
     * Why this method cannot serve the problem (a message that names the configuration field and what
     * would work), or null when it can.
     */
    default String refusal(Problem problem) {
        return null;
    }

    /** The raw parameter vector's layout and names. */
    ParameterLayout layout(Problem problem);

    /**
     * The initial raw parameters. {@code random} is the run's initialisation stream, seeded the same
     * for every method of a run, so methods that draw the same noise start from the same locations.
     */
    double[] initialise(Problem problem, SplittableRandom random);

    /** The encoder at raw parameters θ (not copied: do not change θ while the encoder is in use). */
    Encoder encoder(Problem problem, double[] theta);

    /** What kind of region each category's support is (in a 1-D latent). */
    SupportShape supportShape();

    /** What kind of region each category's support is in {@code problem}'s latent (e.g. TRUFL: a band in 1-D, a box in 2-D). */
    default SupportShape supportShape(Problem problem) {
        return supportShape();
    }

    /** A new evaluator with {@code nodes} Gauss–Legendre nodes per quadrature piece. */
    Objective objective(Problem problem, int nodes);

    /**
     * Whether the exact gradient can have a boundary (jump) part, i.e. whether the decoder's answer can
     * jump inside a category's support (docs/maths.md §1.6). Methods without it train exactly with the
     * plain pathwise estimator.
     */
    boolean hasBoundaryTerms(Problem problem);

    /**
     * The method's own optimum of the weighted loss where a closed form exists (e.g. Argmax's
     * λ_KL·[H(p̃) + KL(p̃‖π)], docs/maths.md §3), or empty. The general bound min(λ_rec, λ_KL)·H(p̃)
     * applies to every method regardless.
     */
    default OptionalDouble ownOptimum(Problem problem, LossWeights weights) {
        return OptionalDouble.empty();
    }

    /** How {@link #ownOptimum} is written, e.g. "λ_KL·[H(p̃) + KL(p̃‖π)]", or null. */
    default String ownOptimumFormula(Problem problem) {
        return null;
    }

    /**
     * The dash pattern of this method's loss curves in pixels at 100% (on, off, …), or null for a solid
     * line. Every method has its own, so curves are told apart without colour.
     */
    float[] curveDash();

    /**
     * Whether the ideal partition z = logit(p̃(0) + … + p̃(x)) (cells of prior mass p̃(x) in category
     * order) is something this method's panel can reach and should mark.
     */
    default boolean showsIdealPartition() {
        return false;
    }
}
