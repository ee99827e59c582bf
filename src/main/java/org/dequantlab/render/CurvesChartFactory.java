package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The one definition of the loss curves, used by the renderer (drawn into any Graphics2D) and by the
 * window's interactive viewer: Rec, KL and the weighted loss over steps for each method. Quantity is
 * told by colour (slate blue, brick red, near-black: none is a category colour's role), method by its
 * own dash ({@link DequantMethod#curveDash}: CatNF solid, TRUFL dashed, Argmax dotted, Voronoi
 * dash-dot). A horizontal line marks the general optimum min(λ_rec, λ_KL)·H(p̃) (docs/maths.md §2.1), a
 * thinner one each method's own closed-form optimum where it lies higher, and a vertical line each step
 * with changes of hot settings; KL annealing shades its ramp [0, N] and free bits draws its floor on the
 * KL scale. Their labels are placed by {@link CurveLabels} so none overlaps. Series are thinned to
 * {@link #MAX_POINTS} by keeping the
 * minimum and the maximum of each bucket, so spikes survive.
 */
public final class CurvesChartFactory {
    /** Most points per series. */
    public static final int MAX_POINTS = 1000;

    /** The three plotted quantities. */
    public enum Quantity {
        LOSS("loss", new Color(0x222222)), REC("Rec", new Color(0x3C6E9F)), KL("KL", new Color(0xB03A3A));

        private final String label;
        private final Color color;

        Quantity(String label, Color color) {
            this.label = label;
            this.color = color;
        }

        public String label() {
            return label;
        }

        public Color color() {
            return color;
        }
    }

    private static final Color OPTIMUM = new Color(0x2E7D32);

    private CurvesChartFactory() {}

    /** A chart of a frame's history (for exports and the renderer). */
    public static JFreeChart create(Frame frame, RenderOptions options) {
        JFreeChart chart = create(options.logScale(), options.scale());
        update(chart, frame.history(), frame.changes(), frame.snapshot().config(), options.methods());
        return chart;
    }

    /** An empty chart, styled, with tool-tips "series: step N, value". Fill it with {@link #update}. */
    public static JFreeChart create(boolean logScale, double scale) {
        NumberAxis x = new NumberAxis("step") {
            /**
             * JFreeChart spaces step labels by their estimated width with no gap, and on screen (drawn
             * through FXGraphics2D) they come out wider than estimated: "1,0001,050". A margin of a third
             * plus 12 px keeps them apart.
             */
            @Override
            protected double estimateMaximumTickLabelWidth(java.awt.Graphics2D g2,
                    org.jfree.chart.axis.TickUnit unit) {
                return super.estimateMaximumTickLabelWidth(g2, unit) * 1.33 + 12;
            }
        };
        x.setAutoRangeIncludesZero(true);
        x.setAutoRangeMinimumSize(10);
        x.setDefaultAutoRange(new org.jfree.data.Range(0, 10)); // no steps yet: 0 to 10, not -4 to 5
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer renderer = new LazyTipRenderer(); // a point's tooltip is written when shown
        renderer.setDrawSeriesLineAsPath(true); // so dashes run along the whole line
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: step {1}, {2}",
                new DecimalFormat("#,##0"), new DecimalFormat("0.0000")));
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, yAxis(logScale), renderer);
        plot.addAnnotation(new CurveLabels(), false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE0E0E0));
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        plot.setOutlinePaint(new Color(0x444444));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        // a gap between items: with the default none, an item's line ran into the previous item's text
        LegendTitle legend = new LegendTitle(plot, new org.jfree.chart.block.FlowArrangement(
                org.jfree.chart.ui.HorizontalAlignment.CENTER, org.jfree.chart.ui.VerticalAlignment.CENTER, 18, 2),
                new org.jfree.chart.block.ColumnArrangement());
        chart.addLegend(legend);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 4));
        applyScale(chart, scale);
        return chart;
    }

    /** Switches the y axis between linear and log (positive values only are drawn in log). */
    public static void setLogScale(JFreeChart chart, boolean logScale, double scale) {
        XYPlot plot = chart.getXYPlot();
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        plot.setRangeAxis(yAxis(logScale));
        applyScale(chart, scale);
        chart.setNotify(notify);
    }

    public static boolean isLogScale(JFreeChart chart) {
        return chart.getXYPlot().getRangeAxis() instanceof LogAxis;
    }

    private static ValueAxis yAxis(boolean logScale) {
        if (logScale) {
            LogAxis y = new LogAxis("nats (log)");
            y.setSmallestValue(1e-6);
            y.setBase(10);
            y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
            return y;
        }
        NumberAxis y = new NumberAxis("nats");
        y.setAutoRangeIncludesZero(true);
        return y;
    }

    private static void applyScale(JFreeChart chart, double s) {
        XYPlot plot = chart.getXYPlot();
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * s));
        Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * s));
        for (ValueAxis a : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            a.setLabelFont(label);
            a.setTickLabelFont(ticks);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(ticks);
        }
        // where legend items come from the renderer, its legend font wins over the legend's own: the legend
        // then stayed at 10 px in presentation mode while everything else grew
        if (plot.getRenderer() instanceof org.jfree.chart.renderer.AbstractRenderer r) {
            r.setDefaultLegendTextFont(ticks);
        }
    }

    /**
     * Replaces the chart's series and markers by those of {@code records} (oldest first) for the given
     * methods, with the optimum of {@code config} and a marker at each change.
     */
    public static void update(JFreeChart chart, List<HistoryRecord> records, List<ConfigChange> changes,
            ExperimentConfig config, List<DequantMethod> methods) {
        update(chart, records, changes, config, methods, MAX_POINTS);
    }

    /** As {@link #update(JFreeChart, List, List, ExperimentConfig, List)} with at most {@code maxPoints} per series. */
    public static void update(JFreeChart chart, List<HistoryRecord> records, List<ConfigChange> changes,
            ExperimentConfig config, List<DequantMethod> methods, int maxPoints) {
        update(chart, records, changes, config, methods, maxPoints, CurvesView.AUTO);
    }

    /** As {@link #update(JFreeChart, List, List, ExperimentConfig, List, int)}, showing {@code view}. */
    public static void update(JFreeChart chart, List<HistoryRecord> records, List<ConfigChange> changes,
            ExperimentConfig config, List<DequantMethod> methods, int maxPoints, CurvesView view) {
        XYPlot plot = chart.getXYPlot();
        boolean notify = chart.isNotify();
        chart.setNotify(false); // one redraw for the whole update, not one per setting
        try {
            fill(chart, plot, records, changes, config, methods, maxPoints);
            view.applyTo(plot, records.isEmpty() ? 0 : records.get(records.size() - 1).step());
        } finally {
            chart.setNotify(notify);
        }
    }

    /** The most change markers drawn; more are thinned ({@link #thinned}). */
    static final int MAX_MARKERS = 100;

    private static void fill(JFreeChart chart, XYPlot plot, List<HistoryRecord> records, List<ConfigChange> changes,
            ExperimentConfig config, List<DequantMethod> methods, int maxPoints) {
        boolean log = isLogScale(chart);
        double scale = plot.getRangeAxis().getLabelFont().getSize2D() / 12.0;
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        int n = records.size();
        double[] steps = new double[n];
        double[] values = new double[n];
        int index = 0;
        for (DequantMethod m : methods) {
            for (Quantity q : Quantity.values()) {
                int count = 0;
                for (HistoryRecord rec : records) {
                    HistoryRecord.Point p = rec.point(m);
                    if (p == null) {
                        continue;
                    }
                    double v = switch (q) {
                        case LOSS -> p.loss();
                        case REC -> p.recon();
                        case KL -> p.kl();
                    };
                    if (!Double.isFinite(v) || (log && v <= 0)) {
                        continue;
                    }
                    steps[count] = rec.step();
                    values[count] = v;
                    count++;
                }
                XYSeries series = new XYSeries(q.label() + " · " + m.label(), false, true);
                addThinned(series, steps, values, count, maxPoints);
                data.addSeries(series);
                r.setSeriesPaint(index, q.color());
                r.setSeriesStroke(index, stroke(m, q, scale));
                index++;
            }
        }
        plot.setFixedLegendItems(CurveGuides.legend(methods, scale));
        plot.clearDomainMarkers();
        plot.clearRangeMarkers();
        List<CurveLabels.Label> labels = new ArrayList<>();
        if (config != null) {
            double opt = config.optimalLoss();
            if (opt > 0 || !log) {
                plot.addRangeMarker(new ValueMarker(opt, OPTIMUM, new BasicStroke((float) (1.2 * scale),
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f)));
                labels.add(new CurveLabels.Label(List.of(CurveGuides.optimumLabel(config, opt)), 0, opt,
                        CurveLabels.Kind.HORIZONTAL, OPTIMUM));
            }
            CurveGuides.addOwnOptima(plot, config, methods, opt, log, scale, labels);
            CurveGuides.addRegularisers(plot, config, labels, scale);
        }
        CurveGuides.addChanges(plot, changes, labels, scale);
        labels(chart).set(labels, scale);
        plot.setDataset(data);
    }

    /**
     * At most about {@code max} changes, at least 1/max of the steps they span apart (the first of each
     * such stretch); all of them when there are no more than {@code max}. A file may hold 10,000.
     */
    static List<ConfigChange> thinned(List<ConfigChange> changes, int max) {
        if (changes.size() <= max) {
            return changes;
        }
        long first = changes.get(0).step();
        double bucket = Math.max(1.0, (changes.get(changes.size() - 1).step() - first) / (double) max);
        List<ConfigChange> out = new java.util.ArrayList<>();
        long lastBucket = -1;
        for (ConfigChange c : changes) {
            long b = (long) ((c.step() - first) / bucket);
            if (b != lastBucket) {
                out.add(c);
                lastBucket = b;
            }
        }
        return out;
    }

    /** The chart's label layer (optimum, regularisers, changes), for tests and the window. */
    public static CurveLabels labels(JFreeChart chart) {
        for (Object a : chart.getXYPlot().getAnnotations()) {
            if (a instanceof CurveLabels l) {
                return l;
            }
        }
        CurveLabels l = new CurveLabels();
        chart.getXYPlot().addAnnotation(l, false);
        return l;
    }

    /** The line of a method's quantity: the method's own dash ({@link DequantMethod#curveDash}), scaled. */
    public static Stroke stroke(DequantMethod m, Quantity q, double scale) {
        float w = (float) ((q == Quantity.LOSS ? 2.0 : 1.4) * scale);
        float[] dash = m.curveDash();
        if (dash == null) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = dash[i] * (float) scale;
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    /**
     * Adds at most about {@code max} points of (x, y)[0..count) to {@code series}: all of them if few,
     * else per bucket the minimum and the maximum in their original order (spikes survive).
     */
    public static void addThinned(XYSeries series, double[] x, double[] y, int count, int max) {
        if (count <= max) {
            for (int i = 0; i < count; i++) {
                series.add(x[i], y[i], false);
            }
            series.fireSeriesChanged();
            return;
        }
        int buckets = Math.max(1, max / 2);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * count / buckets);
            int to = (int) ((long) (b + 1) * count / buckets);
            if (to <= from) {
                continue;
            }
            int lo = from, hi = from;
            for (int i = from + 1; i < to; i++) {
                if (y[i] < y[lo]) {
                    lo = i;
                }
                if (y[i] > y[hi]) {
                    hi = i;
                }
            }
            int first = Math.min(lo, hi), second = Math.max(lo, hi);
            series.add(x[first], y[first], false);
            if (second != first) {
                series.add(x[second], y[second], false);
            }
        }
        series.fireSeriesChanged();
    }

    /** The points of a thinned list, for tests: a new series with at most about {@code max} points. */
    public static List<double[]> thinned(double[] x, double[] y, int max) {
        XYSeries s = new XYSeries("t", false, true);
        addThinned(s, x, y, x.length, max);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < s.getItemCount(); i++) {
            out.add(new double[] {s.getX(i).doubleValue(), s.getY(i).doubleValue()});
        }
        return out;
    }
}
