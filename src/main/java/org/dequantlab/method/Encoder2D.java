package org.dequantlab.method;

/**
 * An {@link Encoder} on a 2-D latent z = (z₁, z₂) (docs/maths.md §7), with the fast paths the 2-D
 * metrics, the density field and the sampler use. Axes are numbered 0 (z₁) and 1 (z₂) in code.
 *
 * <p>The prior is {@link #prior()}: independent logistics, uniform on the CDF square v = F(z). Every
 * decoration is a 2-D kind ({@link Decoration.Region}, {@link Decoration.Wall2D},
 * {@link Decoration.Anchor2D}); every support is a {@link Box} or a {@link ConvexCell} (or the whole
 * plane for CatNF, given as the infinite box).
 */
public interface Encoder2D extends Encoder {

    @Override
    default int dimension() {
        return 2;
    }

    /** log q(z|x) at z = (z1, z2), −∞ outside x's support. */
    double logDensity(int x, double z1, double z2);

    @Override
    default double logDensity(int x, double[] z) {
        return logDensity(x, z[0], z[1]);
    }

    /** ℓ_x(z) = log q(z|x) + log p̃(x). */
    default double logJoint(int x, double z1, double z2) {
        return logDensity(x, z1, z2) + problem().logProbability(x);
    }

    /** Whether (z1, z2) lies in x's support. */
    default boolean contains(int x, double z1, double z2) {
        return support(x).contains(new double[] {z1, z2});
    }

    /**
     * Positions on axis d (0 or 1) where a density, a support or the decoder may change abruptly along
     * that axis (support edges, features of narrow components, polygon vertices): tensor-grid
     * quadratures over the plane split there. May contain infinities (ignored).
     */
    double[] breakpoints(int axis);

    /**
     * log q(z|x) on the tensor grid z = (axis0[i], axis1[j]) into {@code out[x][j·n0 + i]} (row j along z₂,
     * column i along z₁; n0 = axis0.length), −∞ outside the supports. The default evaluates point by
     * point; factorised methods override it with per-axis terms (O(K·G) transcendental functions for a
     * G×G grid instead of O(K·G²)).
     */
    default void logDensitiesOnGrid(double[] axis0, double[] axis1, double[][] out) {
        int n0 = axis0.length;
        for (int x = 0; x < categories(); x++) {
            for (int j = 0; j < axis1.length; j++) {
                for (int i = 0; i < n0; i++) {
                    out[x][j * n0 + i] = logDensity(x, axis0[i], axis1[j]);
                }
            }
        }
    }

    /**
     * Whether the supports never overlap (a point lies in at most one), as for Argmax's quadrants and
     * Voronoi's cells: then p(x|z) is the indicator of x's support and p_model(x) = ∫ p(z)·p(x|z) dz is
     * exactly the support's prior mass.
     */
    default boolean disjointSupports() {
        return false;
    }

    /**
     * Whether the sampling path is separable: z_d depends on u₀_d only ({@link #axisPath}), as for the
     * factorised methods (TRUFL, CatNF, Argmax). Metrics then evaluate tensor grids of samples with
     * {@link #logDensitiesOnGrid}.
     */
    default boolean separablePath() {
        return false;
    }

    /** z_d(u₀_d) of category x on axis d, for a separable path (z_d increases with u₀_d). */
    default double axisPath(int x, int d, double u0) {
        throw new UnsupportedOperationException("the sampling path of " + method().id() + " is not separable");
    }

    /** The inverse of {@link #axisPath}: the CDF of q's axis-d marginal at z, in [0, 1]. */
    default double axisCdf(int x, int d, double z) {
        throw new UnsupportedOperationException("the sampling path of " + method().id() + " is not separable");
    }

    @Override
    default void logDensities(double[][] points, double[][] out) {
        for (int x = 0; x < categories(); x++) {
            for (int i = 0; i < points.length; i++) {
                out[x][i] = logDensity(x, points[i][0], points[i][1]);
            }
        }
    }
}
