package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.Methods;
import org.dequantlab.train.History;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders known snapshots into images and checks pixels where the maths puts things. */
class SnapshotRendererTest {
    static final int W = 1200, H = 700;
    static Snapshot known;

    @BeforeAll
    static void build() {
        known = KnownSnapshots.twoCategories();
    }

    static RenderOptions panelsOnly() {
        return new RenderOptions(List.of(Methods.CATNF, Methods.TRUFL), false, false, 1.0, true, 0.6);
    }

    static BufferedImage render(Snapshot s, RenderOptions o) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new SnapshotRenderer().draw(g, W, H, new Frame(s, List.of(), List.of()), o);
        g.dispose();
        return img;
    }

    @Test
    void knownSnapshotHasBandsAndColoursWhereTheMathsPutsThem() throws Exception {
        BufferedImage img = render(known, panelsOnly());
        ImageIO.write(img, "png", new File("target/render-known.png"));
        KnownSnapshots.assertKnownDrawing((x, y) -> new Color(img.getRGB(x, y)), panelsOnly(), W, H);
    }

    @Test
    void catnfPanelHasNoBands() {
        BufferedImage img = render(known, panelsOnly());
        PanelGeometry catnf = RenderLayout.of(W, H, panelsOnly()).panels().get(0);
        int yTop = (int) Math.round(catnf.plotY() + catnf.plotHeight() * 0.15);
        int x = (int) Math.round(catnf.zToX(-2.8));
        Color c = new Color(img.getRGB(x, yTop));
        assertTrue(c.getRed() > 245 && c.getBlue() > 245, "no band in CatNF: " + c);
    }

    @Test
    void failedStatusShowsTagAndCurvesDrawWithHistory() throws Exception {
        TrainingSession session = new TrainingSession(ExperimentConfig.defaults());
        session.run(300);
        session.applyHot(session.config().withWeights(5, 1));
        session.run(300);
        Snapshot s = session.snapshot(true, TrainerStatus.FAILED, "boom", 1);
        History h = session.history();
        RenderOptions o = RenderOptions.defaults(List.of(Methods.CATNF, Methods.TRUFL));
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new SnapshotRenderer().draw(g, W, H, new Frame(s, h.records(), h.changes()), o);
        g.dispose();
        ImageIO.write(img, "png", new File("target/render-curves.png"));
        RenderLayout layout = RenderLayout.of(W, H, o);
        // red FAILED tag somewhere in the header
        int red = 0;
        for (int x = 0; x < W / 2; x++) {
            for (int y = 0; y < (int) layout.header().getHeight(); y++) {
                Color c = new Color(img.getRGB(x, y));
                if (c.getRed() > 180 && c.getGreen() < 80 && c.getBlue() < 80) {
                    red++;
                }
            }
        }
        assertTrue(red > 50, "FAILED tag drawn (" + red + " red pixels)");
        // the curve area contains the loss colour
        var area = layout.curves();
        boolean loss = false;
        for (int x = (int) area.getX(); x < area.getMaxX() && !loss; x += 2) {
            for (int y = (int) area.getY(); y < area.getMaxY() && !loss; y += 2) {
                Color c = new Color(img.getRGB(x, y));
                loss = c.getRed() == 0x3C && c.getGreen() == 0x6E && c.getBlue() == 0x9F;
            }
        }
        assertTrue(loss, "Rec curve drawn in its colour");
    }

    @Test
    void thinningKeepsSpikesAndBoundsThePointCount() {
        int n = 5000;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 1.0;
        }
        y[3217] = 50;
        y[4100] = -7;
        List<double[]> t = CurvesChartFactory.thinned(x, y, 1000);
        assertTrue(t.size() <= 1000, "at most 1000 points, got " + t.size());
        assertTrue(t.stream().anyMatch(p -> p[0] == 3217 && p[1] == 50), "spike kept");
        assertTrue(t.stream().anyMatch(p -> p[0] == 4100 && p[1] == -7), "dip kept");
        List<Double> xs = new ArrayList<>();
        t.forEach(p -> xs.add(p[0]));
        for (int i = 1; i < xs.size(); i++) {
            assertTrue(xs.get(i) > xs.get(i - 1), "steps stay in order");
        }
    }

    @Test
    void textHelpers() {
        assertEquals("step 1,234", SnapshotRenderer.stepText(1234));
        assertEquals("λ_rec : λ_KL = 10 : 1", SnapshotRenderer.weightingText(ExperimentConfig.defaults()));
        assertEquals("0.25", SnapshotRenderer.number(0.25));
    }

    @Test
    void drawsFastEnough() {
        // not a speed assertion: prints the figure for the report
        RenderOptions o = panelsOnly();
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        SnapshotRenderer r = new SnapshotRenderer();
        Frame f = new Frame(known, List.of(), List.of());
        long[] t = new long[60];
        for (int i = 0; i < t.length; i++) {
            Graphics2D g = img.createGraphics();
            long t0 = System.nanoTime();
            r.draw(g, W, H, f, o);
            t[i] = System.nanoTime() - t0;
            g.dispose();
        }
        java.util.Arrays.sort(t);
        System.out.printf("render 1200x700 panels only: median %.2f ms, max %.2f ms%n", t[30] / 1e6, t[59] / 1e6);
        assertTrue(t[30] > 0);
    }
}
