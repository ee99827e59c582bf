package org.dequantlab.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Every text label on the loss curves, placed when the chart is drawn (the only time the plot's size
 * is known) so that no two boxes overlap and none sits where a curve runs: the optimum line's label,
 * the free-bits and KL-annealing labels, and one label per step with hot-setting changes (changes at
 * the same step share it, one line each). A change label tries rows down from the top, right of its
 * line then left of it; one that finds no room is left out (its line stays). The optimum's label
 * takes the spot by its line that the fewest curve segments cross, or, if every such spot is crossed,
 * a free one elsewhere with a dotted leader to its line. Also marks, on the top
 * and bottom edges, where a curve leaves the visible y range (after zooming).
 *
 * <p>Boxes are opaque enough to read over the grid; the placed boxes of the last drawing are kept for
 * tests ({@link #placed()}).
 */
public final class CurveLabels extends AbstractXYAnnotation {
    /** A label anchored at a data point: a vertical line's step (change labels) or a horizontal line's value. */
    public record Label(List<String> lines, double x, double y, Kind kind, Color color) {
        public Label {
            lines = List.copyOf(lines);
        }

        public String text() {
            return String.join(" / ", lines);
        }
    }

    /** What a label belongs to, which decides where it may go. */
    public enum Kind { CHANGE, HORIZONTAL, REGION }

    /** A label as drawn: its text and box in Java2D coordinates. */
    public record Placed(String text, Rectangle2D box, Kind kind) {}

    private static final Color BOX = new Color(255, 255, 255, 225);

    private final List<Label> labels = new ArrayList<>();
    private double scale = 1;
    private volatile List<Placed> placed = List.of();
    private volatile int clipMarks;

    /** Replaces the labels (without notifying: the chart's update fires one change for all). */
    public void set(List<Label> next, double fontScale) {
        labels.clear();
        labels.addAll(next);
        scale = fontScale;
    }

    /** The labels placed in the last drawing. */
    public List<Placed> placed() {
        return placed;
    }

    /** How many clip marks the last drawing made. */
    public int clipMarks() {
        return clipMarks;
    }

    @Override
    public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis, int index,
            PlotRenderingInfo info) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * scale));
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        RectangleEdge xEdge = plot.getDomainAxisEdge(), yEdge = plot.getRangeAxisEdge();
        List<Line2D> curves = segments(plot, area, xAxis, yAxis, xEdge, yEdge);
        List<Placed> done = new ArrayList<>();
        double pad = 3 * scale;
        for (Kind kind : new Kind[] {Kind.HORIZONTAL, Kind.REGION, Kind.CHANGE}) {
            for (Label l : labels) {
                if (l.kind() != kind) {
                    continue;
                }
                double w = 0;
                for (String line : l.lines()) {
                    w = Math.max(w, fm.stringWidth(line));
                }
                w += 2 * pad;
                double h = l.lines().size() * fm.getHeight() + pad;
                Rectangle2D box = place(l, w, h, area, xAxis, yAxis, xEdge, yEdge, done, curves);
                if (box == null) {
                    continue;
                }
                done.add(new Placed(l.text(), box, kind));
                if (kind == Kind.HORIZONTAL) {
                    drawLeader(g, box, yAxis.valueToJava2D(l.y(), area, yEdge), l.color());
                }
                g.setColor(BOX);
                g.fill(box);
                g.setColor(l.color());
                double y = box.getY() + pad / 2 + fm.getAscent();
                for (String line : l.lines()) {
                    g.drawString(line, (float) (box.getX() + pad), (float) y);
                    y += fm.getHeight();
                }
            }
        }
        placed = List.copyOf(done);
        clipMarks = drawClipMarks(g, plot, area, xAxis, yAxis, xEdge, yEdge);
    }

    /** A dotted line from a label placed away from its horizontal line to that line. */
    private void drawLeader(Graphics2D g, Rectangle2D box, double lineY, Color color) {
        double gap = 3 * scale + 1;
        if (lineY >= box.getMinY() - gap && lineY <= box.getMaxY() + gap) {
            return; // next to its line
        }
        double x = box.getMaxX() - 8 * scale;
        double from = lineY < box.getMinY() ? box.getMinY() : box.getMaxY();
        g.setColor(color);
        g.setStroke(new java.awt.BasicStroke((float) scale, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {2f * (float) scale, 2f * (float) scale}, 0f));
        g.draw(new Line2D.Double(x, from, x, lineY));
    }

    /** The first free spot for a label of w×h, or null. */
    private Rectangle2D place(Label l, double w, double h, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis,
            RectangleEdge xEdge, RectangleEdge yEdge, List<Placed> done, List<Line2D> curves) {
        double gap = 3 * scale;
        List<Rectangle2D> candidates = new ArrayList<>();
        if (l.kind() == Kind.HORIZONTAL) {
            if (!yAxis.getRange().contains(l.y())) {
                return null;
            }
            double y = yAxis.valueToJava2D(l.y(), area, yEdge);
            for (double fx : new double[] {1.0, 0.0, 0.5, 0.75, 0.25}) {
                double x = area.getX() + gap + fx * (area.getWidth() - w - 2 * gap);
                candidates.add(new Rectangle2D.Double(x, y + gap, w, h)); // below the line
                candidates.add(new Rectangle2D.Double(x, y - gap - h, w, h)); // above it
            }
            // no room by the line: anywhere in the right half, joined to the line by a leader
            for (double top = area.getY() + gap; top + h < area.getMaxY(); top += h / 2) {
                for (double fx : new double[] {1.0, 0.75, 0.5}) {
                    candidates.add(new Rectangle2D.Double(area.getX() + gap + fx * (area.getWidth() - w - 2 * gap),
                            top, w, h));
                }
            }
        } else if (l.kind() == Kind.REGION) {
            double x = Math.max(area.getX(), xAxis.valueToJava2D(l.x(), area, xEdge));
            for (int row = 0; row < 3; row++) {
                candidates.add(new Rectangle2D.Double(x + gap, area.getY() + gap + row * h, w, h));
            }
        } else {
            if (!xAxis.getRange().contains(l.x())) {
                return null;
            }
            double x = xAxis.valueToJava2D(l.x(), area, xEdge);
            for (double y = area.getY() + gap; y + h <= area.getMaxY(); y += h / 2 + gap) {
                candidates.add(new Rectangle2D.Double(x + gap, y, w, h));
                candidates.add(new Rectangle2D.Double(x - gap - w, y, w, h));
            }
        }
        Rectangle2D best = null;
        int fewest = Integer.MAX_VALUE;
        for (Rectangle2D r : candidates) {
            if (!inside(r, area) || overlaps(r, done)) {
                continue;
            }
            if (l.kind() != Kind.HORIZONTAL) {
                return r; // change and region labels take the first free row: they read top-down
            }
            int crossings = crossings(r, curves);
            if (crossings < fewest) {
                fewest = crossings;
                best = r;
                if (crossings == 0) {
                    break;
                }
            }
        }
        return best;
    }

    private static boolean inside(Rectangle2D r, Rectangle2D area) {
        return r.getMinX() >= area.getMinX() - 0.5 && r.getMaxX() <= area.getMaxX() + 0.5
                && r.getMinY() >= area.getMinY() - 0.5 && r.getMaxY() <= area.getMaxY() + 0.5;
    }

    private static boolean overlaps(Rectangle2D r, List<Placed> done) {
        for (Placed p : done) {
            if (p.box().intersects(r)) {
                return true;
            }
        }
        return false;
    }

    private static int crossings(Rectangle2D r, List<Line2D> curves) {
        int n = 0;
        for (Line2D s : curves) {
            if (r.intersectsLine(s)) {
                n++;
            }
        }
        return n;
    }

    /** The visible curves as Java2D segments. */
    private static List<Line2D> segments(XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis,
            RectangleEdge xEdge, RectangleEdge yEdge) {
        List<Line2D> out = new ArrayList<>();
        XYDataset d = plot.getDataset();
        if (d == null) {
            return out;
        }
        for (int s = 0; s < d.getSeriesCount(); s++) {
            double px = Double.NaN, py = Double.NaN;
            for (int i = 0; i < d.getItemCount(s); i++) {
                double y = d.getYValue(s, i);
                if (!Double.isFinite(y) || y <= 0 && yAxis instanceof org.jfree.chart.axis.LogAxis) {
                    px = Double.NaN;
                    continue;
                }
                double x = xAxis.valueToJava2D(d.getXValue(s, i), area, xEdge);
                double yy = yAxis.valueToJava2D(y, area, yEdge);
                if (!Double.isNaN(px)) {
                    out.add(new Line2D.Double(px, py, x, yy));
                }
                px = x;
                py = yy;
            }
        }
        return out;
    }

    /** Triangles on the top and bottom edges where a visible stretch of a curve is out of the y range. */
    private int drawClipMarks(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis,
            RectangleEdge xEdge, RectangleEdge yEdge) {
        XYDataset d = plot.getDataset();
        if (d == null) {
            return 0;
        }
        double size = 4 * scale;
        List<double[]> made = new ArrayList<>(); // x, edge (1 top, -1 bottom)
        for (int s = 0; s < d.getSeriesCount(); s++) {
            int state = 0; // 1 above, -1 below, 0 inside
            for (int i = 0; i < d.getItemCount(s); i++) {
                double xv = d.getXValue(s, i), yv = d.getYValue(s, i);
                if (!xAxis.getRange().contains(xv) || !Double.isFinite(yv)) {
                    continue;
                }
                int now = yv > yAxis.getUpperBound() ? 1 : yv < yAxis.getLowerBound() ? -1 : 0;
                if (now != 0 && now != state) {
                    double x = xAxis.valueToJava2D(xv, area, xEdge);
                    if (made.stream().noneMatch(m -> m[1] == now && Math.abs(m[0] - x) < 3 * size)) {
                        made.add(new double[] {x, now});
                        Path2D.Double tri = new Path2D.Double();
                        double edge = now > 0 ? area.getMinY() + 1 : area.getMaxY() - 1;
                        tri.moveTo(x, edge);
                        tri.lineTo(x - size, edge + now * 1.6 * size);
                        tri.lineTo(x + size, edge + now * 1.6 * size);
                        tri.closePath();
                        g.setPaint(plot.getRenderer().getItemPaint(s, i));
                        g.fill(tri);
                    }
                }
                state = now;
            }
        }
        return made.size();
    }
}
