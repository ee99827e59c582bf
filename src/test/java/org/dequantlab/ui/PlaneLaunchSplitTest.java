package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.dequantlab.config.Presets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 2-D run launched as the launcher shows it: the curves already take the height the squares leave empty in
 * the first frame, before the run's first snapshot, so nothing is resized when training starts (a late split
 * resized the curves' chart just then and cost a frame of over 100 ms).
 */
@ExtendWith({ApplicationExtension.class, SettlingRobots.class})
class PlaneLaunchSplitTest {
    private LabWindow window;
    private final List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());
    private volatile double curvesAtFirstFrame = -1, centreAtFirstFrame = -1;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        WindowTestSupport.usePrivatePreferences();
        window = new LabWindow(Presets.QUADRANTS.config(), LaunchOptions.parse());
        window.setConfirmer(q -> true);
        window.show(stage, false, true);
        WindowTestSupport.atFirstFrame(() -> {
            curvesAtFirstFrame = window.curves().getHeight();
            centreAtFirstFrame = ((Region) window.root().lookup("#centre")).getHeight();
        });
    }

    @AfterEach
    void close() throws Exception {
        WindowTestSupport.close(window, fxErrors);
    }

    @Test
    void theCurvesTakeTheRoomUnderTheSquaresFromTheFirstFrame(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WindowTestSupport.GUARD, TimeUnit.SECONDS, () -> curvesAtFirstFrame > 0
                && window.shownSnapshot() != null);
        Fx.settle();
        double share = Math.max(CentreSplit.MIN_CURVES, centreAtFirstFrame * LabWindow.CURVES_SHARE);
        assertTrue(curvesAtFirstFrame > share + 20, "the squares' spare room went to the curves at once: "
                + curvesAtFirstFrame + " against a share of " + share);
        assertEquals(curvesAtFirstFrame, window.curves().getHeight(), 0.5, "and stayed when the run arrived");
    }
}
