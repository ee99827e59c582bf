package org.dequantlab.ui;

import static org.dequantlab.ui.WindowTestSupport.GUARD;
import static org.dequantlab.ui.WindowTestSupport.firstSnapshot;
import static org.dequantlab.ui.WindowTestSupport.idle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.dequantlab.config.Presets;
import org.dequantlab.config.Settings;
import org.dequantlab.method.Methods;
import org.dequantlab.metrics.Plane;
import org.dequantlab.render.CategoryPalette;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.plane.PlaneGeometry;
import org.dequantlab.train.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 2-D run in the window: it trains, scrubs, hovers and samples without an exception, and the latent
 * dimension is a setting (a choice 1 or 2) with messages naming it. The squares: a plane preset plays and
 * scrubs, the plane toggles with the check box and the C key (not while typing), the canvas shows
 * Argmax's quadrants in their colours in the CDF square, hover explains a point, samples land,
 * presentation mode draws, and the run is saved and reopened bit-identically. The tests share one window
 * ({@link SharedWindow}), back to its fresh state before each.
 */
class PlaneWindowTest extends OnSharedWindow {
    @TempDir
    Path dir;

    @Test
    void aPlanePresetTrainsScrubsHoversAndSamplesInTheWindow(FxRobot robot) throws Exception {
        firstSnapshot(window);
        javafx.scene.control.CheckBox ideal = Fx.lookup(robot, "#idealPartition", javafx.scene.control.CheckBox.class);
        assertFalse(ideal.isDisabled(), "cuts of the line in a 1-D run");
        WindowTestSupport.choosePreset(robot, window, Presets.QUADRANTS);
        assertTrue(ideal.isDisabled(), "no one ideal partition in the plane");
        robot.clickOn("#step10");
        Snapshot s = idle(window);
        assertEquals(4, s.methods().size());
        assertTrue(s.methods().stream().allMatch(m -> m.curves() == null && m.fields() != null));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().step() == s.step());
        Fx.run(() -> window.timeline().scrubTo(3));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().step() == 3);
        Fx.run(() -> window.timeline().goLive());
        RenderOptions o = new RenderOptions(s.config().methods(), false, false, 1.0, true, 0.6);
        var panel = RenderLayout.of(1200, 700, o).panels().get(1);
        CanvasHitTester.hit(panel.plotX() + panel.plotWidth() / 2, panel.plotY() + panel.plotHeight() / 2, 1200,
                700, o, s, false);
        robot.moveTo((javafx.scene.Node) Fx.lookup(robot, "#stepLabel")).moveBy(0, 200);
        Fx.run(() -> window.sampling().drawNow(s, 500));
        assertEquals(500, window.sampling().method(Methods.ARGMAX).sampler().drawn());
        Fx.settle();
    }

    @Test
    void theSquaresKeepTheirSizeAndTheCurvesTakeTheHeightBelowThem(FxRobot robot) throws Exception {
        firstSnapshot(window);
        javafx.scene.layout.Region centre = Fx.lookup(robot, "#centre", javafx.scene.layout.Region.class);
        javafx.scene.Node canvas = Fx.lookup(robot, "#canvas");
        double base = Math.max(CentreSplit.MIN_CURVES, centre.getHeight() * LabWindow.CURVES_SHARE);
        assertEquals(base, window.curves().getHeight(), 2, "1-D: the curves take their share, the panels the rest");
        double canvasBefore = canvas.getLayoutBounds().getHeight();
        WindowTestSupport.choosePreset(robot, window, Presets.QUADRANTS);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().config().latentDim() == 2 && window.curves().getHeight() > base + 20);
        Fx.settle();
        RenderOptions o = new RenderOptions(Presets.QUADRANTS.config().methods(), false, false, 1.0, true, null)
                .withPlaneFor(2, org.dequantlab.metrics.Plane.LATENT);
        int w = (int) canvas.getLayoutBounds().getWidth(), h = (int) canvas.getLayoutBounds().getHeight();
        assertTrue(h < canvasBefore - 20, "the drawing gave up height: " + h + " of " + canvasBefore);
        assertTrue(RenderLayout.usedHeight(w, h, o) >= h - 2, "nothing left empty under the squares");
        double side = org.dequantlab.render.plane.PlaneGeometry.of(RenderLayout.of(w, h, o).panels().get(0),
                o.plane()).side();
        double sideBefore = org.dequantlab.render.plane.PlaneGeometry.of(RenderLayout.of(w, (int) canvasBefore, o)
                .panels().get(0), o.plane()).side();
        assertEquals(sideBefore, side, 1.5, "the squares kept their size");
    }

    @Test
    void latentDimIsAChoiceOfTheRunAndArgmaxWithThreeCategoriesNeedsTwo(FxRobot robot) throws Exception {
        firstSnapshot(window);
        @SuppressWarnings("unchecked")
        ComboBox<String> dim = Fx.lookup(robot, "#edit-latentDim", ComboBox.class);
        assertEquals(List.of("1", "2"), dim.getItems());
        assertEquals("1", dim.getValue());
        Fx.run(() -> dim.setValue("2"));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest() != null
                && window.trainer().latest().config().latentDim() == 2);
        Fx.run(() -> {
            assertNull(window.session().edit(Settings.METHODS, "argmax"));
            assertNull(window.session().edit(Settings.CATEGORIES, "3"));
            String refused = window.session().edit(Settings.LATENT_DIM, "1");
            assertTrue(refused.contains("latentDim 2"), refused);
            assertEquals(2, window.session().config().latentDim(), "the refused value is not applied");
            assertTrue(window.session().edit(Settings.LATENT_DIM, "3").contains("latent dimension: must be 1 or 2, got 3"));
        });
        assertEquals("2", dim.getValue());
        idle(window);
    }

    private Snapshot quadrants(FxRobot robot) throws Exception {
        firstSnapshot(window);
        WindowTestSupport.choosePreset(robot, window, Presets.QUADRANTS);
        robot.clickOn("#step10");
        robot.clickOn("#step10");
        return idle(window);
    }

    @Test
    void playScrubToggleThePlaneHoverSampleAndPresent(FxRobot robot) throws Exception {
        CheckBox cdf = Fx.lookup(robot, "#cdfSquare", CheckBox.class);
        firstSnapshot(window);
        assertTrue(!cdf.isVisible(), "a 1-D run has no plane to switch");
        Snapshot s = quadrants(robot);
        assertEquals(20, s.step());
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, cdf::isVisible);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE); // play, then pause
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest().step() > 40);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Snapshot played = idle(window);
        assertTrue(played.step() > 40);

        Fx.run(() -> window.timeline().scrubTo(5));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().step() == 5);
        Fx.run(() -> window.timeline().goLive());

        // C while typing in a field types a c; outside, it switches the plane
        robot.clickOn("#stopAt").type(KeyCode.C);
        assertEquals(Plane.LATENT, window.views().planeProperty().get(), "no shortcut while typing");
        assertTrue(Fx.lookup(robot, "#stopAt", TextField.class).getText().endsWith("c"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#canvas");
        robot.press(KeyCode.C).release(KeyCode.C);
        assertEquals(Plane.CDF_SQUARE, window.views().planeProperty().get());
        assertTrue(cdf.isSelected(), "the check box follows the key");

        // the canvas shows Argmax's four quadrants, each in its owner's colour (mass is area in the square)
        int argmax = played.config().methods().indexOf(Methods.ARGMAX);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> quadrantsShown(robot, argmax));

        robot.clickOn(cdf);
        assertEquals(Plane.LATENT, window.views().planeProperty().get());

        // hover the middle of TRUFL's square: a point with its decoded category and shares, or the ocean
        RenderOptions o = window.classroom().shownOptions();
        assertNotNull(o);
        int trufl = played.config().methods().indexOf(Methods.TRUFL);
        PlaneGeometry q = square(o, trufl);
        CanvasHitTester.Hit[] hit = new CanvasHitTester.Hit[1];
        Fx.run(() -> hit[0] = window.classroom().hover(q.x() + q.side() * 0.6, q.y() + q.side() * 0.4));
        assertNotNull(hit[0]);
        assertEquals(Methods.TRUFL, hit[0].method());
        assertTrue(hit[0].text().contains("z = ("), hit[0].text());
        assertTrue(hit[0].element() == Explanations.PLANE && hit[0].text().contains("decodes to x=")
                && hit[0].text().contains("shares p̃(x)·q(z|x)") || hit[0].element() == Explanations.OCEAN,
                hit[0].text());

        Fx.run(() -> window.sampling().drawNow(window.trainer().latest(), 300));
        assertEquals(300, window.sampling().method(Methods.ARGMAX).sampler().drawn());
        robot.press(KeyCode.P).release(KeyCode.P);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.classroom().presentation().active());
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.classroom().shownOptions().scale() > 1);
        robot.press(KeyCode.P).release(KeyCode.P);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> !window.classroom().presentation().active());
        Fx.settle();
    }

    @Test
    void aPlaneRunIsSavedAndReopenedBitIdentically(FxRobot robot) throws Exception {
        Snapshot saved = quadrants(robot);
        Path file = dir.resolve("plane.json");
        boolean[] ok = new boolean[1];
        Fx.run(() -> ok[0] = window.files().saveAs(file, p -> false));
        assertTrue(ok[0]);
        robot.clickOn("#reset");
        assertEquals(0, idle(window).step());
        Fx.run(() -> ok[0] = window.files().open(file));
        assertTrue(ok[0]);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> !window.files().opening()
                && window.trainer().latest().step() == saved.step());
        Snapshot back = idle(window);
        assertEquals(saved.config(), back.config());
        assertEquals(2, back.config().latentDim());
        for (int i = 0; i < saved.methods().size(); i++) {
            assertArrayEquals(saved.methods().get(i).theta(), back.methods().get(i).theta(),
                    saved.methods().get(i).method() + ": bit-identical replay");
            assertNotNull(back.methods().get(i).fields(), "the reopened run draws its planes");
        }
    }

    private PlaneGeometry square(RenderOptions o, int panel) {
        return PlaneGeometry.of(RenderLayout.of((int) window.canvas().getWidth(), (int) window.canvas().getHeight(), o)
                .panels().get(panel), o.shownPlane());
    }

    /** Whether the canvas shows each quarter of Argmax's CDF square in the colour of one category each. */
    private boolean quadrantsShown(FxRobot robot, int panel) {
        RenderOptions o = window.classroom().shownOptions();
        if (o == null || o.plane() != Plane.CDF_SQUARE) {
            return false;
        }
        PlaneGeometry q = square(o, panel);
        WritableImage[] img = new WritableImage[1];
        Fx.run(() -> img[0] = window.canvas().snapshot(null, null));
        boolean[] seen = new boolean[4];
        for (double[] v : new double[][] {{0.25, 0.25}, {0.25, 0.75}, {0.75, 0.25}, {0.75, 0.75}}) {
            Color c = img[0].getPixelReader().getColor((int) q.toX(v[0]), (int) q.toY(v[1]));
            int best = -1;
            for (int x = 0; x < 4; x++) {
                java.awt.Color want = CategoryPalette.color(x);
                double d = Math.abs(c.getRed() * 255 - want.getRed()) + Math.abs(c.getGreen() * 255 - want.getGreen())
                        + Math.abs(c.getBlue() * 255 - want.getBlue());
                if (d < 90) {
                    best = x;
                }
            }
            if (best < 0 || seen[best]) {
                return false;
            }
            seen[best] = true;
        }
        return true;
    }
}
