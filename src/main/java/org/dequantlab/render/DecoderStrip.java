package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dequantlab.metrics.DensityCurves;

/**
 * The decoder strip beneath a panel: argmax_x p(x|z) in its category's colour, paler where the decoder
 * is unsure, hatched and labelled "ocean" where no support reaches. Runs of equal choice and equal
 * (quantised) confidence are one rectangle.
 */
final class DecoderStrip {
    private static final Color AXIS = new Color(0x444444);
    private static final Color OCEAN_HATCH = new Color(0xB8C4CC);
    private static final Map<Double, BufferedImage> HATCH_TILES = new ConcurrentHashMap<>();

    private DecoderStrip() {}

    /** Draws the strip of {@code c}; {@code xs} holds the x pixel of each grid point. */
    static void draw(Graphics2D g, PanelGeometry p, DensityCurves c, double[] xs, double s, Font smallFont) {
        int n = c.size();
        int k = c.categories();
        double top = p.stripY(), h = p.stripHeight();
        double left = p.plotX(), right = p.plotX() + p.plotWidth(); // runs are cut to the (zoomed) view
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i < n && c.decoded(i) == c.decoded(start)
                    && alphaLevel(c.confidence(i), k) == alphaLevel(c.confidence(start), k)) {
                continue;
            }
            double x0 = Math.max(left, start == 0 ? left : (xs[start - 1] + xs[start]) / 2);
            double x1 = Math.min(right, i == n ? right : (xs[i - 1] + xs[i]) / 2);
            if (x1 <= x0) {
                start = i;
                continue;
            }
            int d = c.decoded(start);
            Rectangle2D r = new Rectangle2D.Double(x0, top, x1 - x0, h);
            if (d < 0) {
                drawOcean(g, r, s, smallFont);
            } else {
                g.setColor(CategoryPalette.color(d, alphaLevel(c.confidence(start), k)));
                g.fill(r);
            }
            start = i;
        }
        g.setColor(AXIS);
        g.setStroke(new BasicStroke((float) s));
        g.draw(p.stripArea());
    }

    /** Alpha for a decoder confidence: full when sure, pale near 1/K (a guess), in 16 steps. */
    static int alphaLevel(double confidence, int categories) {
        double floor = 1.0 / categories;
        double t = (confidence - floor) / (1 - floor);
        t = Math.max(0, Math.min(1, t));
        int level = (int) Math.round(t * 15);
        return 45 + level * 14;
    }

    /**
     * One period of the ocean's hatch at scale {@code s} (6 s a whole number of pixels): a 6s×6s square with
     * the lines X + Y = 0, 6s and 12s, which tiles into the hatch drawn line by line otherwise. Filling with
     * it costs a strip one pass instead of anti-aliasing dozens of long lines every frame.
     */
    private static BufferedImage hatchTile(double s) {
        return HATCH_TILES.computeIfAbsent(s, k -> {
            int n = (int) Math.rint(6 * s);
            BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D t = tile.createGraphics();
            t.setColor(Color.WHITE);
            t.fillRect(0, 0, n, n);
            t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            t.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            t.setColor(OCEAN_HATCH);
            t.setStroke(new BasicStroke((float) s));
            for (int i = 0; i <= 2; i++) {
                t.draw(new Line2D.Double(i * n + 1.0, -1.0, -1.0, i * n + 1.0)); // X + Y = i n, past the corners
            }
            t.dispose();
            return tile;
        });
    }

    private static void drawOcean(Graphics2D g, Rectangle2D r, double s, Font smallFont) {
        Shape clip = g.getClip();
        g.clip(r);
        g.setColor(Color.WHITE);
        g.fill(r);
        double step = 6 * s;
        BufferedImage tile = Math.rint(step) == step && SampleStamps.usable(g) ? hatchTile(s) : null;
        if (tile != null) { // the same lines, X + Y ≡ r.x + r.y (mod step), to the nearest pixel
            g.setPaint(new TexturePaint(tile, new Rectangle2D.Double(Math.rint(r.getX() + r.getY()), 0, step, step)));
            g.fill(r);
        } else {
            g.setColor(OCEAN_HATCH);
            g.setStroke(new BasicStroke((float) s));
            Path2D.Double hatch = new Path2D.Double();
            for (double x = r.getX() - r.getHeight(); x < r.getMaxX(); x += step) {
                hatch.moveTo(x, r.getMaxY());
                hatch.lineTo(x + r.getHeight(), r.getY());
            }
            g.draw(hatch);
        }
        g.setFont(smallFont);
        FontMetrics fm = g.getFontMetrics();
        int tw = fm.stringWidth("ocean");
        if (r.getWidth() > tw + 8 * s && r.getHeight() >= fm.getAscent()) {
            float tx = (float) (r.getCenterX() - tw / 2.0);
            float ty = (float) (r.getCenterY() + fm.getAscent() / 2.0 - 1);
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(new Rectangle2D.Double(tx - 2 * s, r.getY(), tw + 4 * s, r.getHeight()));
            g.setColor(new Color(0x4A5A66));
            g.drawString("ocean", tx, ty);
        }
        g.setClip(clip);
    }
}
