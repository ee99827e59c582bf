package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stamped mark is the shape it stands for, filled where the point is (to 1/{@value SampleStamps#STEPS} px). */
class SampleStampsTest {
    private static final int SIZE = 40;

    @Test
    void aStampedDiscIsTheFilledDiscAtEverySubPixelPosition() {
        for (double s : new double[] {1.0, 1.75}) {
            for (int i = 0; i < 8; i++) {
                double x = 20 + i / 8.0, y = 19 + (7 - i) / 8.0;
                BufferedImage stamped = image();
                Graphics2D g = stamped.createGraphics();
                SampleStamps.disc(Color.BLACK, s).stamp(g, List.of(new double[] {x, y}), 0, 0);
                g.dispose();
                Path2D disc = new Path2D.Double();
                SampleLayer.circle(disc, x, y, SampleLayer.radius(s), false);
                BufferedImage filled = fill(disc);
                assertTrue(maxAlphaDifference(stamped, filled) <= 80,
                        "only edge pixels differ, by the rounding to a sub-pixel step: s " + s + ", x " + x);
                assertEquals(coverage(filled), coverage(stamped), 0.02 * coverage(filled), "the same area");
            }
        }
    }

    @Test
    void overlappingRingsAreAsLightAsOneRing() {
        double s = 3.5, r = SampleLayer.radius(s);
        double[] a = {13, 20}, b = {25, 20};
        BufferedImage rings = image();
        Graphics2D g = rings.createGraphics();
        SampleStamps.rings(g, List.of(a, b), new Color(0, 0, 0, 100), s);
        g.dispose();
        int inBoth = 0;
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                if (insideRing(x, y, a, r, s) && insideRing(x, y, b, r, s)) {
                    inBoth++;
                    assertEquals(100, rings.getRGB(x, y) >>> 24, 2, "where both rings cover pixel " + x + "," + y
                            + " its alpha is the outline's, once");
                }
            }
        }
        assertTrue(inBoth > 0, "the rings share whole pixels");
    }

    /** Whether the pixel at (x, y) lies wholly in the ring from r to r + 0.8 s around c (all four corners). */
    private static boolean insideRing(int x, int y, double[] c, double r, double s) {
        for (int dx = 0; dx <= 1; dx++) {
            for (int dy = 0; dy <= 1; dy++) {
                double d = Math.hypot(x + dx - c[0], y + dy - c[1]);
                if (d < r + 0.05 || d > r + 0.8 * s - 0.05) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BufferedImage image() {
        return new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    }

    private static BufferedImage fill(Path2D shape) {
        BufferedImage im = image();
        Graphics2D g = im.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.BLACK);
        g.fill(shape);
        g.dispose();
        return im;
    }

    private static int maxAlphaDifference(BufferedImage a, BufferedImage b) {
        int m = 0;
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                m = Math.max(m, Math.abs((a.getRGB(x, y) >>> 24) - (b.getRGB(x, y) >>> 24)));
            }
        }
        return m;
    }

    private static double coverage(BufferedImage a) {
        double sum = 0;
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                sum += (a.getRGB(x, y) >>> 24) / 255.0;
            }
        }
        return sum;
    }
}
