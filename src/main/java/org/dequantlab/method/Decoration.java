package org.dequantlab.method;

/**
 * What a method's panel draws beyond densities, prior and decoder strip, and what the hit-tester
 * can point at: a method lists these ({@link Encoder#decorations()}) and the renderer draws each
 * kind the same way for every method.
 *
 * <p>1-D kinds: {@link Band}, {@link Wall}, {@link Anchor} (z on the line). 2-D kinds, given in both
 * coordinate systems the window draws (the z-plane and the prior's CDF square v = F(z), see
 * {@link PlanePath} and docs/notes-2d-drawing.md): {@link Region} (a support's outline: TRUFL's box,
 * Argmax's quadrant, Voronoi's polygon), {@link Wall2D} (Argmax's fixed axes, Voronoi's cell walls) and
 * {@link Anchor2D} (Voronoi's anchors). A 1-D encoder lists only 1-D kinds, a 2-D encoder only 2-D kinds.
 */
public sealed interface Decoration {

    /** The category a decoration belongs to (colour), or −1 for none. */
    int category();

    /**
     * A category's support band (z from low to high), shaded in its colour with its finite ends ticked
     * (TRUFL's truncation intervals).
     *
     * @param lowU  the low end in the component's own CDF coordinate (for explanations), NaN if none
     * @param highU the high end likewise
     */
    record Band(int category, double low, double high, double lowU, double highU) implements Decoration {}

    /**
     * A fixed or learned wall between decoded regions at z: Argmax's orthant wall, a Voronoi cell wall.
     *
     * @param role  what kind of wall, for explanations
     * @param left  category decoded just left of the wall (−1 none)
     * @param right category decoded just right of it (−1 none)
     * @param w     the wall in the method's own coordinate (Voronoi: w = 2σ(z) − 1), NaN if none
     */
    record Wall(Role role, double z, int left, int right, double w) implements Decoration {
        @Override
        public int category() {
            return -1;
        }
    }

    /**
     * A category's anchor point at z (Voronoi's cell centre).
     *
     * @param w the anchor in the method's own coordinate, NaN if none
     */
    record Anchor(int category, double z, double w) implements Decoration {}

    /**
     * A category's support in the plane, to be outlined (dotted, in its colour, as in the blog's figure).
     *
     * @param shape the kind of region ({@link SupportShape#BOX} for TRUFL, {@link SupportShape#ORTHANT}
     *              for Argmax's quadrant, {@link SupportShape#CELL} for Voronoi's polygon)
     * @param z     the closed outline in the z-plane (clamped to ±{@link PlanePath#Z_CLAMP}; curved edges
     *              densified)
     * @param v     the closed outline in the prior's CDF square (straight edges, exact vertices)
     */
    record Region(int category, SupportShape shape, PlanePath z, PlanePath v) implements Decoration {}

    /**
     * A fixed or learned wall in the plane: one of Argmax's axes z_d = 0 (role {@link Role#ORTHANT},
     * {@code left} = {@code right} = −1 since an axis separates several quadrants) or a Voronoi wall, the
     * edge two cells share (role {@link Role#CELL}, between {@code left} and {@code right}).
     *
     * @param z the wall in the z-plane (densified where curved, clamped)
     * @param v the wall in the prior's CDF square
     */
    record Wall2D(Role role, PlanePath z, PlanePath v, int left, int right) implements Decoration {
        @Override
        public int category() {
            return -1;
        }
    }

    /**
     * A category's anchor in the plane (Voronoi's cell centre): at (z1, z2), at (v1, v2) in the prior's
     * CDF square; its box coordinate is w = 2v − 1.
     */
    record Anchor2D(int category, double z1, double z2, double v1, double v2) implements Decoration {}

    /** Kinds of walls. */
    enum Role {
        /** Argmax: the sign of z decides the category. */
        ORTHANT,
        /** Voronoi: the midpoint between two neighbouring anchors, or the box's end. */
        CELL
    }
}
