package org.dequantlab.method;

import java.util.List;
import org.dequantlab.model.Parameters;

/**
 * One method's encoder q(z|x) at one parameter vector θ, for a latent of dimension d: what the
 * objective, the metrics, the sampler, the renderer and the hit-tester ask, without knowing which
 * method it is. Immutable, so snapshots can carry it across threads.
 *
 * <p>Points z are {@code double[d]}. A 1-D encoder implements {@link Encoder1D}, whose scalar methods
 * are the fast paths the 1-D metrics and drawing use; a 2-D encoder implements {@link Encoder2D}
 * (tensor grids, breakpoints per axis, the 2-D supports and decorations), which the 2-D metrics, the
 * density fields and the sampler use.
 *
 * <p>The decoder is the same for every method: the posterior of q(x, z) = p̃(x)·q(z|x),
 * p(x|z) ∝ exp ℓ_x(z) with ℓ_x(z) = log q(z|x) + log p̃(x), decoded by {@link Posterior#decode} (ties
 * go to the lowest index). Methods whose supports do not overlap (Argmax, Voronoi) therefore decode
 * deterministically with nothing special (docs/maths.md §1.4, §3, §4).
 */
public interface Encoder {

    /** The method this encoder belongs to. */
    DequantMethod method();

    /** The toy it encodes. */
    Problem problem();

    /** K. */
    default int categories() {
        return problem().categories();
    }

    /** d, the latent dimension. */
    int dimension();

    /** The prior p(z) this encoder's KL is measured against. */
    LatentPrior prior();

    /** log q(z|x), −∞ outside x's support. */
    double logDensity(int x, double[] z);

    /** Category x's support as a region (an interval in 1-D; a box, orthant or cell in 2-D). */
    Support support(int x);

    /**
     * log q(z_i|x) for a batch of points (rows of {@code points}, each of length d) into
     * {@code out[x][i]}, −∞ outside the supports: what a G^d density grid asks. The default evaluates
     * point by point; a method may batch it.
     */
    default void logDensities(double[][] points, double[][] out) {
        for (int x = 0; x < categories(); x++) {
            for (int i = 0; i < points.length; i++) {
                out[x][i] = logDensity(x, points[i]);
            }
        }
    }

    /** ℓ_x(z) = log q(z|x) + log p̃(x), −∞ outside x's support. */
    default double logJoint(int x, double[] z) {
        return logDensity(x, z) + problem().logProbability(x);
    }

    /**
     * The sampling path: the point z(u₀) of category x for a base point u₀ ∈ (0,1)^d, written into
     * {@code z}; returns log q(z|x) computed along the path (never −∞ by round-off at a support's end,
     * docs/maths.md §1.3). A uniform u₀ gives a sample of q(·|x).
     */
    double sample(int x, double[] u0, double[] z);

    /** Prior mass outside every support, 1 − P(S) (docs/maths.md §1.7). */
    double oceanMass();

    /** Natural parameters for tables, JSON and tooltips. */
    Parameters parameters();

    /** What the panel draws beyond the densities (bands, walls, anchors). */
    List<Decoration> decorations();

    /** Category x's parameters for a tooltip, e.g. "μ = 0.12, s = 0.98". */
    String describeComponent(int x);

    /**
     * What the support of category x is, for a tooltip over it (e.g. "TRUFL band of x=0: … support
     * z ∈ (…)"), or null when the support is the whole space and says nothing (CatNF).
     */
    String describeSupport(int x);

    /** Why this parameter vector is degenerate (a collapsed interval or cell), or null when it is fine. */
    String degenerate();
}
