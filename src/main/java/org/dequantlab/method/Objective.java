package org.dequantlab.method;

import java.util.SplittableRandom;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * A method's evaluator of the weighted objective (docs/maths.md §1.5)
 *
 * <pre>
 *   L = Σ_x p̃(x)·(λ_rec·Rec_x + λ_KL·max(floor, KL_x)),
 *   Rec_x = E_q[−log p(x|z)],  KL_x = E_q[log q(z|x) − log p(z)],
 * </pre>
 *
 * and of its gradient with respect to the raw parameters θ (the layout of
 * {@link DequantMethod#layout}). Not thread-safe: one instance per thread; it may reuse scratch
 * arrays.
 */
public interface Objective {

    /**
     * The value by deterministic quadrature and, if {@code gradient} is not null, the exact gradient
     * split into its pathwise (interior) and boundary (jump) parts, which sum to the true gradient of
     * the quadrature value (docs/maths.md §1.6, Appendix B).
     *
     * @return {@code out}
     */
    ObjectiveValue exact(Encoder encoder, LossWeights weights, GradientParts gradient, ObjectiveValue out);

    /**
     * The plain pathwise Monte Carlo estimate with {@code samples} draws of u₀ per category from
     * {@code random} and, if {@code gradient} is not null, the gradient the reparameterisation
     * estimator (autodiff) gives: no boundary terms.
     *
     * @return {@code out}
     */
    ObjectiveValue monteCarlo(Encoder encoder, LossWeights weights, int samples, SplittableRandom random,
            double[] gradient, ObjectiveValue out);
}
