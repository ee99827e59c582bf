package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.render.KnownSnapshots.PixelSource;
import org.dequantlab.train.Snapshot;
import org.junit.jupiter.api.Test;

/** Zoom, pan and the automatic y-range of the density panels, and the marks where a curve is clipped. */
class DensityViewTest {
    private static final List<DequantMethod> BOTH = List.of(Methods.CATNF, Methods.TRUFL);

    @Test
    void zoomKeepsThePointUnderThePointerAndStaysOnTheGrid() {
        DensityView v = DensityView.DEFAULT.zoomZ(0.5, 2.0);
        assertEquals(7.0, v.zWidth(), 1e-12);
        assertEquals((2.0 - v.zMin()) / v.zWidth(), (2.0 - DensityGrid.Z_MIN) / 14.0, 1e-12, "2.0 stays put");
        DensityView tiny = v.zoomZ(1e-6, 0);
        assertEquals(DensityView.MIN_Z_WIDTH, tiny.zWidth(), 1e-12, "no narrower than the grid resolves");
        DensityView out = v.zoomZ(100, 0);
        assertTrue(out.fullWidth(), "zooming out stops at the grid");
        DensityView panned = v.panZ(100);
        assertEquals(DensityGrid.Z_MAX, panned.zMax(), 1e-12);
        assertEquals(7.0, panned.zWidth(), 1e-12, "panning keeps the width");
        assertEquals(0.3, DensityView.DEFAULT.zoomDensity(0.5).densityMax(), 1e-12);
    }

    @Test
    void theAutomaticTopFitsTheTallestPeakAndDoesNotFlicker() {
        assertEquals(0.6, DensityView.autoTop(0.45, 0.6), "fits, not much room wasted: kept");
        assertEquals(2.5, DensityView.autoTop(2.31, 0.6), 1e-12, "a clipped peak raises it at once");
        assertEquals(2.5, DensityView.autoTop(2.0, 2.5), "a falling peak does not move it");
        assertEquals(0.5, DensityView.autoTop(0.4, 2.5), 1e-12, "but it comes down once all fits in under half");
        Snapshot s = KnownSnapshots.twoCategories();
        assertEquals(0.25 / 0.8, DensityView.DEFAULT.tallest(s, true), 1e-3, "TRUFL's truncated peak");
    }

    @Test
    void aZoomedViewDrawsEachPeakWhereItsGeometrySays() {
        RenderOptions o = new RenderOptions(BOTH, false, false, 1.0, true, new DensityView(-3.5, -0.5, 0.4));
        BufferedImage img = draw(o, 900, 500);
        RenderLayout layout = RenderLayout.of(900, 500, o);
        PanelGeometry catnf = layout.panels().get(0);
        int px = (int) Math.round(catnf.zToX(KnownSnapshots.MU[0]));
        assertTrue(px > catnf.plotX() + catnf.plotWidth() * 0.4 && px < catnf.plotX() + catnf.plotWidth() * 0.6,
                "z = −2 is mid-panel in the view −3.5..−0.5");
        int py = (int) Math.round(catnf.densityToY(0.25));
        assertTrue(KnownSnapshots.found(pixels(img), px, py, 4, CategoryPalette.lineColor(0), 40), "x=0's peak");
        // x=1's peak (at z = +2) is outside the view: its colour appears nowhere above its flat tail
        int seen = 0;
        for (int x = (int) catnf.plotX() + 2; x < catnf.plotX() + catnf.plotWidth() - 2; x++) {
            for (int y = (int) catnf.plotY() + 2; y < catnf.baseY() - 12; y++) {
                if (KnownSnapshots.found(pixels(img), x, y, 0, CategoryPalette.lineColor(1), 20)) {
                    seen++;
                }
            }
        }
        assertEquals(0, seen, "nothing of x=1 leaks into the zoomed panel");
    }

    @Test
    void clippedPeaksAreMarkedOnTheTopEdgeAndUnclippedOnesAreNot() {
        Snapshot s = KnownSnapshots.twoCategories();
        RenderOptions low = new RenderOptions(BOTH, false, false, 1.0, true, DensityView.fixed(0.2));
        RenderLayout layout = RenderLayout.of(900, 500, low);
        List<ClipMarkLayer.Mark> marks = ClipMarkLayer.marks(layout.panels().get(0), s.method(Methods.CATNF).curves(),
                s, low);
        assertEquals(3, marks.size(), "both CatNF peaks (0.25) and the prior's run over 0.2: " + marks);
        assertEquals(layout.panels().get(0).zToX(-2), marks.get(0).x(), 3, "at the peak");
        assertEquals(CategoryPalette.lineColor(0), marks.get(0).color(), "in the category's colour");
        BufferedImage img = draw(low, 900, 500);
        PanelGeometry p = layout.panels().get(0);
        Color mark = new Color(img.getRGB((int) Math.round(marks.get(0).x()), (int) Math.round(p.plotY() + 5)));
        KnownSnapshots.assertNear(CategoryPalette.lineColor(0), mark, 30, "the triangle on the top edge");
        RenderOptions high = new RenderOptions(BOTH, false, false, 1.0, true, DensityView.fixed(0.6));
        assertTrue(ClipMarkLayer.marks(RenderLayout.of(900, 500, high).panels().get(0),
                s.method(Methods.CATNF).curves(), s, high).isEmpty(), "nothing clipped at 0.6");
    }

    @Test
    void zTicksFollowTheViewAndStayApart() {
        double[] t = PanelAxes.ticks(-3.5, -0.5, 8);
        assertTrue(t.length >= 3 && t.length <= 8, java.util.Arrays.toString(t));
        assertTrue(t[0] >= -3.5 && t[t.length - 1] <= -0.5);
        assertFalse(t.length > 1 && t[1] - t[0] <= 0);
        assertEquals(15, PanelAxes.ticks(-7, 7, 14).length, "the full grid: every integer");
    }

    static BufferedImage draw(RenderOptions o, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new SnapshotRenderer().draw(g, w, h, new Frame(KnownSnapshots.twoCategories(), List.of(), List.of()), o);
        g.dispose();
        return img;
    }

    static PixelSource pixels(BufferedImage img) {
        return (x, y) -> new Color(img.getRGB(x, y));
    }
}
