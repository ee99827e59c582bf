package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The curves show an off-thread drawing while training runs and the interactive chart when paused. */
@ExtendWith({ApplicationExtension.class, SettlingRobots.class})
class CurvesPaneTest {
    private CurvesPane pane;

    @Start
    void start(Stage stage) {
        pane = new CurvesPane(400);
        stage.setScene(new Scene(pane, 800, 300));
        stage.show();
    }

    @Test
    void runningShowsAnImageAndPausingShowsTheInteractiveChart(FxRobot robot) throws Exception {
        ExperimentConfig c = ExperimentConfig.defaults();
        TrainingSession s = new TrainingSession(c);
        s.run(200);
        Node viewer = Fx.lookup(robot, "#curves");
        Canvas live = Fx.lookup(robot, "#curvesLive");
        // one refresh per pulse: the first asks for the image, a later one shows it once drawn
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            Fx.run(() -> pane.refresh(s.history(), c, true, 1_000_000_000L));
            return live.isVisible();
        });
        assertFalse(viewer.isVisible(), "the slow interactive chart is hidden while training runs");
        assertEquals(800, live.getWidth(), 1);
        assertEquals(0, pane.chart().getXYPlot().getDataset().getSeriesCount(), "FX-thread chart not redrawn");
        long[] inked = new long[1];
        Fx.run(() -> {
            PixelReader px = live.snapshot(null, null).getPixelReader();
            for (int y = 0; y < 300; y += 2) {
                for (int x = 0; x < 800; x += 2) {
                    if (px.getColor(x, y).getBrightness() < 0.6) {
                        inked[0]++;
                    }
                }
            }
        });
        assertTrue(inked[0] > 500, "the live image shows a drawn chart (axes, curves, labels): " + inked[0]);

        Fx.run(() -> pane.refresh(s.history(), c, false, 3_000_000_000L));
        Fx.settle();
        assertTrue(viewer.isVisible());
        assertFalse(live.isVisible());
        assertEquals(6, pane.chart().getXYPlot().getDataset().getSeriesCount(), "3 quantities x 2 methods");
        assertTrue(pane.chart().getXYPlot().getDataset().getItemCount(0) > 10);
    }

    @Test
    void aBurstOfTrainingTooShortForItsLiveImageStillEndsInAnUpToDateChart() throws Exception {
        ExperimentConfig c = ExperimentConfig.defaults();
        TrainingSession s = new TrainingSession(c);
        s.run(300);
        // one pulse while training asks for a live image; training stops before that image is shown
        Fx.run(() -> {
            pane.refresh(s.history(), c, true, 1_000_000_000L);
            pane.refresh(s.history(), c, false, 3_000_000_000L);
        });
        var d = pane.chart().getXYPlot().getDataset();
        assertEquals(6, d.getSeriesCount(), "the paused chart is built from the history");
        long last = s.history().records().get(s.history().records().size() - 1).step();
        assertEquals(last, d.getXValue(0, d.getItemCount(0) - 1), 1e-9, "up to the last recorded step");
    }
}
