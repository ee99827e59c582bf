package org.dequantlab.render.plane;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.dequantlab.metrics.DensityField;
import org.dequantlab.metrics.Plane;
import org.dequantlab.render.CategoryPalette;

/**
 * A {@link DensityField} turned into one image, pixel for pixel at the size it is drawn (docs/maths.md §7):
 * <ul>
 *   <li>each cell's colour is the categories' Okabe–Ito colours mixed in proportion to their shares
 *       p̃(x)·q(z|x) / q(z), i.e. by the decoder's posterior p(x|z), and its strength grows with the
 *       aggregate density q(z) ({@link #strength}): white where the aggregate has no mass;</li>
 *   <li>the ocean (no support reaches, {@code decoded == −1}) is hatched;</li>
 *   <li>a thin dark line runs where the decoded category changes (the decoder's regions).</li>
 * </ul>
 * The cells' colours are computed once per field (G×G·K operations); the pixels (side² lookups) once per
 * field and size. One instance per panel and drawing thread: it keeps its field, its colours and its image.
 */
public final class HeatMapImage {
    /** Colour of the ocean's hatching (as in the 1-D decoder strip). */
    public static final int OCEAN_HATCH = 0xB8C4CC;
    /** Colour of the ocean between the hatch lines. */
    public static final int OCEAN_BACKGROUND = 0xFFFFFF;
    /** Colour of the lines where the decoded category changes. */
    public static final int BOUNDARY = 0x303030;
    /** In the CDF square the aggregate density (with respect to v) at which a cell is at full strength. */
    public static final double CDF_FULL = 1.25;

    private static final int OCEAN = -1;

    private DensityField field;
    private int[] cells = new int[0];
    private int[] decoded = new int[0];
    private BufferedImage image;
    private int drawnSide = -1, drawnStep = -1;
    private boolean drawnLines;
    private DensityField drawnField;

    /**
     * The image of {@code f} at {@code side}×{@code side} pixels (top row = the largest second coordinate),
     * the ocean hatched every {@code hatchStep} pixels, with the lines where the decoded category changes if
     * {@code regionLines} (methods whose supports never overlap leave them out: their outlines are those
     * lines, exactly). The same arguments return the same image.
     */
    public BufferedImage paint(DensityField f, int side, int hatchStep, boolean regionLines) {
        side = Math.max(1, side);
        hatchStep = Math.max(3, hatchStep);
        if (f != field) {
            colourCells(f);
        }
        if (image == null || image.getWidth() != side) {
            image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            drawnField = null;
        }
        if (drawnField != f || drawnSide != side || drawnStep != hatchStep || drawnLines != regionLines) {
            fill(f.size(), side, hatchStep, regionLines);
            drawnField = f;
            drawnSide = side;
            drawnStep = hatchStep;
            drawnLines = regionLines;
        }
        return image;
    }

    /**
     * How strongly a cell of aggregate density {@code a} shows its colour, 0 (white) to 1. In the z-plane
     * relative to the field's largest aggregate, square-rooted so the tails stay visible; in the CDF square
     * against {@link #CDF_FULL}, so a perfect tiling (q ≡ 1 there) is an even, strong colour everywhere.
     */
    public static double strength(double a, double maxAggregate, Plane plane) {
        double top = plane == Plane.CDF_SQUARE ? CDF_FULL : maxAggregate;
        if (!(a > 0) || !(top > 0)) {
            return 0;
        }
        return Math.sqrt(Math.min(1, a / top));
    }

    /** A cell's colour (RGB) from its shares and aggregate, as {@link #paint} draws it. */
    public static int cellColour(DensityField f, int i) {
        if (f.decoded(i) < 0) {
            return OCEAN_BACKGROUND;
        }
        double a = f.aggregate(i);
        double t = strength(a, f.maxAggregate(), f.plane());
        double r = 0, g = 0, b = 0;
        if (t > 0) {
            for (int x = 0; x < f.categories(); x++) {
                double w = f.share(x, i) / a;
                if (w > 0) {
                    Color c = CategoryPalette.color(x);
                    r += w * c.getRed();
                    g += w * c.getGreen();
                    b += w * c.getBlue();
                }
            }
        }
        return rgb(255 - t * (255 - r), 255 - t * (255 - g), 255 - t * (255 - b));
    }

    private static int rgb(double r, double g, double b) {
        return (channel(r) << 16) | (channel(g) << 8) | channel(b);
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private void colourCells(DensityField f) {
        int n = f.size() * f.size();
        if (cells.length != n) {
            cells = new int[n];
            decoded = new int[n];
        }
        for (int i = 0; i < n; i++) {
            decoded[i] = f.decoded(i);
            cells[i] = decoded[i] < 0 ? OCEAN : cellColour(f, i);
        }
        field = f;
    }

    private void fill(int g, int side, int step, boolean lines) {
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] cols = new int[side];
        int[] rows = new int[side];
        for (int i = 0; i < side; i++) {
            cols[i] = Math.min(g - 1, (int) ((i + 0.5) / side * g));
            rows[i] = g - 1 - cols[i]; // image row i (top down) holds field row G−1−…: row 0 is the bottom
        }
        for (int j = 0; j < side; j++) {
            int rowStart = rows[j] * g;
            int below = j + 1 < side && rows[j + 1] != rows[j] ? rows[j + 1] * g : -1;
            int out = j * side;
            for (int i = 0; i < side; i++) {
                int idx = rowStart + cols[i];
                int d = decoded[idx];
                int colour = cells[idx];
                if (colour == OCEAN) {
                    colour = (i + j) % step == 0 ? OCEAN_HATCH : OCEAN_BACKGROUND;
                }
                if (lines && (i + 1 < side && cols[i + 1] != cols[i] && decoded[idx + 1] != d
                        || below >= 0 && decoded[below + cols[i]] != d)) {
                    colour = BOUNDARY;
                }
                px[out + i] = colour;
            }
        }
    }
}
