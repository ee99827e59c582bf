package org.dequantlab.render.plane;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import org.dequantlab.render.AxisTicks;
import org.dequantlab.render.SnapshotRenderer;

/**
 * The axes of a 2-D panel: the square's frame, round ticks with labels on the first axis (beneath) and
 * the second (left), thinned so labels never touch, and the axis names z₁, z₂ (or F(z₁), F(z₂) in the
 * prior's CDF square) where the 1-D panels put "z" and "density".
 */
final class PlaneAxes {
    private static final Color AXIS = new Color(0x444444);

    private PlaneAxes() {}

    static void draw(Graphics2D g, PlaneGeometry q, double s, Font small, Font label) {
        g.setColor(AXIS);
        g.setStroke(new BasicStroke((float) s));
        g.draw(q.area());
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        double tick = 4 * s;
        double bottom = q.y() + q.side();
        int most = Math.max(2, (int) (q.side() / (fm.stringWidth("−0.00") + 10 * s)));
        double[] ticks = AxisTicks.round(q.low(), q.high(), most);
        for (double t : ticks) {
            double x = q.toX(t);
            g.draw(new Line2D.Double(x, bottom, x, bottom + tick));
            String text = text(t);
            g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) (bottom + tick + fm.getAscent() + 1));
        }
        int mostY = Math.max(2, (int) (q.side() / (fm.getHeight() * 1.8)));
        double widest = 0;
        for (double t : AxisTicks.round(q.low(), q.high(), Math.min(most, mostY))) {
            double y = q.toY(t);
            g.draw(new Line2D.Double(q.x() - tick, y, q.x(), y));
            String text = text(t);
            widest = Math.max(widest, fm.stringWidth(text));
            g.drawString(text, (float) (q.x() - tick - 3 * s - fm.stringWidth(text)), (float) (y + fm.getAscent() / 2.5));
        }
        g.setFont(label);
        fm = g.getFontMetrics();
        String first = q.axisName(0), second = q.axisName(1);
        g.drawString(first, (float) (q.x() + q.side() - fm.stringWidth(first)),
                (float) (bottom + tick + 2 * fm.getAscent() + 1));
        AffineTransform at = g.getTransform();
        g.translate(q.x() - tick - 6 * s - widest, q.y() + q.side() / 2 + fm.stringWidth(second) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString(second, 0f, 0f);
        g.setTransform(at);
    }

    private static String text(double t) {
        return SnapshotRenderer.number(Math.round(t * 1e6) / 1e6).replace('-', '−');
    }
}
