package org.dequantlab.method;

/** The kind of region a category's support is, for explanations and drawing (docs/maths.md §1–§4, §7). */
public enum SupportShape {
    /** All of the latent space (CatNF). */
    WHOLE_SPACE,
    /** An interval learned in the component's own CDF space, with gaps ("ocean") between (TRUFL). */
    BAND,
    /** A fixed orthant given by the category's sign code (Argmax). */
    ORTHANT,
    /** A Voronoi cell around a learned anchor (Voronoi). */
    CELL
}
