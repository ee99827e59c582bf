package org.dequantlab.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * How a frame's area is divided: a header line (step counter, loss weighting, status, legend), one
 * panel per method side by side (in two rows when three or four panels would each be narrower than
 * {@value #MIN_PANEL_WIDTH} px at 100%; a 2-D run's square panels take the rows that make them largest), and (if shown) the loss curves beneath. Pure arithmetic, so tests
 * and exports can compute pixel positions without drawing.
 *
 * @param header the header line
 * @param panels one geometry per method, left to right
 * @param titles where each panel's title baseline starts (x, y pairs)
 * @param curves the loss-curve area, or null when curves are not shown
 */
public record RenderLayout(Rectangle2D header, List<PanelGeometry> panels, List<double[]> titles, Rectangle2D curves) {

    public RenderLayout {
        panels = List.copyOf(panels);
        titles = List.copyOf(titles);
    }

    /** Fraction of a panel's height given to the decoder strip. */
    public static final double STRIP_FRACTION = 0.08;
    /** Fraction of the height below the header given to the panels when curves are shown. */
    public static final double PANEL_FRACTION = 0.60;
    /** Narrowest panel (at 100%) before three or more panels wrap into two rows. */
    public static final double MIN_PANEL_WIDTH = 300;

    /** The layout of a {@code width}×{@code height} frame. */
    public static RenderLayout of(int width, int height, RenderOptions options) {
        double s = options.scale();
        double pad = 8 * s;
        double headerH = 30 * s;
        Rectangle2D header = new Rectangle2D.Double(0, 0, width, headerH);
        double below = Math.max(1, height - headerH);
        double panelsH = options.showCurves() ? below * PANEL_FRACTION : below - pad;
        int n = Math.max(1, options.methods().size());
        int rows = options.plane() != null ? squareRows(width, panelsH, n, s)
                : n >= 3 && (width - pad) / n < MIN_PANEL_WIDTH * s ? 2 : 1;
        int columns = (n + rows - 1) / rows;
        double panelW = (width - pad) / columns;
        double rowH = panelsH / rows;
        double titleH = 20 * s;
        double leftAxis = 52 * s;
        double rightPad = 10 * s;
        double stripGap = 3 * s;
        double stripH = Math.max(4, rowH * STRIP_FRACTION);
        double bottomAxis = 30 * s;
        double plotH = Math.max(10, rowH - titleH - stripGap - stripH - bottomAxis);
        List<PanelGeometry> panels = new ArrayList<>();
        List<double[]> titles = new ArrayList<>();
        double left = pad;
        if (options.plane() != null) { // squares: each panel as wide as its square, the row centred
            double side = Math.min(panelW - leftAxis - rightPad, plotH + stripGap + stripH);
            double narrower = Math.max(10, side) + leftAxis + rightPad;
            left = pad + Math.max(0, (width - pad) - columns * narrower) / 2;
            panelW = Math.min(panelW, narrower);
        }
        for (int i = 0; i < n; i++) {
            double x0 = left + (i % columns) * panelW;
            double top = headerH + (i / columns) * rowH;
            double plotX = x0 + leftAxis;
            double plotW = Math.max(10, panelW - leftAxis - rightPad);
            double plotY = top + titleH;
            panels.add(new PanelGeometry(plotX, plotY, plotW, plotH, plotY + plotH + stripGap, stripH,
                    options.densityMax(), options.view().zMin(), options.view().zMax()));
            titles.add(new double[] {plotX, top + titleH - 5 * s});
        }
        Rectangle2D curves = null;
        if (options.showCurves()) {
            double top = headerH + panelsH;
            curves = new Rectangle2D.Double(pad, top, width - 2 * pad, Math.max(10, height - top - pad));
        }
        return new RenderLayout(header, panels, titles, curves);
    }

    /**
     * The height of a {@code width}×{@code height} frame that its panels use. 1-D panels stretch to any
     * height; the squares of a 2-D run stop growing once the width limits them, and below their rows
     * (axis labels included) the frame is empty: a window can give that height to something else and the
     * squares keep their size.
     */
    public static double usedHeight(int width, int height, RenderOptions options) {
        if (options.plane() == null || options.showCurves()) {
            return height;
        }
        double s = options.scale();
        double bottom = 0;
        for (PanelGeometry p : of(width, height, options).panels()) {
            double side = Math.max(10, Math.min(p.plotWidth(), p.stripY() + p.stripHeight() - p.plotY()));
            bottom = Math.max(bottom, p.plotY() + side + 30 * s); // the bottom axis's ticks and name
        }
        return Math.min(height, bottom + 8 * s);
    }

    /**
     * Rows for the square panels of a 2-D run: the one (or two) that gives the larger squares, the side
     * being the smaller of a panel's plot width and its plot-and-strip height.
     */
    private static int squareRows(int width, double panelsH, int n, double s) {
        int best = 1;
        double bestSide = 0;
        for (int rows = 1; rows <= Math.min(2, n); rows++) {
            int columns = (n + rows - 1) / rows;
            double plotW = (width - 8 * s) / columns - 62 * s;
            double plotH = panelsH / rows - 50 * s;
            double side = Math.min(plotW, plotH);
            if (side > bestSide * 1.05) { // two rows only when clearly larger
                best = rows;
                bestSide = side;
            }
        }
        return best;
    }
}
