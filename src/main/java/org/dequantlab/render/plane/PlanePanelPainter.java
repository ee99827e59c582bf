package org.dequantlab.render.plane;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.metrics.DensityField;
import org.dequantlab.metrics.DensityFields;
import org.dequantlab.metrics.Plane;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.train.MethodSnapshot;

/**
 * Draws one method's panel of a 2-D run (docs/maths.md §7) in the square {@link PlaneGeometry} gives it:
 * the heat map of the aggregate posterior tinted by the categories' shares with the ocean hatched and the
 * decoder's regions outlined where supports may overlap ({@link HeatMapImage}), the walls, dotted support outlines and anchors
 * ({@link PlaneDecorations}), the axes, and the plane's name at the right of the title row. The field of
 * the plane shown is read here, so the thread that draws (the window's painter, an export) computes it
 * (docs/notes-2d-drawing.md). Not thread-safe: one instance per renderer; it keeps one image per panel.
 */
public final class PlanePanelPainter {
    private static final Color AXIS = new Color(0x444444);
    private final List<HeatMapImage> images = new ArrayList<>();

    /**
     * Draws panel {@code index}.
     *
     * @param titleY   the baseline of the panel's title row
     * @param titleEnd where the panel's title ends on that row
     */
    public void draw(Graphics2D g, int index, PanelGeometry p, double titleY, double titleEnd, MethodSnapshot ms,
            Plane plane, double s, Font small, Font label) {
        PlaneGeometry q = PlaneGeometry.of(p, plane);
        drawPlaneName(g, q, titleY, titleEnd + 12 * s, plane, small);
        DensityFields fields = ms == null ? null : ms.fields();
        if (fields == null) {
            g.setFont(label);
            g.setColor(AXIS);
            g.drawString("no drawing data", (float) (q.x() + 10 * s), (float) (q.y() + q.side() / 2));
            PlaneAxes.draw(g, q, s, small, label);
            return;
        }
        DensityField f = fields.in(plane);
        while (images.size() <= index) {
            images.add(new HeatMapImage());
        }
        int side = (int) Math.round(q.side());
        boolean lines = !(ms.encoder() instanceof Encoder2D e2 && e2.disjointSupports());
        BufferedImage img = images.get(index).paint(f, side, (int) Math.round(6 * s), lines);
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(img, (int) Math.round(q.x()), (int) Math.round(q.y()), side, side, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
        Shape clip = g.getClip();
        g.clip(q.area());
        PlaneDecorations.draw(g, q, ms.encoder().decorations(), s);
        g.setClip(clip);
        PlaneAxes.draw(g, q, s, small, label);
    }

    /** "z-plane" or "prior's CDF square", right-aligned over the square when it leaves room for the title. */
    private static void drawPlaneName(Graphics2D g, PlaneGeometry q, double titleY, double minX, Plane plane,
            Font small) {
        g.setFont(small);
        g.setColor(AXIS);
        FontMetrics fm = g.getFontMetrics();
        String name = plane.label();
        double x = q.x() + q.side() - fm.stringWidth(name);
        if (x >= minX) {
            g.drawString(name, (float) x, (float) titleY);
        }
    }
}
