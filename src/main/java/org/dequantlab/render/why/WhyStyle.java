package org.dequantlab.render.why;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The shared look of the tool charts: white plots, light grid, the legend at the bottom, and one
 * colour and one dash per method (the dash is the method's own {@link DequantMethod#curveDash}, so a
 * method reads the same in the curves and here).
 */
public final class WhyStyle {
    /** Colour-blind-safe (Okabe–Ito) colours for methods and for the values of a second axis. */
    private static final Color[] SERIES = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00),
        new Color(0x56B4E9), new Color(0x000000), new Color(0xC9BC12)
    };
    static final Color GRID = new Color(0xE0E0E0);
    static final Color OUTLINE = new Color(0x444444);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private WhyStyle() {}

    /** The colour of series i (cycled). */
    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** A method's colour: by its position in the registry, so it never changes between charts. */
    public static Color method(DequantMethod m) {
        return series(Methods.position(m));
    }

    /** A line of {@code width} with the method's dash. */
    public static Stroke dashed(DequantMethod m, float width) {
        float[] dash = m.curveDash();
        return dash == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** White background, grid and outline of a plot. */
    static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(OUTLINE);
        if (plot instanceof org.jfree.chart.plot.XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        } else if (plot instanceof org.jfree.chart.plot.CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
        }
    }

    /** A chart around {@code plot} with a bottom legend (or none) and a title (or none). */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(BlockBorder.NONE);
            l.setItemFont(SMALL);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        return chart;
    }
}
