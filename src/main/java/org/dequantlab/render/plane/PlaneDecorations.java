package org.dequantlab.render.plane;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.dequantlab.metrics.Plane;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.PlanePath;
import org.dequantlab.render.CategoryPalette;

/**
 * What a 2-D method lists as its decorations, drawn over the heat map (docs/maths.md §7,
 * docs/notes-2d-drawing.md): each support's outline dotted in its category's colour (TRUFL's boxes,
 * Argmax's quadrants, Voronoi's cells, as in the blog's figure), walls as thin dark lines (Argmax's fixed
 * axes z₁ = 0 and z₂ = 0, Voronoi's cell walls, straight in the CDF square and curved in z), and Voronoi's
 * anchors as discs. The caller clips to the square.
 */
public final class PlaneDecorations {
    /** Colour of walls. */
    public static final Color WALL = new Color(0x1E1E1E);
    private static final Color ANCHOR_RING = new Color(0x1E1E1E);

    private PlaneDecorations() {}

    /**
     * Draws the outlines (wide dots), then the walls (thin, on top: the dots show on both sides of a wall
     * that is also an outline, as Argmax's axes and Voronoi's shared edges are), then the anchors.
     */
    public static void draw(Graphics2D g, PlaneGeometry q, List<Decoration> decorations, double s) {
        float dot = (float) (3 * s);
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Region r) {
                // the phase differs per category, so two outlines on one shared edge show both colours
                g.setStroke(new BasicStroke((float) (2.6 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {dot, dot}, dot * (r.category() % 2)));
                g.setColor(CategoryPalette.lineColor(r.category()));
                g.draw(path(q, q.plane() == Plane.LATENT ? r.z() : r.v()));
            }
        }
        g.setColor(WALL);
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Wall2D w) {
                float width = (float) ((w.role() == Decoration.Role.ORTHANT ? 1.3 : 1.1) * s);
                g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                g.draw(path(q, q.plane() == Plane.LATENT ? w.z() : w.v()));
            }
        }
        double radius = 3.4 * s;
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Anchor2D a) {
                boolean latent = q.plane() == Plane.LATENT;
                double x = q.toX(latent ? a.z1() : a.v1()), y = q.toY(latent ? a.z2() : a.v2());
                // a disc in the category's colour in a white ring: visible on its own cell's tint
                double ring = radius + 1.6 * s;
                g.setColor(ANCHOR_RING);
                g.fill(new Ellipse2D.Double(x - ring - 0.9 * s, y - ring - 0.9 * s, 2 * ring + 1.8 * s,
                        2 * ring + 1.8 * s));
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(x - ring, y - ring, 2 * ring, 2 * ring));
                g.setColor(CategoryPalette.color(a.category()));
                g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
            }
        }
    }

    /**
     * A plane path in pixels, clipped to the square's range (and a small margin): z-plane paths run to
     * ±{@link PlanePath#Z_CLAMP}, and dashing their invisible length cost more than drawing the rest.
     * Each segment is clipped (Liang–Barsky); the visible pieces are joined where they meet.
     */
    static Path2D.Double path(PlaneGeometry q, PlanePath p) {
        double m = 0.02 * (q.high() - q.low());
        double lo = q.low() - m, hi = q.high() + m;
        int n = p.size();
        Path2D.Double out = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        double lastX = Double.NaN, lastY = Double.NaN;
        int segments = p.closed() ? n : n - 1;
        double[] t = new double[2];
        for (int i = 0; i < segments; i++) {
            int j = (i + 1) % n;
            double x0 = p.x(i), y0 = p.y(i), x1 = p.x(j), y1 = p.y(j);
            if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))
                    || !clip(x0, y0, x1, y1, lo, hi, t)) {
                continue;
            }
            double ax = x0 + t[0] * (x1 - x0), ay = y0 + t[0] * (y1 - y0);
            double bx = x0 + t[1] * (x1 - x0), by = y0 + t[1] * (y1 - y0);
            if (ax != lastX || ay != lastY) {
                out.moveTo(q.toX(ax), q.toY(ay));
            }
            out.lineTo(q.toX(bx), q.toY(by));
            lastX = bx;
            lastY = by;
        }
        return out;
    }

    /** Liang–Barsky: the parameters [t0, t1] of the segment inside [lo, hi]², false if none. */
    private static boolean clip(double x0, double y0, double x1, double y1, double lo, double hi, double[] t) {
        double t0 = 0, t1 = 1;
        double dx = x1 - x0, dy = y1 - y0;
        double[] pv = {-dx, dx, -dy, dy};
        double[] qv = {x0 - lo, hi - x0, y0 - lo, hi - y0};
        for (int k = 0; k < 4; k++) {
            if (pv[k] == 0) {
                if (qv[k] < 0) {
                    return false;
                }
            } else {
                double r = qv[k] / pv[k];
                if (pv[k] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return false;
        }
        t[0] = t0;
        t[1] = t1;
        return true;
    }
}
