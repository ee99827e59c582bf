package org.dequantlab.render.why;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Setting;
import org.dequantlab.config.Settings;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.sweep.SweepAxis;
import org.dequantlab.sweep.SweepMetric;
import org.dequantlab.sweep.SweepPlan;
import org.dequantlab.sweep.SweepResult;
import org.dequantlab.sweep.SweepSetting;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The sweep's chart: the final loss, Rec, KL, mutual information and decode accuracy (one panel each,
 * sharing the varied setting as x axis) per method, as the mean over seeds with a bar of ± one
 * standard deviation. With a second varied setting each of its values is its own series (colour),
 * the method told by its dash.
 */
public final class SweepChart {
    /** Default export size in pixels. */
    public static final int WIDTH = 1100, HEIGHT = 1200;

    /** The settings the subtitle writes in its own words, or the chart's series and title. */
    private static final List<Setting<?>> SUMMARISED = List.of(Settings.CATEGORIES, Settings.DATA_DISTRIBUTION,
            Settings.LAMBDA_REC, Settings.LAMBDA_KL, Settings.LEARNING_RATE, Settings.ESTIMATOR, Settings.SEED,
            Settings.METHODS, Settings.STEPS);

    private SweepChart() {}

    /** The chart of a (possibly partial) result. */
    public static JFreeChart create(SweepResult result) {
        SweepPlan plan = result.plan();
        SweepAxis first = plan.axes().get(0);
        CategoryAxis x = new CategoryAxis(axisLabel(plan));
        x.setCategoryMargin(0.1);
        if (first.values().size() > 12) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(x);
        combined.setGap(8);
        List<SweepPlan.Point> points = plan.points();
        LegendItemCollection legend = null;
        for (SweepMetric metric : SweepMetric.PLOTTED) {
            CategoryPlot plot = panel(result, plan, points, metric);
            combined.add(plot, 1);
            if (legend == null) {
                legend = plot.getLegendItems();
            }
        }
        combined.setFixedLegendItems(legend); // once, not once per panel
        JFreeChart chart = WhyStyle.chart(title(plan, result), combined, true);
        chart.addSubtitle(new TextTitle(subtitle(plan), WhyStyle.SMALL));
        return chart;
    }

    private static CategoryPlot panel(SweepResult result, SweepPlan plan, List<SweepPlan.Point> points,
            SweepMetric metric) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(true, true);
        r.setUseSeriesOffset(true);
        r.setItemMargin(0.15);
        int series = 0;
        boolean two = plan.axes().size() > 1;
        List<String> seconds = two ? plan.axes().get(1).values() : List.of("");
        for (int j = 0; j < seconds.size(); j++) {
            for (DequantMethod m : plan.methods()) {
                String key = m.label() + (two ? ", " + plan.axes().get(1).setting().label() + "=" + seconds.get(j) : "");
                for (SweepPlan.Point p : points) {
                    if (two && !p.values().get(1).equals(seconds.get(j))) {
                        continue;
                    }
                    SweepResult.Stats s = result.stats(p, m, metric);
                    data.add(s.n() == 0 ? null : s.mean(), s.n() == 0 ? null : s.sd(), key, p.values().get(0));
                }
                Color c = two ? WhyStyle.series(j) : WhyStyle.method(m);
                r.setSeriesPaint(series, c);
                r.setErrorIndicatorPaint(c);
                r.setSeriesStroke(series, WhyStyle.dashed(m, 1.8f));
                r.setSeriesShape(series, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
                series++;
            }
        }
        r.setErrorIndicatorPaint(null); // each error bar in its series' colour
        r.setErrorIndicatorStroke(new BasicStroke(1.2f));
        NumberAxis y = new NumberAxis(metric.label());
        y.setAutoRangeIncludesZero(metric == SweepMetric.MUTUAL_INFORMATION || metric == SweepMetric.RECON);
        y.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        y.setTickLabelFont(WhyStyle.SMALL);
        if (metric == SweepMetric.DECODE_ACCURACY) {
            y.setAutoRangeIncludesZero(false);
            y.setAutoRangeMinimumSize(0.02);
        }
        CategoryPlot plot = new CategoryPlot(data, null, y, r);
        WhyStyle.plot(plot);
        return plot;
    }

    private static String title(SweepPlan plan, SweepResult result) {
        StringBuilder sb = new StringBuilder("Sweep of ");
        for (int i = 0; i < plan.axes().size(); i++) {
            sb.append(i > 0 ? " and " : "").append(plan.axes().get(i).setting().label());
        }
        sb.append(String.format(Locale.ROOT, ": %d seed%s x %,d steps, mean ± s.d. over seeds", plan.seeds(),
                plan.seeds() == 1 ? "" : "s", plan.steps()));
        int ended = result.outcomes().size(), all = plan.taskCount();
        long counted = result.outcomes().stream().filter(o -> o.done() || o.status() == org.dequantlab.sweep.SweepOutcome
                .Status.FAILED).count();
        if (result.cancelled()) {
            sb.append(String.format(Locale.ROOT, " (cancelled: %d of %d runs)", counted, all));
        } else if (ended < all) {
            sb.append(String.format(Locale.ROOT, " (running: %d of %d runs)", ended, all));
        }
        return sb.toString();
    }

    /**
     * What the settings that do not vary were, e.g. "other settings: K=2, p̃=(0.5, 0.5), λ_KL=1, lr 0.01,
     * exact, seed 42 + seed index".
     */
    static String subtitle(SweepPlan plan) {
        ExperimentConfig c = plan.base();
        java.util.Set<Setting<?>> varied = new java.util.HashSet<>(); // the table's rows the axes change
        for (SweepAxis a : plan.axes()) {
            varied.add(a.setting().target());
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!varied.contains(Settings.CATEGORIES)) {
            parts.add("K=" + c.categories());
        }
        if (!varied.contains(Settings.CATEGORIES) && !varied.contains(Settings.DATA_DISTRIBUTION)) {
            StringBuilder p = new StringBuilder("p̃=(");
            for (int x = 0; x < c.categories(); x++) {
                p.append(x > 0 ? ", " : "").append(num(c.probability(x)));
            }
            parts.add(p.append(')').toString());
        }
        boolean rec = varied.contains(Settings.LAMBDA_REC);
        boolean kl = varied.contains(Settings.LAMBDA_KL);
        if (!rec && !kl) {
            parts.add("λ_rec:λ_KL=" + num(c.lambdaRec()) + ":" + num(c.lambdaKl()));
        } else if (!kl) {
            parts.add("λ_KL=" + num(c.lambdaKl()));
        } else if (!rec) {
            parts.add("λ_rec=" + num(c.lambdaRec()));
        }
        if (!varied.contains(Settings.LEARNING_RATE)) {
            parts.add("lr " + num(c.learningRate()));
        }
        if (!varied.contains(Settings.ESTIMATOR)) {
            parts.add(c.estimator().id());
        }
        // every other row of the settings table that is not varied and differs from the defaults
        ExperimentConfig defaults = ExperimentConfig.defaults();
        for (Setting<?> s : Settings.all()) {
            if (!SUMMARISED.contains(s) && !varied.contains(s) && !s.same(c, defaults)) {
                parts.add(s.label() + " " + s.format(c));
            }
        }
        parts.add(varied.contains(Settings.SEED) ? "seeds: value + seed index" : "seeds " + c.seed() + " + index");
        return "other settings: " + String.join(", ", parts);
    }

    /** The x axis's label: the setting, with λ_KL where the ratio is meant. */
    static String axisLabel(SweepPlan plan) {
        SweepSetting s = plan.axes().get(0).setting();
        if (s == SweepSetting.of(Settings.LAMBDA_REC)) {
            return plan.base().lambdaKl() == 1 ? "λ_rec  (λ_KL = 1, so this is λ_rec : λ_KL)"
                    : "λ_rec  (λ_KL = " + num(plan.base().lambdaKl()) + ")";
        }
        return s.label();
    }

    /** A short number: integers without decimals, others with up to 4 significant digits, no trailing zeros. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
