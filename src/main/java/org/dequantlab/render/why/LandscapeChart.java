package org.dequantlab.render.why;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.why.LandscapePath;
import org.dequantlab.why.LossLandscape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss landscape around a state: along one parameter a line with the current point, the sharpest
 * bend marked with its one-sided slopes, and the recent path as dots at each recorded step's own loss;
 * over two parameters a heat map with contours, the path as a line and the current point as a ring.
 */
public final class LandscapeChart {
    /** Default export size in pixels. */
    public static final int WIDTH = 1100, HEIGHT = 750;
    private static final Color LINE = new Color(0x222222);
    private static final Color PATH = new Color(0xD55E00);
    private static final Color NOW = new Color(0x0072B2);
    private static final Color BEND = new Color(0x2E7D32);

    private LandscapeChart() {}

    /** The chart of a landscape and the path that led to its state. */
    public static JFreeChart create(LossLandscape.Result r, LandscapePath path, ParameterLayout layout, long step) {
        LossLandscape.Request q = r.request();
        int p0 = q.params()[0];
        String title = String.format(Locale.ROOT, "%s at step %,d: loss along %s", q.method().label(), step,
                q.line() ? name(layout, p0) : name(layout, p0) + " and " + name(layout, q.params()[1]));
        LossColours colours = q.line() ? null : new LossColours(r.loss(), 20);
        JFreeChart chart = WhyStyle.chart(title, q.line() ? line(r, path, layout) : grid(r, path, layout, colours),
                true);
        chart.addSubtitle(new TextTitle(subtitle(r, path), WhyStyle.SMALL));
        if (colours != null) {
            chart.addSubtitle(legend(colours));
        }
        return chart;
    }

    private static String name(ParameterLayout layout, int p) {
        return layout.symbol(p) + " (" + layout.describe(p) + ")";
    }

    private static String subtitle(LossLandscape.Result r, LandscapePath path) {
        String s = String.format(Locale.ROOT, "all other parameters held at the state; exact loss %.5f there; ", r.currentLoss());
        return s + (path.size() == 0 ? "no recorded path" : (r.request().line()
                ? "dots: the last " + path.size() + " recorded steps at their own loss"
                : "line: the last " + path.size() + " recorded steps"));
    }

    private static XYPlot line(LossLandscape.Result r, LandscapePath path, ParameterLayout layout) {
        int p = r.request().params()[0];
        XYSeries loss = new XYSeries("loss along " + layout.symbol(p), false, true);
        for (int i = 0; i < r.xs().length; i++) {
            if (Double.isFinite(r.loss()[i])) {
                loss.add(r.xs()[i], r.loss()[i]);
            }
        }
        XYSeries trail = new XYSeries("recent path (each step's own loss)", false, true);
        double[] xs = path.coordinate(p);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(path.loss()[i])) {
                trail.add(xs[i], path.loss()[i]);
            }
        }
        XYSeries now = new XYSeries("current state", false, true);
        now.add(r.current(0), r.currentLoss());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(loss);
        data.addSeries(trail);
        data.addSeries(now);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(1, new Color(PATH.getRed(), PATH.getGreen(), PATH.getBlue(), 170));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(2, NOW);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShape(2, new Ellipse2D.Double(-6, -6, 12, 12));
        NumberAxis x = new NumberAxis(layout.symbol(p) + " (raw)");
        x.setAutoRangeIncludesZero(false);
        x.setRange(r.xs()[0], r.xs()[r.xs().length - 1]);
        NumberAxis y = new NumberAxis("loss");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        WhyStyle.plot(plot);
        LossLandscape.Bend bend = r.bend();
        if (bend != null) {
            ValueMarker m = new ValueMarker(bend.at(), BEND, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            m.setLabel(String.format(Locale.ROOT, "sharpest bend: slope %+.3g left, %+.3g right", bend.leftSlope(),
                    bend.rightSlope()));
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            m.setLabelPaint(BEND);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            boolean leftHalf = bend.at() < (r.xs()[0] + r.xs()[r.xs().length - 1]) / 2;
            m.setLabelAnchor(leftHalf ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(leftHalf ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            m.setLabelOffset(new RectangleInsets(8, 6, 8, 6));
            plot.addDomainMarker(m);
        }
        return plot;
    }

    private static XYPlot grid(LossLandscape.Result r, LandscapePath path, ParameterLayout layout,
            LossColours colours) {
        int p0 = r.request().params()[0], p1 = r.request().params()[1];
        double[] xs = r.xs(), ys = r.ys();
        XYSeries trail = new XYSeries("recent path", false, true);
        double[] px = path.coordinate(p0), py = path.coordinate(p1);
        for (int i = 0; i < px.length; i++) {
            trail.add(px[i], py[i]);
        }
        XYSeries now = new XYSeries("current state", false, true);
        now.add(r.current(0), r.current(1));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(trail);
        data.addSeries(now);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesPaint(0, new Color(0xFFC400));
        renderer.setSeriesStroke(0, new BasicStroke(1.4f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesPaint(1, Color.WHITE);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setSeriesOutlinePaint(0, new Color(0xFFC400));
        renderer.setSeriesOutlinePaint(1, Color.BLACK);
        renderer.setSeriesOutlineStroke(1, new BasicStroke(2f));
        NumberAxis x = new NumberAxis(layout.symbol(p0) + " (raw)");
        NumberAxis y = new NumberAxis(layout.symbol(p1) + " (raw)");
        x.setRange(xs[0], xs[xs.length - 1]);
        y.setRange(ys[0], ys[ys.length - 1]);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        WhyStyle.plot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        double dx = (xs[1] - xs[0]) / 2, dy = (ys[1] - ys[0]) / 2;
        // behind the path and the current point
        renderer.addAnnotation(new ImageAnnotation(image(r, colours), xs[0] - dx, xs[xs.length - 1] + dx, ys[0] - dy,
                ys[ys.length - 1] + dy), Layer.BACKGROUND);
        double[] levels = colours.levels();
        for (int i = 2; i < levels.length - 1; i += 2) {
            Path2D.Double c = Contours.line(xs, ys, r.loss(), levels[i]);
            renderer.addAnnotation(new XYShapeAnnotation(c, new BasicStroke(0.9f), new Color(255, 255, 255, 150)),
                    Layer.BACKGROUND);
        }
        return plot;
    }

    /** The colour key of the heat map (the ramp over the loss values it spans). */
    private static PaintScaleLegend legend(LossColours colours) {
        NumberAxis scaleAxis = new NumberAxis("loss");
        scaleAxis.setTickLabelFont(WhyStyle.SMALL);
        scaleAxis.setRange(colours.getLowerBound(), colours.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(colours, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setMargin(new RectangleInsets(10, 10, 10, 4));
        legend.setSubdivisionCount(200);
        return legend;
    }

    /** The heat map's pixels: one per grid point, top row = highest y. */
    private static BufferedImage image(LossLandscape.Result r, LossColours colours) {
        int nx = r.xs().length, ny = r.ys().length;
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                img.setRGB(ix, ny - 1 - iy, colours.colour(r.loss(ix, iy)).getRGB());
            }
        }
        return img;
    }
}
