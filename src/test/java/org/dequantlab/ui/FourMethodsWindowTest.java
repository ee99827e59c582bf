package org.dequantlab.ui;

import static org.dequantlab.ui.WindowTestSupport.GUARD;
import static org.dequantlab.ui.WindowTestSupport.firstSnapshot;
import static org.dequantlab.ui.WindowTestSupport.idle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.dequantlab.config.Presets;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.method.Methods;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with all four methods: panels, metric columns, hover, sampling, and an experiment file. The
 * tests share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class FourMethodsWindowTest extends OnSharedWindow {
    @TempDir
    Path dir;

    @Test
    void theFourWaysPresetShowsOnePanelAndOneMetricsColumnPerMethod(FxRobot robot) throws Exception {
        firstSnapshot(window);
        WindowTestSupport.choosePreset(robot, window, Presets.FOUR_WAYS);
        robot.clickOn("#step100");
        Snapshot s = idle(window);
        assertEquals(Presets.FOUR_WAYS.config().methods(), s.config().methods());
        for (String id : List.of("catnf", "trufl", "argmax", "voronoi")) {
            WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> Fx.has(robot, "#metric-" + id + "-0"));
            Label loss = Fx.lookup(robot, "#metric-" + id + "-0", Label.class);
            assertTrue(loss.getText().matches("-?\\d+\\.\\d{4}"), id + " loss cell: " + loss.getText());
        }
        // the timeline rebuilds a recorded step of every method
        Fx.run(() -> window.timeline().scrubTo(37));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().step() == 37);
        Snapshot replayed = window.shownSnapshot();
        assertEquals(4, replayed.methods().size());
        for (int i = 0; i < 4; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(window.trainer().history().at(37).points().get(i)
                    .theta(), replayed.methods().get(i).theta(), "recorded parameters of " + replayed.methods()
                            .get(i).method().id());
            assertNotNull(replayed.methods().get(i).curves());
        }
        Fx.run(() -> window.timeline().goLive());
        // the hover explains Argmax's orthant wall and a Voronoi cell
        RenderOptions o = new RenderOptions(s.config().methods(), false, false, 1.0, true, 0.6);
        int w = 1200, h = 700;
        RenderLayout layout = RenderLayout.of(w, h, o);
        PanelGeometry argmax = layout.panels().get(2), voronoi = layout.panels().get(3);
        double mid = argmax.plotY() + argmax.plotHeight() * 0.5;
        assertEquals(Explanations.ORTHANT_WALL, CanvasHitTester.hit(argmax.zToX(0), mid, w, h, o, s, false).element());
        CanvasHitTester.Hit orthant = CanvasHitTester.hit(argmax.zToX(4), argmax.plotY() + 4, w, h, o, s, false);
        assertEquals(Explanations.ORTHANT, orthant.element());
        assertEquals(1, orthant.category());
        CanvasHitTester.Hit cell = CanvasHitTester.hit(voronoi.zToX(-5), voronoi.plotY() + voronoi.plotHeight() * 0.3,
                w, h, o, s, false);
        assertEquals(Explanations.VORONOI_CELL, cell.element(), cell.text());
        assertTrue(cell.text().contains("prior mass"), cell.text());
        // sampling: one rate per method, and the model's p(x) for each
        Fx.run(() -> window.sampling().drawNow(s, 2000));
        for (String id : List.of("catnf", "trufl", "argmax", "voronoi")) {
            Label rate = Fx.lookup(robot, "#sampleRate-" + id, Label.class);
            assertTrue(rate.getText().contains("argmax-decoded"), rate.getText());
        }
        assertEquals(1.0, window.sampling().method(Methods.VORONOI).sampler().acceptanceRate(), "no ocean in Voronoi");
        assertNotNull(Fx.lookup(robot, "#sampleNote"));
        // the run saves and reads back as an experiment file with every method's history
        Path file = dir.resolve("four.json");
        Fx.run(() -> {
            window.files().setWithHistory(true);
            assertTrue(window.files().saveAs(file, p -> true));
        });
        ExperimentFile.Experiment back = ExperimentFile.read(file);
        assertEquals(s.config().methods(), back.config().methods());
        assertEquals(s.step(), back.steps());
        assertEquals(4, back.history().get(0).points().size(), "history holds every method's parameters");
    }

    @Test
    void methodsAndTheirOptionsAreEditedInTheSettingsAndBadValuesAreRefusedByName(FxRobot robot) throws Exception {
        firstSnapshot(window);
        Fx.run(() -> assertEquals(null, window.session().edit(org.dequantlab.config.Settings.METHODS, "argmax, voronoi")));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest() != null
                && window.trainer().latest().methods().size() == 2);
        assertEquals(List.of(Methods.ARGMAX, Methods.VORONOI), idle(window).config().methods());
        String[] refused = new String[3];
        Fx.run(() -> {
            refused[0] = window.session().edit(org.dequantlab.config.Settings.CATEGORIES, "3");
            refused[1] = window.session().edit(org.dequantlab.config.Settings.METHODS, "argmax, flow");
            refused[2] = window.session().edit(org.dequantlab.config.Settings.VORONOI_CELL, "box");
        });
        assertTrue(refused[0].contains("latentDim 2"), refused[0]);
        assertTrue(refused[1].contains("methods") && refused[1].contains("catnf, trufl, argmax, voronoi"), refused[1]);
        assertTrue(refused[2].contains("uniform, radial"), refused[2]);
        Fx.run(() -> assertEquals(null, window.session().edit(org.dequantlab.config.Settings.VORONOI_CELL, "radial")));
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest() != null
                && window.trainer().latest().config().voronoiCell() == org.dequantlab.method.VoronoiCell.RADIAL);
        assertEquals(2, idle(window).methods().size(), "the run goes on with its methods");
    }
}
