package org.dequantlab.ui;

import static org.dequantlab.ui.WindowTestSupport.GUARD;
import static org.dequantlab.ui.WindowTestSupport.firstSnapshot;
import static org.dequantlab.ui.WindowTestSupport.idle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.dequantlab.config.Presets;
import org.dequantlab.config.Settings;
import org.dequantlab.method.Methods;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 2-D run in the window: it trains, scrubs, hovers and samples without an exception, and the latent
 * dimension is a setting (a choice 1 or 2) with messages naming it ({@link PlanePanelsWindowTest} checks
 * what the squares show).
 */
@ExtendWith(ApplicationExtension.class)
class PlaneWindowTest {
    private LabWindow window;
    private final List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        window = WindowTestSupport.open(stage, fxErrors);
        window.show(stage, false);
    }

    @AfterEach
    void close() throws Exception {
        WindowTestSupport.close(window, fxErrors);
    }

    @Test
    void aPlanePresetTrainsScrubsHoversAndSamplesInTheWindow(FxRobot robot) throws Exception {
        firstSnapshot(window);
        @SuppressWarnings("unchecked")
        ComboBox<org.dequantlab.config.Preset> preset = robot.lookup("#preset").queryAs(ComboBox.class);
        robot.interact(() -> preset.setValue(Presets.QUADRANTS));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest() != null
                && window.trainer().latest().config().latentDim() == 2);
        robot.clickOn("#step10");
        Snapshot s = idle(window);
        assertEquals(4, s.methods().size());
        assertTrue(s.methods().stream().allMatch(m -> m.curves() == null && m.fields() != null));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().step() == s.step());
        robot.interact(() -> window.timeline().scrubTo(3));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().step() == 3);
        robot.interact(() -> window.timeline().goLive());
        RenderOptions o = new RenderOptions(s.config().methods(), false, false, 1.0, true, 0.6);
        var panel = RenderLayout.of(1200, 700, o).panels().get(1);
        CanvasHitTester.hit(panel.plotX() + panel.plotWidth() / 2, panel.plotY() + panel.plotHeight() / 2, 1200,
                700, o, s, false);
        robot.moveTo((javafx.scene.Node) robot.lookup("#stepLabel").query()).moveBy(0, 200);
        robot.interact(() -> window.sampling().drawNow(s, 500));
        assertEquals(500, window.sampling().method(Methods.ARGMAX).sampler().drawn());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void latentDimIsAChoiceOfTheRunAndArgmaxWithThreeCategoriesNeedsTwo(FxRobot robot) throws Exception {
        firstSnapshot(window);
        @SuppressWarnings("unchecked")
        ComboBox<String> dim = robot.lookup("#edit-latentDim").queryAs(ComboBox.class);
        assertEquals(List.of("1", "2"), dim.getItems());
        assertEquals("1", dim.getValue());
        robot.interact(() -> dim.setValue("2"));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest() != null
                && window.trainer().latest().config().latentDim() == 2);
        robot.interact(() -> {
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
}
