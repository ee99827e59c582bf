package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.method.Decoration;

/**
 * Draws what a method lists in {@link org.dequantlab.method.Encoder#decorations()}, the same way for
 * every method: {@link Decoration.Band} as a translucent band in its category's colour with its ends
 * ticked, {@link Decoration.Wall} as a dark vertical line through plot and strip, and
 * {@link Decoration.Anchor} as a diamond on the axis. Walls and anchors that live in the box
 * w = 2σ(z) − 1 (Voronoi) also appear on a small "w ruler" at the top of the plot, the box (−1, 1)
 * drawn to scale with its cells, anchors and midpoints, each midpoint joined by a faint guide to
 * the cut it makes in z.
 */
public final class DecorationLayer {
    /** Colour of walls (orthant and cell walls) and the ruler's outline. */
    public static final Color WALL = new Color(0x37474F);
    private static final Color GUIDE = new Color(0x37, 0x47, 0x4F, 90);

    private DecorationLayer() {}

    /** What goes under the densities: the bands. */
    public static void drawUnder(Graphics2D g, PanelGeometry p, List<Decoration> decorations) {
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Band b) {
                double lo = Math.max(DensityGrid.Z_MIN, b.low());
                double hi = Math.min(DensityGrid.Z_MAX, b.high());
                if (hi > lo) {
                    double x0 = p.zToX(lo), x1 = p.zToX(hi);
                    g.setColor(CategoryPalette.color(b.category(), SnapshotRenderer.BAND_ALPHA));
                    g.fill(new Rectangle2D.Double(x0, p.plotY(), x1 - x0, p.plotHeight()));
                }
            }
        }
    }

    /** What goes over the densities: band ends, walls, anchors and the w ruler (clipped to the plot). */
    public static void drawOver(Graphics2D g, PanelGeometry p, List<Decoration> decorations, double s) {
        double len = Math.min(p.plotHeight() * 0.12, 14 * s);
        boolean ruler = false;
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Band b) {
                g.setStroke(new BasicStroke((float) (2.2 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                g.setColor(CategoryPalette.lineColor(b.category()));
                for (double end : new double[] {b.low(), b.high()}) {
                    if (visible(end)) {
                        double px = p.zToX(end);
                        g.draw(new Line2D.Double(px, p.baseY(), px, p.baseY() - len));
                        g.draw(new Line2D.Double(px, p.plotY(), px, p.plotY() + len * 0.6));
                    }
                }
            } else if (d instanceof Decoration.Wall w) {
                ruler |= !Double.isNaN(w.w());
                if (visible(w.z())) {
                    g.setColor(WALL);
                    g.setStroke(new BasicStroke((float) (1.6 * s)));
                    double px = p.zToX(w.z());
                    g.draw(new Line2D.Double(px, p.plotY() + (Double.isNaN(w.w()) ? 0 : rulerBottom(p, s)), px,
                            p.baseY()));
                }
            } else if (d instanceof Decoration.Anchor a) {
                ruler |= !Double.isNaN(a.w());
                if (visible(a.z())) {
                    diamond(g, p.zToX(a.z()), p.baseY(), 5 * s, CategoryPalette.lineColor(a.category()), s);
                }
            }
        }
        if (ruler) {
            drawRuler(g, p, decorations, s);
        }
    }

    /** The walls through the decoder strip (drawn after the strip so they stay visible on it). */
    public static void drawOnStrip(Graphics2D g, PanelGeometry p, List<Decoration> decorations, double s) {
        g.setColor(WALL);
        g.setStroke(new BasicStroke((float) (1.6 * s)));
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Wall w && visible(w.z())) {
                double px = p.zToX(w.z());
                g.draw(new Line2D.Double(px, p.stripY(), px, p.stripY() + p.stripHeight()));
            }
        }
    }

    private static boolean visible(double z) {
        return Double.isFinite(z) && z >= DensityGrid.Z_MIN && z <= DensityGrid.Z_MAX;
    }

    /** Top of the w ruler, below the plot's top edge. */
    public static double rulerTop(PanelGeometry p, double s) {
        return p.plotY() + 5 * s;
    }

    /** Height of the w ruler. */
    public static double rulerHeight(double s) {
        return 10 * s;
    }

    private static double rulerBottom(PanelGeometry p, double s) {
        return rulerTop(p, s) + rulerHeight(s) - p.plotY();
    }

    /** The x pixel of a point w of the box on the ruler (the ruler spans the plot's width). */
    public static double wToX(PanelGeometry p, double w) {
        return p.plotX() + (w + 1) / 2 * p.plotWidth();
    }

    private static void drawRuler(Graphics2D g, PanelGeometry p, List<Decoration> decorations, double s) {
        double top = rulerTop(p, s), h = rulerHeight(s), left = wToX(p, -1), right = wToX(p, 1);
        // cells: between consecutive walls along w, in the colour of the category to the right of each wall
        double from = -1;
        int leftCategory = -1;
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Wall w && !Double.isNaN(w.w())) {
                fillCell(g, p, from, w.w(), w.left(), top, h);
                from = w.w();
                leftCategory = w.right();
            }
        }
        fillCell(g, p, from, 1, leftCategory, top, h);
        g.setStroke(new BasicStroke((float) (0.8 * s)));
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Wall w && !Double.isNaN(w.w())) {
                double x = wToX(p, w.w());
                g.setColor(WALL);
                g.draw(new Line2D.Double(x, top, x, top + h));
                if (visible(w.z())) {
                    g.setColor(GUIDE);
                    g.draw(new Line2D.Double(x, top + h, p.zToX(w.z()), top + h + 12 * s));
                }
            }
        }
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Anchor a && !Double.isNaN(a.w())) {
                diamond(g, wToX(p, a.w()), top + h / 2, 3.5 * s, CategoryPalette.lineColor(a.category()), s);
            }
        }
        g.setColor(WALL);
        g.setStroke(new BasicStroke((float) (1.0 * s)));
        g.draw(new RoundRectangle2D.Double(left, top, right - left, h, 3 * s, 3 * s));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * s)));
        FontMetrics fm = g.getFontMetrics();
        String label = "w = 2σ(z) − 1";
        double lx = left + 4 * s, ly = top + h + fm.getAscent() + 2 * s;
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(new Rectangle2D.Double(lx - 2 * s, ly - fm.getAscent(), fm.stringWidth(label) + 4 * s, fm.getHeight()));
        g.setColor(WALL);
        g.drawString(label, (float) lx, (float) ly);
    }

    private static void fillCell(Graphics2D g, PanelGeometry p, double w0, double w1, int category, double top,
            double h) {
        if (category < 0 || !(w1 > w0)) {
            return;
        }
        g.setColor(CategoryPalette.color(category, 110));
        g.fill(new Rectangle2D.Double(wToX(p, w0), top, wToX(p, w1) - wToX(p, w0), h));
    }

    private static void diamond(Graphics2D g, double x, double y, double r, Color c, double s) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - r);
        d.lineTo(x + r, y);
        d.lineTo(x, y + r);
        d.lineTo(x - r, y);
        d.closePath();
        g.setColor(c);
        g.fill(d);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (1.0 * s)));
        g.draw(d);
    }
}
