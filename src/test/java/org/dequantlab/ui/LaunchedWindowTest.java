package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.dequantlab.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the launcher shows it ({@link LaterParts}): its first frame goes out without the curves' chart
 * and the side panel's content, which follow in the pulse that proves that frame on screen, in the space kept
 * for them (the drawing does not move), and then every tooltip of the window. (Here the run's first snapshot may
 * be there before the window is shown, and then the chart is built at once to show it; at a launch ND4J, and so
 * the run, waits for the first frame.)
 */
@ExtendWith({ApplicationExtension.class, SettlingRobots.class})
class LaunchedWindowTest {
    private LabWindow window;
    private final List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());
    private volatile Object sideContentAtFirstFrame = "unset";
    private volatile Bounds centreAtFirstFrame, sideAtFirstFrame;
    private volatile Object tooltipsAtFirstFrame = "unset";

    @Start
    void start(Stage stage) {
        window = WindowTestSupport.open(stage, fxErrors);
        window.show(stage, false, true);
        WindowTestSupport.atFirstFrame(() -> {
            sideContentAtFirstFrame = ((ScrollPane) window.root().lookup("#sidePanel")).getContent();
            centreAtFirstFrame = window.root().lookup("#centre").getBoundsInParent();
            sideAtFirstFrame = window.root().lookup("#sidePanel").getBoundsInParent();
            tooltipsAtFirstFrame = List.of(String.valueOf(((Control) window.root().lookup("#timelineLive")).getTooltip()),
                    String.valueOf(((Control) window.root().lookup("#play")).getTooltip()));
        });
    }

    @AfterEach
    void close() throws Exception {
        WindowTestSupport.close(window, fxErrors);
    }

    @Test
    void theChartAndTheSidePanelFollowTheFirstFrameInTheirPlaceWithTheirTooltips(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WindowTestSupport.GUARD, TimeUnit.SECONDS, () -> sideAtFirstFrame != null
                && Fx.has(robot, "#curves", "#edit-" + Settings.LAMBDA_REC.key()));
        Fx.settle();
        assertNull(sideContentAtFirstFrame, "the side panel's content was not built for the first frame");
        assertNotNull(((ScrollPane) Fx.lookup(robot, "#sidePanel")).getContent(), "it is now");
        // bounds are read on the FX thread, where the window lays out (computing them may lay out text)
        assertEquals(centreAtFirstFrame, Fx.call(() -> Fx.lookup(robot, "#centre").getBoundsInParent()),
                "the drawing and curves kept their place and size");
        assertEquals(sideAtFirstFrame, Fx.call(() -> Fx.lookup(robot, "#sidePanel").getBoundsInParent()),
                "so did the side panel");
        Control field = Fx.lookup(robot, "#edit-" + Settings.LAMBDA_REC.key(), Control.class);
        assertNotNull(field.getTooltip(), "the configuration's fields have their explanations");
        // the bars' tooltips too, plain text and the catalogue's, which the first frame went out without
        assertEquals(List.of("null", "null"), tooltipsAtFirstFrame, "no tooltip made for the first frame");
        assertEquals("Follow the trainer again", Fx.lookup(robot, "#timelineLive", Control.class).getTooltip().getText());
        assertNotNull(Fx.lookup(robot, "#play", Control.class).getTooltip(), "the catalogue's explanation of Play");
    }
}
