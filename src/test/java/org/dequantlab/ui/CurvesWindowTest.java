package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.dequantlab.config.Settings;
import org.dequantlab.render.CurveLabels;
import org.dequantlab.render.CurvesChartFactory;
import org.dequantlab.render.CurvesView;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The curves in the window: change labels that never print into each other, the optimum's label off
 * the curves, a "you are here" line while replaying, and zoom / pan / reset with the mouse. The tests
 * share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class CurvesWindowTest extends OnSharedWindow {
    private static final long GUARD = 60;
    /** TestFX's DOWN sends a positive wheel delta, as pushing a real wheel away does: zoom in. */
    private static final javafx.geometry.VerticalDirection ZOOM_IN = javafx.geometry.VerticalDirection.DOWN;
    private static final javafx.geometry.VerticalDirection ZOOM_OUT = javafx.geometry.VerticalDirection.UP;

    /** Takes {@code n} steps flat out (the Step buttons pace them at the speed shown) and waits for them. */
    private void steps(FxRobot robot, long n) throws Exception {
        Fx.run(() -> {
            window.trainer().setSpeed(org.dequantlab.train.Trainer.FLAT_OUT);
            window.session().step(n);
        });
        WindowTestSupport.idle(window);
    }

    /** Waits until the paused chart shows the trainer's latest history. */
    private List<CurveLabels.Placed> drawnLabels(FxRobot robot, int atLeast) throws Exception {
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> {
            Fx.settle();
            return !window.curves().showingLive() && lastStepDrawn() == window.trainer().latest().step()
                    && CurvesChartFactory.labels(window.curves().chart()).placed().size() >= atLeast;
        });
        return CurvesChartFactory.labels(window.curves().chart()).placed();
    }

    @Test
    void changesAtOneStepShareALabelAndCloseOnesNeverPrintIntoEachOther(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        steps(robot, 300);
        Fx.run(() -> {
            window.session().edit(Settings.STEPS, "20000");
            window.session().edit(Settings.LAMBDA_REC, "5");
        });
        steps(robot, 5);
        Fx.run(() -> window.session().edit(Settings.LAMBDA_KL, "2"));
        steps(robot, 5);
        Fx.run(() -> window.session().edit(Settings.LAMBDA_REC, "10"));
        steps(robot, 100);
        List<CurveLabels.Placed> placed = drawnLabels(robot, 4);
        List<String> texts = placed.stream().map(CurveLabels.Placed::text).toList();
        assertTrue(texts.contains("λ_rec 10 → 5 / stop at step 10000 → 20000"), "one label for one step: " + texts);
        assertTrue(texts.contains("λ_KL 1 → 2") && texts.contains("λ_rec 5 → 10"), texts.toString());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()),
                        "'" + placed.get(i).text() + "' overlaps '" + placed.get(j).text() + "'");
            }
        }
        CurveLabels.Placed optimum = placed.stream().filter(p -> p.text().startsWith("optimum")).findFirst()
                .orElseThrow();
        Rectangle2D area = window.curves().chart().getXYPlot() == null ? null
                : toAwt(window.curves().mapping().area());
        int crossed = 0;
        for (Line2D s : segments(window.curves().chart().getXYPlot(), area)) {
            if (optimum.box().intersectsLine(s)) {
                crossed++;
            }
        }
        assertEquals(0, crossed, "no curve runs through the optimum's label");
    }

    @Test
    void whileReplayingALineMarksTheStepShownOnTheCurves(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        steps(robot, 400);
        drawnLabels(robot, 1);
        CurvesCursor cursor = window.curves().cursor();
        assertEquals(-1, cursor.step(), "live: no line");
        Fx.run(() -> window.timeline().scrubTo(150));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> cursor.step() == 150);
        double expected = window.curves().mapping().xOf(150);
        assertEquals(expected, cursor.lineX(), 1.0, "the line sits at step 150 on the axis");
        assertTrue(cursor.label().getText().contains("step 150"), cursor.label().getText());
        Fx.run(() -> window.timeline().setPlaying(true));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> cursor.step() > 150 || !window.timeline().isPlaying());
        Fx.run(() -> window.timeline().goLive());
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> cursor.step() == -1);
    }

    @Test
    void theWheelZoomsTheStepsDragPansAndADoubleClickShowsEverything(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        steps(robot, 1000);
        drawnLabels(robot, 1);
        CurvesMapping m = window.curves().mapping();
        Point2D centre = window.curves().localToScreen(m.area().getMinX() + m.area().getWidth() * 0.75,
                m.area().getMinY() + m.area().getHeight() / 2);
        robot.moveTo(centre).scroll(3, ZOOM_IN);
        Fx.settle();
        CurvesView zoomed = window.curves().view();
        assertFalse(zoomed.autoX(), "the wheel zoomed the steps");
        assertTrue(zoomed.xHigh() - zoomed.xLow() < 900, "narrower: " + zoomed);
        double under = m.xAt(m.area().getMinX() + m.area().getWidth() * 0.75);
        assertTrue(zoomed.xLow() < under && under < zoomed.xHigh(), "around the pointer");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS,
                () -> Math.abs(window.curves().chart().getXYPlot().getDomainAxis().getLowerBound() - zoomed.xLow()) < 1e-6);
        robot.drag(centre, MouseButton.PRIMARY).dropBy(-80, 0);
        Fx.settle();
        assertTrue(window.curves().view().xLow() > zoomed.xLow(), "dragging left shows later steps");
        assertTrue(window.views().zoomedProperty().get(), "Reset zoom is offered");
        robot.doubleClickOn(centre, MouseButton.PRIMARY);
        Fx.settle();
        assertTrue(window.curves().view().autoX() && window.curves().view().autoY(), "everything again");
    }

    private static Rectangle2D toAwt(javafx.geometry.Rectangle2D r) {
        return new Rectangle2D.Double(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    /** The last step in the paused chart's data. */
    private double lastStepDrawn() {
        XYDataset d = window.curves().chart().getXYPlot().getDataset();
        double last = -1;
        for (int s = 0; d != null && s < d.getSeriesCount(); s++) {
            if (d.getItemCount(s) > 0) {
                last = Math.max(last, d.getXValue(s, d.getItemCount(s) - 1));
            }
        }
        return last;
    }

    private static List<Line2D> segments(XYPlot plot, Rectangle2D area) {
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
}
