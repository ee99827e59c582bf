package org.dequantlab.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.svg.SVGGraphics2D;

/**
 * A sample's three marks (cross, disc, outline ring) drawn once into small images, {@link #STEPS}×{@link #STEPS}
 * of them per mark for as many sub-pixel positions, and stamped at each point: thousands of points cost a frame
 * a few milliseconds instead of the tens that anti-aliasing each small shape again takes. The marks are
 * {@link SampleLayer}'s shapes, so the picture is the one the paths draw, each point within 1/8 pixel of where
 * it is. The outline rings go into one mask first and onto the frame at the outline's alpha, so where rings
 * overlap they are as light as one ring, as when their union is filled. Raster targets only (an SVG gets the
 * shapes themselves); the stamps are shared by all threads and read only.
 */
final class SampleStamps {
    /** Sub-pixel positions per axis. */
    static final int STEPS = 4;
    private static final Map<String, SampleStamps> CACHE = new ConcurrentHashMap<>();

    private final BufferedImage[] images = new BufferedImage[STEPS * STEPS];
    /** Pixels from an image's corner to the centre of its mark (at sub-pixel position 0). */
    private final int pad;

    private SampleStamps(Shape mark, Color colour, int pad) {
        this.pad = pad;
        int size = 2 * pad + 1;
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < STEPS; j++) {
                BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.setColor(colour);
                g.translate(pad + (double) i / STEPS, pad + (double) j / STEPS);
                g.fill(mark);
                g.dispose();
                images[i * STEPS + j] = image;
            }
        }
    }

    /**
     * Whether stamps can stand in for the shapes on {@code g}: a raster target (not an SVG document) drawn
     * without scaling, at whole-pixel offsets.
     */
    static boolean usable(Graphics2D g) {
        AffineTransform t = g.getTransform();
        return !(g instanceof SVGGraphics2D) && (t.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0
                && t.getTranslateX() == Math.rint(t.getTranslateX()) && t.getTranslateY() == Math.rint(t.getTranslateY());
    }

    /** The stamps of {@code mark} (centred on the origin) in {@code colour}; {@code key} names mark and colour. */
    private static SampleStamps of(String key, Shape mark, Color colour, double s) {
        if (CACHE.size() > 64) { // scales come and go (presentation mode): keep the cache small
            CACHE.clear();
        }
        int pad = (int) Math.ceil(SampleLayer.radius(s) + s) + 1; // the ring reaches r + 0.8 s, a cross r + 0.92 s
        return CACHE.computeIfAbsent(key + "@" + s, k -> new SampleStamps(mark, colour, pad));
    }

    /** A rejected point's cross. */
    static SampleStamps cross(double s) {
        Path2D p = new Path2D.Double(Path2D.WIND_NON_ZERO);
        SampleLayer.cross(p, 0, 0, SampleLayer.radius(s), s);
        return of("cross", p, SampleLayer.REJECTED, s);
    }

    /** An accepted point's disc in {@code colour}. */
    static SampleStamps disc(Color colour, double s) {
        Path2D p = new Path2D.Double(Path2D.WIND_NON_ZERO);
        SampleLayer.circle(p, 0, 0, SampleLayer.radius(s), false);
        return of("disc" + colour.getRGB(), p, colour, s);
    }

    /** An accepted point's outline ring, opaque (its alpha is applied to the mask of all rings). */
    static SampleStamps ring(double s) {
        Path2D p = new Path2D.Double(Path2D.WIND_NON_ZERO);
        SampleLayer.ring(p, 0, 0, SampleLayer.radius(s), s);
        return of("ring", p, Color.WHITE, s);
    }

    /** Stamps the mark centred at each point (x, y) of {@code at}. */
    void stamp(Graphics2D g, List<double[]> at, int dx, int dy) {
        for (double[] p : at) {
            double x = p[0] + dx, y = p[1] + dy;
            int ix = (int) Math.floor(x), iy = (int) Math.floor(y);
            int qx = (int) Math.round((x - ix) * STEPS), qy = (int) Math.round((y - iy) * STEPS);
            if (qx == STEPS) {
                ix++;
                qx = 0;
            }
            if (qy == STEPS) {
                iy++;
                qy = 0;
            }
            g.drawImage(images[qx * STEPS + qy], ix - pad, iy - pad, null);
        }
    }

    /**
     * Draws the rings around {@code at} as their union in {@code colour} (its alpha once, where rings overlap
     * too): all rings into one mask the size of their bounds, then the mask onto {@code g}.
     */
    static void rings(Graphics2D g, List<double[]> at, Color colour, double s) {
        if (at.isEmpty()) {
            return;
        }
        SampleStamps ring = ring(s);
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY,
                y1 = Double.NEGATIVE_INFINITY;
        for (double[] p : at) {
            x0 = Math.min(x0, p[0]);
            y0 = Math.min(y0, p[1]);
            x1 = Math.max(x1, p[0]);
            y1 = Math.max(y1, p[1]);
        }
        int left = (int) Math.floor(x0) - ring.pad - 1, top = (int) Math.floor(y0) - ring.pad - 1;
        int w = (int) Math.ceil(x1) + ring.pad + 2 - left, h = (int) Math.ceil(y1) + ring.pad + 2 - top;
        BufferedImage mask = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D m = mask.createGraphics();
        ring.stamp(m, at, -left, -top);
        m.dispose();
        if ((colour.getRGB() & 0xFFFFFF) != 0xFFFFFF) { // the rings are stamped white: tint them if need be
            Graphics2D t = mask.createGraphics();
            t.setComposite(AlphaComposite.SrcIn);
            t.setColor(new Color(colour.getRGB() & 0xFFFFFF));
            t.fillRect(0, 0, w, h);
            t.dispose();
        }
        Composite before = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, colour.getAlpha() / 255f));
        g.drawImage(mask, left, top, null);
        g.setComposite(before);
    }
}
