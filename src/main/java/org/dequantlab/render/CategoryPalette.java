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
        return hex(color(category));
    }

    /**
     * The category's colour for text on white: its hue, darkened until the contrast ratio with white
     * is at least {@link #TEXT_CONTRAST} (WCAG AA for normal text). The Okabe–Ito yellow of x = 3 has
     * 1.2 : 1 and the orange of x = 0 2.0 : 1, unreadable as text; the blue of x = 4 already passes.
     */
    public static Color textColor(int category) {
        Color c = lineColor(category);
        for (int i = 0; i < 40 && contrastWithWhite(c) < TEXT_CONTRAST; i++) {
            c = new Color((int) (c.getRed() * 0.93), (int) (c.getGreen() * 0.93), (int) (c.getBlue() * 0.93));
        }
        return c;
    }

    /** {@link #textColor} as CSS hex. */
    public static String textHex(int category) {
        return hex(textColor(category));
    }

    /** The least contrast with white that text in a category's colour has. */
    public static final double TEXT_CONTRAST = 4.5;

    /** The WCAG contrast ratio of a colour against white, from 1 (white) to 21 (black). */
    public static double contrastWithWhite(Color c) {
        return 1.05 / (luminance(c) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
