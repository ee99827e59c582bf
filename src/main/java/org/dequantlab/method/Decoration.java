package org.dequantlab.method;

/**
 * What a method's panel draws beyond densities, prior and decoder strip, and what the hit-tester
 * can point at: a method lists these ({@link Encoder#decorations()}) and the renderer draws each
 * kind the same way for every method. 1-D kinds; a 2-D method adds its own kinds (boxes, polygons).
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

    /** Kinds of walls. */
    enum Role {
        /** Argmax: the sign of z decides the category. */
        ORTHANT,
        /** Voronoi: the midpoint between two neighbouring anchors, or the box's end. */
        CELL
    }
}
