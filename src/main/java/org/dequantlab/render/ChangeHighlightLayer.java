package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.Locale;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.model.Method;
import org.dequantlab.model.Parameters;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * Slow motion: what changed since the previous snapshot ({@link Overlays#previous()}). Each
 * component's previous curve is drawn faint and dashed, each TRUFL band end that moved gets a small
 * arrow from its old to its new z, and each panel title is followed by the change of that method's
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
                Method m = options.methods().get(i);
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
                if (m.truncated()) {
                    drawMovedEnds(g2, p, a.parameters(), b.parameters(), s);
                }
                g2.setClip(clip);
                drawDelta(g2, layout.titles().get(i), m, a.metrics().loss(), b.metrics().loss(), prev.step(), s);
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

    private static void drawMovedEnds(Graphics2D g, PanelGeometry p, Parameters before, Parameters after, double s) {
        g.setStroke(new BasicStroke((float) (1.6 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int x = 0; x < after.categories(); x++) {
            double[][] ends = {{before.supportLow(x), after.supportLow(x)}, {before.supportHigh(x), after.supportHigh(x)}};
            for (int e = 0; e < 2; e++) {
                double z0 = ends[e][0], z1 = ends[e][1];
                if (!Double.isFinite(z0) || !Double.isFinite(z1) || Math.max(z0, z1) < DensityGrid.Z_MIN
                        || Math.min(z0, z1) > DensityGrid.Z_MAX) {
                    continue;
                }
                double x0 = p.zToX(z0), x1 = p.zToX(z1);
                if (Math.abs(x1 - x0) < MIN_ARROW_PX * s) {
                    continue;
                }
                double y = p.plotY() + (22 + 12 * x + 6 * e) * s;
                g.setColor(CategoryPalette.lineColor(x));
                arrow(g, x0, x1, y, s);
            }
        }
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

    private static void drawDelta(Graphics2D g, double[] title, Method m, double before, double after, long prevStep,
            double s) {
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            return;
        }
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(14 * s));
        g.setFont(titleFont);
        double x = title[0] + g.getFontMetrics().stringWidth(m.label()) + 14 * s;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(12 * s)));
        double d = after - before;
        String text = deltaText(d) + "  since step " + String.format(Locale.UK, "%,d", prevStep);
        g.setColor(d <= 0 ? FELL : ROSE);
        g.drawString(text, (float) x, (float) title[1]);
    }

    /** "Δloss −0.0123" with a real minus sign and a sign always shown. */
    public static String deltaText(double d) {
        String v = String.format(Locale.ROOT, "%+.4f", d).replace('-', '−');
        return "Δloss " + v;
    }
}
