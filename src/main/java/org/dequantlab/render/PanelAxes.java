package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;

/**
 * The axes of a density panel for whatever {@link DensityView} it shows: the grid, the plot's frame,
 * density ticks on the left, z ticks under the decoder strip, and the axis names. Tick steps are
 * round (1, 2, 2.5, 5 × a power of ten) and thin out so their labels never touch. Not thread-safe:
 * it caches fonts and strokes per scale, like the renderer that owns it.
 */
final class PanelAxes {
    private static final Color AXIS = new Color(0x444444);
    private static final Color GRID = new Color(0xE6E6E6);

    private double cachedScale = Double.NaN;
    private Font labelFont, smallFont;
    private Stroke thin;

    void drawGrid(Graphics2D g, PanelGeometry p, double scale) {
        prepare(scale);
        g.setStroke(thin);
        g.setColor(GRID);
        for (double d : ticks(0, p.densityMax(), 5)) {
            double y = p.densityToY(d);
            g.draw(new Line2D.Double(p.plotX(), y, p.plotX() + p.plotWidth(), y));
        }
        for (double z : ticks(p.zMin(), p.zMax(), Math.max(2, (int) (p.plotWidth() / (28 * scale))))) {
            double x = p.zToX(z);
            if (x > p.plotX() + 0.5 && x < p.plotX() + p.plotWidth() - 0.5) {
                g.draw(new Line2D.Double(x, p.plotY(), x, p.baseY()));
            }
        }
    }

    void drawAxes(Graphics2D g, PanelGeometry p, double s) {
        prepare(s);
        g.setColor(AXIS);
        g.setStroke(thin);
        g.draw(p.plotArea());
        g.setFont(smallFont);
        FontMetrics fm = g.getFontMetrics();
        double tick = 4 * s;
        for (double d : ticks(0, p.densityMax(), 5)) {
            double y = p.densityToY(d);
            g.draw(new Line2D.Double(p.plotX() - tick, y, p.plotX(), y));
            String t = SnapshotRenderer.number(Math.round(d * 1e6) / 1e6);
            g.drawString(t, (float) (p.plotX() - tick - 3 * s - fm.stringWidth(t)), (float) (y + fm.getAscent() / 2.5));
        }
        double below = p.stripY() + p.stripHeight();
        double[] zs = zTicks(p, fm, s);
        for (double z : zs) {
            double x = p.zToX(z);
            g.draw(new Line2D.Double(x, below, x, below + tick));
            String t = SnapshotRenderer.number(Math.round(z * 1e6) / 1e6).replace('-', '−');
            g.drawString(t, (float) (x - fm.stringWidth(t) / 2.0), (float) (below + tick + fm.getAscent() + 1));
        }
        g.setFont(labelFont);
        fm = g.getFontMetrics();
        g.drawString("z", (float) (p.plotX() + p.plotWidth() - fm.stringWidth("z")),
                (float) (below + tick + 2 * fm.getAscent() + 1));
        AffineTransform at = g.getTransform();
        g.translate(p.plotX() - 38 * s, p.plotY() + p.plotHeight() / 2 + fm.stringWidth("density") / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString("density", 0f, 0f);
        g.setTransform(at);
    }

    /**
     * Where overlays may draw: each panel's plot and decoder strip, and its title row (slow motion puts
     * Δloss there), so nothing of a zoomed-out part spills over the axes.
     */
    static java.awt.geom.Area panelsArea(RenderLayout layout, double s) {
        java.awt.geom.Area a = new java.awt.geom.Area();
        for (PanelGeometry p : layout.panels()) {
            double top = p.plotY() - 20 * s;
            a.add(new java.awt.geom.Area(new java.awt.geom.Rectangle2D.Double(p.plotX(), top, p.plotWidth(),
                    p.stripY() + p.stripHeight() - top)));
        }
        return a;
    }

    /** z ticks whose labels leave at least a gap of two digits between them. */
    static double[] zTicks(PanelGeometry p, FontMetrics fm, double s) {
        int most = Math.max(2, (int) (p.plotWidth() / (fm.stringWidth("−00") + 12 * s)));
        return ticks(p.zMin(), p.zMax(), most);
    }

    /** Round values in [lo, hi], at most about {@code most} of them. */
    static double[] ticks(double lo, double hi, int most) {
        return AxisTicks.round(lo, hi, most);
    }

    private void prepare(double s) {
        if (s == cachedScale) {
            return;
        }
        cachedScale = s;
        labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(13 * s));
        smallFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * s));
        thin = new BasicStroke((float) s);
    }
}
