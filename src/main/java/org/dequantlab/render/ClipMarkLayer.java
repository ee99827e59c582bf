package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * Marks where a curve runs off the top of a density panel: a triangle on the top edge, in the
 * curve's colour, over each clipped peak, and a note in the panel's title row with the tallest peak
 * ("▲ clipped, peak 2.31"), so a clipped CatNF spike is never mistaken for a flat top.
 */
public final class ClipMarkLayer {
    /** One clipped run of one curve: where its peak is (x pixel) and how tall it is. */
    public record Mark(double x, double peak, Color color) {}

    private static final Color NOTE = new Color(0xB00020);
    private static final Color AGGREGATE = new Color(0x222222);
    private static final Color PRIOR = new Color(0x8C8C8C);

    private ClipMarkLayer() {}

    /** Draws the marks of every panel of {@code s}. */
    public static void draw(Graphics2D g, RenderLayout layout, Snapshot s, RenderOptions o) {
        double scale = o.scale();
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(11 * scale));
        for (int i = 0; i < layout.panels().size() && i < o.methods().size(); i++) {
            MethodSnapshot ms = s.method(o.methods().get(i));
            if (ms == null || ms.curves() == null) {
                continue;
            }
            PanelGeometry p = layout.panels().get(i);
            List<Mark> marks = marks(p, ms.curves(), s, o);
            if (marks.isEmpty()) {
                continue;
            }
            double size = 5 * scale;
            double tallest = 0;
            for (Mark m : marks) {
                tallest = Math.max(tallest, m.peak());
                Path2D.Double tri = new Path2D.Double();
                tri.moveTo(m.x(), p.plotY() + 1);
                tri.lineTo(m.x() - size, p.plotY() + 1 + 1.6 * size);
                tri.lineTo(m.x() + size, p.plotY() + 1 + 1.6 * size);
                tri.closePath();
                g.setColor(m.color());
                g.fill(tri);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke((float) (0.8 * scale)));
                g.draw(tri);
            }
            drawNote(g, layout.titles().get(i), p, o.methods().get(i), tallest, font, scale);
        }
    }

    /** The note right-aligned in the title row; shortened, or left out, rather than touch the title. */
    private static void drawNote(Graphics2D g, double[] title, PanelGeometry p, DequantMethod m, double tallest, Font font,
            double scale) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double titleEnd = title[0] + g.getFontMetrics(font.deriveFont(font.getSize2D() * 14f / 11f))
                .stringWidth(m.label()) + 12 * scale;
        String peak = SnapshotRenderer.number(tallest);
        for (String note : new String[] {"▲ clipped, peak " + peak, "▲ " + peak}) {
            double x = p.plotX() + p.plotWidth() - fm.stringWidth(note);
            if (x >= titleEnd) {
                g.setColor(NOTE);
                g.drawString(note, (float) x, (float) title[1]);
                return;
            }
        }
    }

    /**
     * The clipped runs of every curve of a panel inside its z range: the components (weighted as
     * drawn), the aggregate and the prior. Marks closer than a few pixels are merged, keeping the
     * tallest and the colour of the first (components come before the aggregate and the prior).
     */
    public static List<Mark> marks(PanelGeometry p, DensityCurves c, Snapshot s, RenderOptions o) {
        List<Mark> out = new ArrayList<>();
        int n = c.size();
        double top = p.densityMax();
        int k = c.categories();
        for (int curve = 0; curve <= k + 1; curve++) {
            double w = curve < k && o.weighted() ? s.config().probability(curve) : 1.0;
            Color color = curve < k ? CategoryPalette.lineColor(curve) : curve == k ? AGGREGATE : PRIOR;
            int best = -1;
            for (int i = 0; i <= n; i++) {
                double v = i == n ? Double.NaN : curve < k ? w * c.component(curve, i)
                        : curve == k ? c.aggregate(i) : c.prior(i);
                boolean clipped = i < n && v > top && p.showsZ(c.z(i));
                if (clipped) {
                    if (best < 0 || v > value(c, s, o, curve, best)) {
                        best = i;
                    }
                } else if (best >= 0) {
                    add(out, new Mark(p.zToX(c.z(best)), value(c, s, o, curve, best), color), 6 * o.scale());
                    best = -1;
                }
            }
        }
        return out;
    }

    private static double value(DensityCurves c, Snapshot s, RenderOptions o, int curve, int i) {
        int k = c.categories();
        if (curve < k) {
            return (o.weighted() ? s.config().probability(curve) : 1.0) * c.component(curve, i);
        }
        return curve == k ? c.aggregate(i) : c.prior(i);
    }

    private static void add(List<Mark> marks, Mark m, double near) {
        for (int j = 0; j < marks.size(); j++) {
            Mark other = marks.get(j);
            if (Math.abs(other.x() - m.x()) < near) { // keep the first colour (a component's), the tallest peak
                marks.set(j, new Mark(other.x(), Math.max(other.peak(), m.peak()), other.color()));
                return;
            }
        }
        marks.add(m);
    }
}
