package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Decoration;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * Slow motion: what changed since the previous snapshot ({@link Overlays#previous()}). Each
 * component's previous curve is drawn faint and dashed, each decoration edge that moved (a TRUFL band
 * end, a Voronoi anchor or cell wall) gets a small arrow from its old to its new z, and each panel title is followed by the change of that method's
 * loss, "Δloss −0.0123" (green when it fell, red when it rose). Drawn only when the previous snapshot
 * is of the same run (same K and methods) and earlier.
 */
public final class ChangeHighlightLayer {
    private static final Color FELL = new Color(0x2E7D32);
    private static final Color ROSE = new Color(0xC62828);
    /** A band end must move at least this many pixels (at 100%) to get an arrow. */
    private static final double MIN_ARROW_PX = 1.5;

    private ChangeHighlightLayer() {}

    public static void draw(Graphics2D g, RenderLayout layout, Frame frame, RenderOptions options) {
        Snapshot prev = frame.overlays().previous();
        Snapshot now = frame.snapshot();
        if (!comparable(prev, now)) {
            return;
        }
        double s = options.scale();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            for (int i = 0; i < options.methods().size() && i < layout.panels().size(); i++) {
                DequantMethod m = options.methods().get(i);
                MethodSnapshot a = prev.method(m), b = now.method(m);
                if (a == null || b == null) {
                    continue;
                }
                PanelGeometry p = layout.panels().get(i);
                java.awt.Shape clip = g2.getClip();
                g2.clip(p.plotArea());
                if (a.curves() != null) {
                    drawPrevious(g2, p, a.curves(), prev.config(), options);
                }
                drawMovedEdges(g2, p, a.encoder().decorations(), b.encoder().decorations(), s);
                g2.setClip(clip);
                drawDelta(g2, layout.titles().get(i), p, m, a.metrics().loss(), b.metrics().loss(), prev.step(), s);
            }
        } finally {
            g2.dispose();
        }
    }

    /** Whether {@code prev} can be compared with {@code now}: same run shape, an earlier step. */
    public static boolean comparable(Snapshot prev, Snapshot now) {
        return prev != null && now != null && prev.step() < now.step()
                && prev.config().categories() == now.config().categories()
                && prev.config().sameRunAs(now.config());
    }

    private static void drawPrevious(Graphics2D g, PanelGeometry p, DensityCurves c, ExperimentConfig config,
            RenderOptions o) {
        double s = o.scale();
        g.setStroke(new BasicStroke((float) (1.2 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {3f * (float) s, 3f * (float) s}, 0f));
        for (int x = 0; x < c.categories(); x++) {
            double w = o.weighted() ? config.probability(x) : 1.0;
            Path2D.Double line = new Path2D.Double();
            for (int i = 0; i < c.size(); i++) {
                double y = Math.max(p.plotY() - 4, p.densityToY(w * c.component(x, i)));
                double px = p.zToX(c.z(i));
                if (i == 0) {
                    line.moveTo(px, y);
                } else {
                    line.lineTo(px, y);
                }
            }
            Color lc = CategoryPalette.lineColor(x);
            g.setColor(new Color(lc.getRed(), lc.getGreen(), lc.getBlue(), 110));
            g.draw(line);
        }
    }

    /**
     * An arrow for every decoration edge that moved: each band end, wall and anchor of the previous
     * step is matched with the same one now (same kind, same category or position in the list).
     */
    private static void drawMovedEdges(Graphics2D g, PanelGeometry p, List<Decoration> before, List<Decoration> after,
            double s) {
        g.setStroke(new BasicStroke((float) (1.6 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int n = Math.min(before.size(), after.size());
        int row = 0;
        for (int i = 0; i < n; i++) {
            Decoration d0 = before.get(i), d1 = after.get(i);
            if (d0.getClass() != d1.getClass() || d0.category() != d1.category()) {
                continue;
            }
            double[][] ends = edges(d0, d1);
            for (int e = 0; e < ends.length; e++, row++) {
                double z0 = ends[e][0], z1 = ends[e][1];
                if (!Double.isFinite(z0) || !Double.isFinite(z1) || Math.max(z0, z1) < DensityGrid.Z_MIN
                        || Math.min(z0, z1) > DensityGrid.Z_MAX) {
                    continue;
                }
                double x0 = p.zToX(z0), x1 = p.zToX(z1);
                if (Math.abs(x1 - x0) < MIN_ARROW_PX * s) {
                    continue;
                }
                double y = p.plotY() + (22 + 12 * (row / 2) + 6 * (row % 2)) * s;
                g.setColor(d1.category() < 0 ? DecorationLayer.WALL : CategoryPalette.lineColor(d1.category()));
                arrow(g, x0, x1, y, s);
            }
        }
    }

    /** The (before, after) z of each edge of a decoration: both ends of a band, a wall's or an anchor's z. */
    private static double[][] edges(Decoration d0, Decoration d1) {
        if (d0 instanceof Decoration.Band a && d1 instanceof Decoration.Band b) {
            return new double[][] {{a.low(), b.low()}, {a.high(), b.high()}};
        }
        if (d0 instanceof Decoration.Wall a && d1 instanceof Decoration.Wall b) {
            return new double[][] {{a.z(), b.z()}};
        }
        if (d0 instanceof Decoration.Anchor a && d1 instanceof Decoration.Anchor b) {
            return new double[][] {{a.z(), b.z()}};
        }
        return new double[0][];
    }

    /** A horizontal arrow from (x0, y) to (x1, y) with a head at x1 and a tick at x0. */
    static void arrow(Graphics2D g, double x0, double x1, double y, double s) {
        double dir = Math.signum(x1 - x0);
        double head = Math.min(7 * s, Math.abs(x1 - x0));
        g.draw(new Line2D.Double(x0, y, x1, y));
        g.draw(new Line2D.Double(x0, y - 3 * s, x0, y + 3 * s));
        Path2D.Double h = new Path2D.Double();
        h.moveTo(x1, y);
        h.lineTo(x1 - dir * head, y - head * 0.55);
        h.lineTo(x1 - dir * head, y + head * 0.55);
        h.closePath();
        g.fill(h);
    }

    /**
     * "Δloss … since step …" after the title, shortened to "Δloss …" or left out where the panel is too
     * narrow (a 2-D square), on white so it replaces what the title row shows there (the plane's name).
     */
    private static void drawDelta(Graphics2D g, double[] title, PanelGeometry p, DequantMethod m, double before,
            double after, long prevStep, double s) {
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            return;
        }
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(14 * s));
        g.setFont(titleFont);
        double x = title[0] + g.getFontMetrics().stringWidth(m.label()) + 14 * s;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(12 * s)));
        double d = after - before;
        String text = deltaText(d) + "  since step " + String.format(Locale.UK, "%,d", prevStep);
        java.awt.FontMetrics fm = g.getFontMetrics();
        double right = p.plotX() + p.plotWidth();
        if (x + fm.stringWidth(text) > right) {
            text = deltaText(d);
        }
        if (x + fm.stringWidth(text) > right) {
            return;
        }
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Rectangle2D.Double(x - 2 * s, title[1] - fm.getAscent(), right - x + 2 * s,
                fm.getAscent() + fm.getDescent()));
        g.setColor(d <= 0 ? FELL : ROSE);
        g.drawString(text, (float) x, (float) title[1]);
    }

    /** "Δloss −0.0123" with a real minus sign and a sign always shown. */
    public static String deltaText(double d) {
        String v = String.format(Locale.ROOT, "%+.4f", d).replace('-', '−');
        return "Δloss " + v;
    }
}
