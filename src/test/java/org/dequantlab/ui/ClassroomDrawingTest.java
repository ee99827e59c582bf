package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.render.ChangeHighlightLayer;
import org.dequantlab.render.CurvesChartFactory;
import org.dequantlab.render.Frame;
import org.dequantlab.render.IdealPartitionLayer;
import org.dequantlab.render.KnownSnapshots;
import org.dequantlab.render.Overlays;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.SnapshotFactory;
import org.dequantlab.train.TrainerStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** The classroom drawing without a window: hit-testing, ideal cuts, slow-motion arrows, scaled header, curves. */
class ClassroomDrawingTest {
    private static final int W = 1200, H = 500;
    private static final RenderOptions O = new RenderOptions(List.of(Methods.CATNF, Methods.TRUFL), false, false, 1.0,
            true, 0.6);

    private static Snapshot known(double[] p, double[] mu, double[] lower, double[] upper, long step) {
        ExperimentConfig config = ExperimentConfig.defaults().withCategories(p.length, p);
        double[] catnf = LogisticMethod.theta(Methods.CATNF, mu, KnownSnapshots.SCALE, null, null);
        double[] trufl = LogisticMethod.theta(Methods.TRUFL, mu, KnownSnapshots.SCALE, lower, upper);
        return new SnapshotFactory(p.length).snapshot(config, step, List.of(catnf, trufl), true, TrainerStatus.PAUSED,
                null, step);
    }

    private static BufferedImage draw(Frame f, RenderOptions o, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new SnapshotRenderer().draw(g, w, h, f, o);
        g.dispose();
        return img;
    }

    @Test
    void everyExplanationIsNonEmptyAndEveryMetricRowAndControlIdHasOne() {
        for (Explanations e : Explanations.values()) {
            assertFalse(e.title().isBlank(), e.name());
            assertTrue(e.text().length() > 30, e.name() + " says something: " + e.text());
            assertTrue(e.text().length() < 420, e.name() + " is one or two sentences");
        }
        for (String row : List.of("loss", "ELBO", "log p(x)", "IWAE", "Rec", "KL", "  KL x=3", "decode acc.",
                "mutual inf.", "ocean mass")) {
            assertNotNull(Explanations.forMetricRow(row), row);
        }
        for (org.dequantlab.config.Setting<?> f : org.dequantlab.config.Settings.all()) {
            assertNotNull(Explanations.forControl("edit-" + f.key()), "editor of " + f.key());
        }
    }

    @Test
    void hitTestingFindsBandOceanStripAndCurves() {
        Snapshot s = KnownSnapshots.twoCategories();
        RenderLayout layout = RenderLayout.of(W, H, O);
        PanelGeometry trufl = layout.panels().get(1);
        PanelGeometry catnf = layout.panels().get(0);
        double lo0 = KnownSnapshots.MU[0] - KnownSnapshots.halfWidth();
        double yHigh = trufl.plotY() + trufl.plotHeight() * 0.1; // above every curve
        CanvasHitTester.Hit band = CanvasHitTester.hit(trufl.zToX(lo0 + 0.3), yHigh, W, H, O, s, false);
        assertEquals(Explanations.TRUFL_BAND, band.element());
        assertEquals(0, band.category());
        assertTrue(band.text().contains("(a, b) = (0.10, 0.90)") && band.text().contains("support z ∈ (−3.10, −0.90)"),
                band.text());
        CanvasHitTester.Hit ocean = CanvasHitTester.hit(trufl.zToX(0.0), yHigh, W, H, O, s, false);
        assertEquals(Explanations.OCEAN, ocean.element());
        double ys = trufl.stripY() + trufl.stripHeight() / 2;
        assertEquals(Explanations.OCEAN, CanvasHitTester.hit(trufl.zToX(0.0), ys, W, H, O, s, false).element());
        CanvasHitTester.Hit strip = CanvasHitTester.hit(trufl.zToX(-2.0), ys, W, H, O, s, false);
        assertEquals(Explanations.DECODER_STRIP, strip.element());
        assertEquals(0, strip.category());
        assertEquals(Explanations.UNCERTAINTY,
                CanvasHitTester.hit(catnf.zToX(0.0), ys, W, H, O, s, false).element(), "CatNF is unsure at z = 0");
        double peak = 0.5 * 0.25 / KnownSnapshots.SCALE[1]; // weighted CatNF peak of x=1 at μ = 2
        CanvasHitTester.Hit comp = CanvasHitTester.hit(catnf.zToX(2.0), catnf.densityToY(peak), W, H, O, s, false);
        assertEquals(Explanations.COMPONENT, comp.element());
        assertEquals(1, comp.category());
        CanvasHitTester.Hit end = CanvasHitTester.hit(trufl.zToX(lo0), yHigh, W, H, O, s, false);
        assertEquals(Explanations.BAND_END, end.element());
        assertEquals(Explanations.HEADER, CanvasHitTester.hit(20, 10, W, H, O, s, false).element());
        assertEquals(null, CanvasHitTester.hit(2, H - 2, W, H, O, s, false), "nothing in the margin");
    }

    @Test
    void idealPartitionIsDrawnAtLogitOfTheCumulativeDistribution() {
        double[] p = {0.8, 0.2};
        Snapshot s = known(p, KnownSnapshots.MU, KnownSnapshots.LOWER, KnownSnapshots.UPPER, 10);
        double cut = Math.log(0.8 / 0.2);
        assertEquals(cut, s.config().idealCuts()[0], 1e-12);
        BufferedImage with = draw(new Frame(s, List.of(), List.of(), new Overlays(null, Map.of(), true)), O, W, H);
        BufferedImage without = draw(new Frame(s, List.of(), List.of()), O, W, H);
        PanelGeometry trufl = RenderLayout.of(W, H, O).panels().get(1);
        int x = (int) Math.round(trufl.zToX(cut));
        assertTrue(greenInColumn(with, x, trufl), "dotted green line at z = logit(0.8) = " + cut);
        assertFalse(greenInColumn(without, x, trufl), "no line without the overlay");
        assertFalse(greenInColumn(with, (int) Math.round(trufl.zToX(0.0)), trufl), "not at the uniform cut z = 0");
        double[] three = ExperimentConfig.defaults().withCategories(3, new double[] {0.25, 0.5, 0.25}).idealCuts();
        assertEquals(Math.log(0.25 / 0.75), three[0], 1e-12);
        assertEquals(Math.log(0.75 / 0.25), three[1], 1e-12);
    }

    private static boolean greenInColumn(BufferedImage img, int x, PanelGeometry p) {
        Color green = IdealPartitionLayer.COLOUR;
        int hits = 0;
        for (int y = (int) p.plotY() + 2; y < p.baseY() - 2; y++) {
            for (int dx = -1; dx <= 1; dx++) {
                Color c = new Color(img.getRGB(x + dx, y));
                if (Math.abs(c.getRed() - green.getRed()) + Math.abs(c.getGreen() - green.getGreen())
                        + Math.abs(c.getBlue() - green.getBlue()) < 90) {
                    hits++;
                    break;
                }
            }
        }
        return hits > 10;
    }

    @Test
    void slowMotionDrawsAnArrowFromTheOldToTheNewBandEndAndTheLossChange() {
        double[] p = {0.5, 0.5};
        Snapshot before = known(p, KnownSnapshots.MU, KnownSnapshots.LOWER, KnownSnapshots.UPPER, 41);
        double[] upper = {0.97, 0.9}; // x=0's upper end moves right
        Snapshot after = known(p, KnownSnapshots.MU, KnownSnapshots.LOWER, upper, 42);
        assertTrue(ChangeHighlightLayer.comparable(before, after));
        assertFalse(ChangeHighlightLayer.comparable(after, before), "only an earlier step is 'previous'");
        BufferedImage with = draw(new Frame(after, List.of(), List.of(), new Overlays(before, Map.of(), false)), O, W, H);
        BufferedImage without = draw(new Frame(after, List.of(), List.of()), O, W, H);
        PanelGeometry trufl = RenderLayout.of(W, H, O).panels().get(1);
        double z0 = before.method(Methods.TRUFL).parameters().supportHigh(0);
        double z1 = after.method(Methods.TRUFL).parameters().supportHigh(0);
        assertTrue(z1 - z0 > 0.3, "the end moved visibly: " + z0 + " → " + z1);
        int y = (int) Math.round(trufl.plotY() + (22 + 12 * 0 + 6 * 1));
        int mid = (int) Math.round(trufl.zToX((z0 + z1) / 2));
        Color arrow = new Color(with.getRGB(mid, y));
        Color plain = new Color(without.getRGB(mid, y));
        assertTrue(arrow.getRed() + arrow.getGreen() + arrow.getBlue() < plain.getRed() + plain.getGreen()
                + plain.getBlue() - 120, "arrow drawn between the old and new end: " + arrow + " vs " + plain);
        assertTrue(ChangeHighlightLayer.deltaText(-0.01234).equals("Δloss −0.0123"));
    }

    @Test
    void presentationScaleEnlargesTheStepCounterAndKeepsItAt250Percent() {
        Snapshot s = KnownSnapshots.twoCategories();
        int small = counterHeight(s, 1.0, 1600, 900);
        int large = counterHeight(s, 2.5, 1600, 900);
        assertTrue(small > 5, "counter drawn at 100%: " + small);
        assertTrue(large >= 2 * small, "counter grows at 250%: " + small + " → " + large);
        // on a 1280-pixel projector at 250% the legend gives way: the weighting's area stays free of colour
        RenderOptions o = new RenderOptions(O.methods(), false, false, 2.5, true, 0.6);
        BufferedImage img = draw(new Frame(s, List.of(), List.of()), o, 1280, 800);
        int coloured = 0;
        for (int y = 0; y < RenderLayout.of(1280, 800, o).header().getHeight(); y++) {
            for (int x = 300; x < 820; x++) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()))
                        - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) > 60) {
                    coloured++;
                }
            }
        }
        assertEquals(0, coloured, "no legend colour over the weighting at 250% on 1280 pixels");
    }

    /** The ink height of the step counter (left part of the header). */
    private static int counterHeight(Snapshot s, double scale, int w, int h) {
        RenderOptions o = new RenderOptions(O.methods(), false, false, scale, true, 0.6);
        BufferedImage img = draw(new Frame(s, List.of(), List.of()), o, w, h);
        RenderLayout layout = RenderLayout.of(w, h, o);
        int top = Integer.MAX_VALUE, bottom = -1;
        for (int y = 0; y < layout.header().getHeight(); y++) {
            for (int x = (int) (10 * scale); x < (int) (60 * scale); x++) {
                if ((new Color(img.getRGB(x, y)).getRed()) < 90) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return bottom - top + 1;
    }

    @Test
    void curvesShadeTheAnnealingRampAndDrawTheFreeBitsFloor() {
        ExperimentConfig c = ExperimentConfig.defaults().withRegularisers(800, 0.25);
        JFreeChart chart = CurvesChartFactory.create(false, 1.0);
        CurvesChartFactory.update(chart, List.of(), List.of(), c, c.methods());
        var domain = chart.getXYPlot().getDomainMarkers(Layer.BACKGROUND);
        assertNotNull(domain);
        IntervalMarker ramp = (IntervalMarker) domain.stream().filter(m -> m instanceof IntervalMarker)
                .findFirst().orElseThrow();
        assertEquals(0, ramp.getStartValue());
        assertEquals(800, ramp.getEndValue());
        assertTrue(chart.getXYPlot().getRangeMarkers(Layer.FOREGROUND).stream()
                .anyMatch(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue() == 0.25), "free-bits floor at 0.25");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(900, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 900, 300));
        g.dispose();
        List<String> labels = CurvesChartFactory.labels(chart).placed().stream()
                .map(org.dequantlab.render.CurveLabels.Placed::text).toList();
        assertTrue(labels.contains("KL annealing") && labels.contains("free bits 0.25"), labels.toString());
        CurvesChartFactory.update(chart, List.of(), List.of(), ExperimentConfig.defaults(), c.methods());
        var cleared = chart.getXYPlot().getDomainMarkers(Layer.BACKGROUND);
        assertTrue(cleared == null || cleared.isEmpty(), "no ramp when annealing is off");
    }

    @Test
    void barsKeepTheTotalAtOneAndEveryBarPositive() {
        double[] p = DistributionBars.setBar(new double[] {0.25, 0.25, 0.5}, 0, 0.7);
        assertEquals(0.7, p[0], 1e-12);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
        assertEquals(p[2], 2 * p[1], 1e-12, "the others keep their ratio");
        double[] q = DistributionBars.setBar(new double[] {0.5, 0.5}, 1, 5);
        assertEquals(1 - DistributionBars.MIN_P, q[1], 1e-12);
        assertTrue(q[0] >= DistributionBars.MIN_P - 1e-12);
    }
}
