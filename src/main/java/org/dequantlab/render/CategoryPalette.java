package org.dequantlab.render;

import java.awt.Color;

/**
 * The one colour per category, everywhere (panels, strips, legends, readouts): the colour-blind-safe
 * Okabe–Ito set. The yellow is darkened for lines on white, where #F0E442 is hard to see.
 */
public final class CategoryPalette {
    private static final Color[] FILL = {
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73), new Color(0xF0E442),
        new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x000000)
    };
    private static final Color[] LINE = {
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73), new Color(0xC9BC12),
        new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x000000)
    };

    private CategoryPalette() {}

    /** Number of distinct colours (8 = the most categories a configuration allows). */
    public static int size() {
        return FILL.length;
    }

    /** The category's colour for fills, bands and swatches. */
    public static Color color(int category) {
        return FILL[Math.floorMod(category, FILL.length)];
    }

    /** The category's colour for lines and text on white. */
    public static Color lineColor(int category) {
        return LINE[Math.floorMod(category, LINE.length)];
    }

    /** The category's fill colour with an alpha from 0 to 255. */
    public static Color color(int category, int alpha) {
        Color c = color(category);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
    }

    /** The category's colour as CSS hex ({@code #E69F00}), for JavaFX styles. */
    public static String hex(int category) {
        Color c = color(category);
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
