package org.dequantlab.render.why;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import org.dequantlab.method.GradientProbe;
import org.dequantlab.why.GradientAnatomy;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * A method's gradient anatomy as grouped bars per raw parameter: the exact gradient, its pathwise part
 * (the middle bar) and its boundary part, with the naive Monte Carlo mean as a dot and whisker of
 * ± {@value GradientAnatomy#SIGNIFICANT} standard errors drawn over the middle bar, where it belongs:
 * the naive estimator sees only the pathwise part (docs/maths.md §1.6). Optionally each parameter is
 * scaled by its largest magnitude, so small gradients are as readable as large ones.
 */
public final class GradientChart {
    /** Default export size in pixels. */
    public static final int WIDTH = 1100, HEIGHT = 650;
    static final Color EXACT = new Color(0x222222);
    static final Color PATHWISE = new Color(0x0072B2);
    static final Color BOUNDARY = new Color(0xD55E00);
    static final Color NAIVE = new Color(0xE69F00);
    /** Series names, also the legend. */
    public static final String EXACT_KEY = "exact ∂L/∂θ", PATHWISE_KEY = "pathwise part", BOUNDARY_KEY = "boundary part";

    private GradientChart() {}

    /** The chart of one method's anatomy; {@code perParameter} scales each parameter to its largest |value|. */
    public static JFreeChart create(GradientAnatomy a, boolean perParameter) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultStatisticalCategoryDataset naive = new DefaultStatisticalCategoryDataset();
        String naiveKey = String.format(Locale.ROOT, "naive MC mean ± %.0f s.e. (%,d draws)", GradientAnatomy.SIGNIFICANT,
                a.draws());
        for (GradientProbe.Entry e : a.parameters()) {
            double scale = perParameter ? scale(e) : 1;
            bars.addValue(e.exact() / scale, EXACT_KEY, e.name());
            bars.addValue(e.pathwise() / scale, PATHWISE_KEY, e.name());
            bars.addValue(e.boundary() / scale, BOUNDARY_KEY, e.name());
            naive.add(e.mcMean() / scale, GradientAnatomy.SIGNIFICANT * e.mcStdErr() / scale, naiveKey, e.name());
        }
        BarRenderer barRenderer = new BarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setItemMargin(0.04);
        barRenderer.setSeriesPaint(0, EXACT);
        barRenderer.setSeriesPaint(1, PATHWISE);
        barRenderer.setSeriesPaint(2, BOUNDARY);
        StatisticalLineAndShapeRenderer dots = new StatisticalLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, NAIVE);
        dots.setSeriesOutlinePaint(0, Color.BLACK);
        dots.setUseOutlinePaint(true);
        dots.setDrawOutlines(true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        dots.setErrorIndicatorPaint(Color.BLACK);
        dots.setErrorIndicatorStroke(new BasicStroke(1.6f));

        CategoryAxis x = new CategoryAxis("raw parameter θ");
        x.setCategoryMargin(0.25);
        x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        if (a.parameters().size() > 12) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = new NumberAxis(perParameter ? "∂L/∂θ ÷ the parameter's largest |value|" : "∂L/∂θ");
        CategoryPlot plot = new CategoryPlot(bars, x, y, barRenderer);
        plot.setDataset(1, naive);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addRangeMarker(new ValueMarker(0, new Color(0x888888), new BasicStroke(1f)));
        WhyStyle.plot(plot);
        String title = String.format(Locale.ROOT, "%s at step %,d: the gradient taken apart", a.method().label(),
                a.step());
        JFreeChart chart = WhyStyle.chart(title, plot, true);
        chart.addSubtitle(new TextTitle(a.boundaryTerms() ? (a.boundaryZero()
                ? "no support end lies inside another support now: the boundary part is zero here"
                : "exact = pathwise + boundary; the naive estimator sees the pathwise part only (docs/maths.md §1.6)")
                : "no boundary terms in this method: the boundary part is zero, exact = pathwise", WhyStyle.SMALL));
        return chart;
    }

    /** The largest magnitude among a parameter's four figures (1 if all are zero). */
    static double scale(GradientProbe.Entry e) {
        double m = Math.max(Math.max(Math.abs(e.exact()), Math.abs(e.pathwise())),
                Math.max(Math.abs(e.boundary()), Math.abs(e.mcMean())));
        return m > 0 && Double.isFinite(m) ? m : 1;
    }
}
