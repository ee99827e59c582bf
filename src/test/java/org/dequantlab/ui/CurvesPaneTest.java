package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The curves show an off-thread image while training runs and the interactive chart when paused. */
@ExtendWith(ApplicationExtension.class)
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
        Node viewer = robot.lookup("#curves").query();
        ImageView live = robot.lookup("#curvesLive").query();
        robot.interact(() -> pane.refresh(s.history(), c, true, 1_000_000_000L));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> live.isVisible() && live.getImage() != null);
        assertFalse(viewer.isVisible(), "the slow interactive chart is hidden while training runs");
        assertEquals(800, live.getImage().getWidth(), 1);
        assertEquals(0, pane.chart().getXYPlot().getDataset().getSeriesCount(), "FX-thread chart not redrawn");

        robot.interact(() -> pane.refresh(s.history(), c, false, 3_000_000_000L));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewer.isVisible());
        assertFalse(live.isVisible());
        assertEquals(6, pane.chart().getXYPlot().getDataset().getSeriesCount(), "3 quantities x 2 methods");
        assertTrue(pane.chart().getXYPlot().getDataset().getItemCount(0) > 10);
    }
}
