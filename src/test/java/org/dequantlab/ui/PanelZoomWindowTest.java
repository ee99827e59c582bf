package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.Methods;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.render.CategoryPalette;
import org.dequantlab.render.ClipMarkLayer;
import org.dequantlab.render.DensityView;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.SnapshotFactory;
import org.dequantlab.train.TrainerStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zoom and pan of the density panels with the mouse, the automatic y-range, and the mark where a
 * curve runs off the top (CatNF's narrow peaks on K = 8, `three`, `four` and the blog near step 270). The
 * tests share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class PanelZoomWindowTest extends OnSharedWindow {
    /** TestFX's DOWN sends a positive wheel delta, as pushing a real wheel away does: zoom in. */
    private static final javafx.geometry.VerticalDirection ZOOM_IN = javafx.geometry.VerticalDirection.DOWN;
    private static final javafx.geometry.VerticalDirection ZOOM_OUT = javafx.geometry.VerticalDirection.UP;

    /** CatNF with two narrow logistics (s = 0.1): weighted peaks of 0.5·0.25/0.1 = 1.25, far over 0.6. */
    private static Snapshot tallPeaks() {
        ExperimentConfig config = ExperimentConfig.defaults();
        double[] mu = {-1.5, 1.5}, s = {0.1, 0.1};
        double[] catnf = LogisticMethod.theta(Methods.CATNF, mu, s, null, null);
        double[] trufl = LogisticMethod.theta(Methods.TRUFL, mu, new double[] {1, 1}, new double[] {0.05, 0.05},
                new double[] {0.95, 0.95});
        return new SnapshotFactory(2).snapshot(config, 270, List.of(catnf, trufl), true, TrainerStatus.PAUSED, null,
                -5);
    }

    private PanelGeometry catnfPanel() {
        RenderOptions o = window.classroom().shownOptions();
        return RenderLayout.of((int) window.canvas().getWidth(), (int) window.canvas().getHeight(), o).panels().get(0);
    }

    @Test
    void theWheelZoomsAroundThePointerDraggingPansAndADoubleClickShowsAll(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.classroom().shownOptions() != null);
        PanelGeometry p = catnfPanel();
        double z = 2.0;
        Point2D at = window.canvas().localToScreen(p.zToX(z), p.plotY() + p.plotHeight() / 2);
        robot.moveTo(at).scroll(2, ZOOM_IN);
        Fx.settle();
        DensityView v = window.views().viewProperty().get();
        assertTrue(v.zWidth() < 14 * 0.7, "zoomed in: " + v);
        assertEquals((z - v.zMin()) / v.zWidth(), (z + 7) / 14, 0.02, "z = 2 stays under the pointer");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.classroom().shownOptions().view().equals(window.views().viewProperty().get()));
        assertEquals(catnfPanel().zToX(z), p.zToX(z), 2.0, "the drawn panel maps z = 2 where the pointer is");
        robot.drag(at, MouseButton.PRIMARY).dropBy(60, 0);
        Fx.settle();
        assertTrue(window.views().viewProperty().get().zMin() < v.zMin(), "dragging right shows smaller z");
        robot.scroll(3, ZOOM_OUT);
        robot.doubleClickOn(at, MouseButton.PRIMARY);
        Fx.settle();
        assertEquals(DensityView.DEFAULT, window.views().viewProperty().get(), "everything again");
    }

    @Test
    void viewChangesWithinAFrameAreDrawnOnceAndNotOnTheFxThread() throws Exception {
        WindowTestSupport.firstSnapshot(window);
        long before = window.frames().framesDrawn();
        DensityView[] last = new DensityView[1];
        long[] duringChanges = new long[1];
        Fx.run(() -> {
            for (int i = 1; i <= 10; i++) { // a wheel spun fast, or a drag: many changes before the next pulse
                window.views().setView(DensityView.DEFAULT.zoomZ(1 - 0.05 * i, 0.5));
            }
            duringChanges[0] = window.frames().framesDrawn() - before;
            last[0] = window.views().viewProperty().get();
        });
        assertEquals(0, duringChanges[0], "the FX thread painted while the view changed");
        // the options are captured at the pulse that asks for the frame; the painter finishes it later
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> last[0].equals(window.classroom().shownOptions().view())
                        && window.frames().framesDrawn() > before);
        Fx.settle();
        long drawn = window.frames().framesDrawn() - before;
        assertTrue(drawn >= 1 && drawn <= 2, "ten changes in a frame are drawn once, not " + drawn + " times");
    }

    @Test
    void peaksOverTheTopAreMarkedAndTheAutomaticRangeFitsThem(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        Snapshot tall = tallPeaks();
        WritableImage[] img = new WritableImage[1];
        Fx.run(() -> {
            window.showSnapshot(tall);
            img[0] = window.canvas().snapshot(null, null);
        });
        RenderOptions o = window.classroom().shownOptions();
        assertEquals(0.6, o.densityMax(), "fixed axis");
        PanelGeometry p = catnfPanel();
        List<ClipMarkLayer.Mark> marks = ClipMarkLayer.marks(p, tall.method(Methods.CATNF).curves(), tall, o);
        assertTrue(marks.size() >= 2, "both CatNF peaks are clipped: " + marks);
        PixelReader px = img[0].getPixelReader();
        for (int x = 0; x < 2; x++) {
            int mx = (int) Math.round(p.zToX(x == 0 ? -1.5 : 1.5));
            javafx.scene.paint.Color c = px.getColor(mx, (int) Math.round(p.plotY() + 4));
            java.awt.Color want = CategoryPalette.lineColor(x);
            assertEquals(want.getRed() / 255.0, c.getRed(), 0.15, "a mark in x=" + x + "'s colour on the top edge");
            assertEquals(want.getBlue() / 255.0, c.getBlue(), 0.15);
        }
        robot.clickOn("#autoY");
        Fx.run(() -> window.showSnapshot(tall));
        RenderOptions auto = window.classroom().shownOptions();
        assertTrue(auto.densityMax() >= 1.25, "the axis fits the peaks: " + auto.densityMax());
        assertTrue(ClipMarkLayer.marks(catnfPanel(), tall.method(Methods.CATNF).curves(), tall, auto).isEmpty(),
                "nothing is clipped any more");
        robot.clickOn("#autoY");
        Fx.run(() -> window.showSnapshot(tall));
        assertEquals(0.6, window.classroom().shownOptions().densityMax(), "the fixed axis is back");
        assertFalse(window.views().zoomedProperty().get());
    }
}
