package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The curves' labels: never on top of each other, every change named, the optimum's label off the curves. */
class CurveLabelsTest {
    private static final List<DequantMethod> BOTH = List.of(Methods.CATNF, Methods.TRUFL);

    /** Blog-like curves: losses fall from 7 to CatNF's 1.356 and TRUFL's 0.693, TRUFL's KL rising to log 2. */
    static List<HistoryRecord> blogLike(int steps) {
        List<HistoryRecord> out = new ArrayList<>();
        for (int s = 0; s <= steps; s += Math.max(1, steps / 400)) {
            double e = Math.exp(-s / 150.0);
            List<HistoryRecord.Point> points = List.of(
                    new HistoryRecord.Point(Methods.CATNF, new double[4], 1.356 + 5.6 * e, 0.018 + 0.67 * e,
                            1.17 * (1 - e), new double[2]),
                    new HistoryRecord.Point(Methods.TRUFL, new double[8], 0.6931 + 6.3 * e + 0.004 * Math.sin(s),
                            0.68 * e, 0.6931 * (1 - e) + 0.25 * e, new double[2]));
            out.add(new HistoryRecord(s, points));
        }
        return out;
    }

    static ChartRenderingInfo draw(JFreeChart chart, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        g.dispose();
        return info;
    }

    @Test
    void changeLabelsCloseTogetherOrAtOneStepNeverOverlapAndNameEveryChange() {
        ExperimentConfig a = ExperimentConfig.defaults();
        ExperimentConfig b = a.withSteps(2);
        ExperimentConfig c = b.withWeights(5, 1);
        ExperimentConfig d = c.withWeights(5, 2);
        ExperimentConfig e = d.withLearningRate(0.05);
        List<ConfigChange> changes = List.of(new ConfigChange(3000, a, b), new ConfigChange(3000, b, c),
                new ConfigChange(3050, c, d), new ConfigChange(3100, d, e), new ConfigChange(9000, e, e.withWeights(10, 1)));
        JFreeChart chart = CurvesChartFactory.create(false, 1.0);
        CurvesChartFactory.update(chart, blogLike(10_000), changes, e, BOTH);
        for (int[] size : new int[][] {{1400, 300}, {800, 220}, {600, 160}}) {
            draw(chart, size[0], size[1]);
            List<CurveLabels.Placed> placed = CurvesChartFactory.labels(chart).placed();
            assertNoOverlap(placed);
            String all = String.join(" | ", placed.stream().map(CurveLabels.Placed::text).toList());
            if (size[0] >= 800) {
                assertTrue(all.contains("λ_rec 10 → 5 / stop at step 10000 → 2"), "one label for the step: " + all);
                assertTrue(all.contains("λ_KL 1 → 2") && all.contains("learning rate 0.01 → 0.05"), all);
                assertTrue(all.contains("optimum λ_KL·H(p̃) = "), all);
            }
        }
    }

    @Test
    void theOptimumLabelSitsWhereNoCurveCrossesIt() {
        JFreeChart chart = CurvesChartFactory.create(false, 1.0);
        CurvesChartFactory.update(chart, blogLike(10_000), List.of(), ExperimentConfig.defaults(), BOTH);
        for (int[] size : new int[][] {{1400, 300}, {800, 200}}) {
            ChartRenderingInfo info = draw(chart, size[0], size[1]);
            CurveLabels.Placed optimum = CurvesChartFactory.labels(chart).placed().stream()
                    .filter(p -> p.text().startsWith("optimum")).findFirst().orElseThrow();
            Rectangle2D area = info.getPlotInfo().getDataArea();
            int crossed = 0;
            for (Line2D s : segments(chart.getXYPlot(), area)) {
                if (optimum.box().intersectsLine(s)) {
                    crossed++;
                }
            }
            assertEquals(0, crossed, "curves through the optimum's label at " + size[0] + "x" + size[1]);
        }
    }

    @Test
    void aZoomedValueRangeMarksWhereCurvesLeaveIt() {
        JFreeChart chart = CurvesChartFactory.create(false, 1.0);
        CurvesChartFactory.update(chart, blogLike(10_000), List.of(), ExperimentConfig.defaults(), BOTH, 400,
                new CurvesView(0, 10_000, 0.5, 1.5, false));
        draw(chart, 900, 250);
        assertTrue(CurvesChartFactory.labels(chart).clipMarks() > 0, "the early losses run off the top");
        CurvesChartFactory.update(chart, blogLike(10_000), List.of(), ExperimentConfig.defaults(), BOTH, 400,
                CurvesView.AUTO);
        draw(chart, 900, 250);
        assertEquals(0, CurvesChartFactory.labels(chart).clipMarks(), "nothing is clipped in the automatic view");
        CurvesChartFactory.update(chart, blogLike(10_000), List.of(), ExperimentConfig.defaults(), BOTH, 400,
                new CurvesView(5000, 10_000, Double.NaN, Double.NaN, true));
        draw(chart, 900, 250);
        double hi = chart.getXYPlot().getRangeAxis().getUpperBound();
        assertTrue(hi < 2, "fitting the late steps leaves out the early losses: " + hi);
    }

    static void assertNoOverlap(List<CurveLabels.Placed> placed) {
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()),
                        "'" + placed.get(i).text() + "' overlaps '" + placed.get(j).text() + "'");
            }
        }
    }

    static List<Line2D> segments(XYPlot plot, Rectangle2D area) {
        List<Line2D> out = new ArrayList<>();
        XYDataset d = plot.getDataset();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 1; i < d.getItemCount(s); i++) {
                out.add(new Line2D.Double(
                        plot.getDomainAxis().valueToJava2D(d.getXValue(s, i - 1), area, plot.getDomainAxisEdge()),
                        plot.getRangeAxis().valueToJava2D(d.getYValue(s, i - 1), area, plot.getRangeAxisEdge()),
                        plot.getDomainAxis().valueToJava2D(d.getXValue(s, i), area, plot.getDomainAxisEdge()),
                        plot.getRangeAxis().valueToJava2D(d.getYValue(s, i), area, plot.getRangeAxisEdge())));
            }
        }
        return out;
    }

    @Test
    void anEmptyChartCountsStepsFromZero() {
        org.jfree.chart.JFreeChart chart = CurvesChartFactory.create(false, 1.0);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 800, 300));
        g.dispose();
        org.jfree.data.Range r = chart.getXYPlot().getDomainAxis().getRange();
        org.junit.jupiter.api.Assertions.assertEquals(0, r.getLowerBound(), 1e-9, "no negative steps: " + r);
        org.junit.jupiter.api.Assertions.assertTrue(r.getUpperBound() >= 10 && r.getUpperBound() <= 11, r.toString());
    }
}
