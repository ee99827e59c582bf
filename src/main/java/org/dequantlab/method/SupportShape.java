package org.dequantlab.method;

/** The kind of region a category's support is, for explanations and drawing (docs/maths.md §1–§4, §7). */
public enum SupportShape {
    /** All of the latent space (CatNF). */
    WHOLE_SPACE,
    /** An interval learned in the component's own CDF space, with gaps ("ocean") between (TRUFL in 1-D). */
    BAND,
    /**
     * An axis-aligned box, an interval learned per axis in the component's own CDF space, with ocean
     * between boxes (TRUFL in 2-D, docs/maths.md §7.1).
     */
    BOX,
    /** A fixed orthant given by the category's sign code (Argmax: a half-line in 1-D, a quadrant in 2-D). */
    ORTHANT,
    /** A Voronoi cell around a learned anchor (Voronoi: an interval in 1-D, a convex polygon in 2-D). */
    CELL
}
