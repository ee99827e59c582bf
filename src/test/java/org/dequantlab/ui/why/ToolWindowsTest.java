package org.dequantlab.ui.why;

import org.dequantlab.ui.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.sweep.SweepOutcome;
import org.dequantlab.ui.OnSharedWindow;
import org.dequantlab.ui.SharedWindow;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The three tool windows on a live lab window, headless: what each shows, for every method. The tests share
 * one lab window ({@link SharedWindow}), back to its fresh state before each, and a tools menu of their own.
 */
class ToolWindowsTest extends OnSharedWindow {
    private static final long GUARD = 90;
    @TempDir
    Path dir;
    private ToolsMenu tools;

    @BeforeEach
    void freshTools() {
        tools = new ToolsMenu(() -> stage, window::shownSnapshot, () -> window.trainer().history(), window::config);
    }

    @AfterEach
    void hideToolWindows() throws Exception {
        Fx.run(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
    }

    private void train(long steps) throws Exception {
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest() != null);
        window.trainer().step(steps);
        assertNotNull(window.trainer().awaitIdle(GUARD, TimeUnit.SECONDS));
        long want = window.trainer().latest().step();
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.shownSnapshot() != null
                && window.shownSnapshot().step() == want);
    }

    /** Waits until {@code condition}, evaluated on the FX thread (so it never sees a view half updated). */
    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static String title(ToolWindow t) {
        return t.chart() == null ? "" : t.chart().getTitle().getText();
    }

    @Test
    void gradientAnatomyFollowsTheShownStepAndExplainsEachMethod(FxRobot robot) throws Exception {
        // the lab window's own Tools menu opens each tool once
        MenuBar bar = Fx.lookup(robot, ".menu-bar", MenuBar.class);
        Menu menu = bar.getMenus().stream().filter(m -> "toolsMenu".equals(m.getId())).findFirst().orElseThrow();
        for (String id : List.of("menuGradients", "menuLandscape", "menuSweep", "menuGradients")) {
            MenuItem item = menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            Fx.run(item::fire);
        }
        List<String> titles = robot.listWindows().stream().filter(w -> w instanceof Stage && w != stage)
                .map(w -> ((Stage) w).getTitle()).sorted().toList();
        assertEquals(List.of("Gradient anatomy — DequantLab", "Loss landscape — DequantLab", "Sweep — DequantLab"),
                titles);
        Fx.run(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));

        train(30); // the supports still overlap (they part before step 100)
        GradientAnatomyView[] view = new GradientAnatomyView[1];
        Fx.run(() -> view[0] = tools.openGradients());
        waitFor(() -> title(view[0]).equals("TRUFL at step 30: the gradient taken apart")
                && !Fx.lookup(robot, "#gradientExplanation", javafx.scene.control.Labeled.class).getText().isEmpty());
        CategoryPlot plot = view[0].chart().getCategoryPlot();
        assertEquals(Methods.TRUFL.layout(window.config().problem()).symbols(), plot.getDataset(0).getColumnKeys());
        assertEquals(3, plot.getDataset(0).getRowCount(), "exact, pathwise, boundary");
        assertEquals(8, plot.getDataset(1).getColumnCount(), "a naive Monte Carlo dot per parameter");
        String text = Fx.lookup(robot, "#gradientExplanation", javafx.scene.control.Labeled.class).getText();
        assertTrue(text.contains("pathwise part on") && text.contains("never sees"), text);

        Fx.run(() -> view[0].methodChoice().setValue(Methods.CATNF));
        waitFor(() -> title(view[0]).startsWith("CatNF at step 30"));
        waitFor(() -> Fx.lookup(robot, "#gradientExplanation", javafx.scene.control.Labeled.class).getText().contains("has no boundary terms"));
        assertEquals(4, view[0].chart().getCategoryPlot().getDataset(0).getColumnCount());

        train(20); // live: the view follows the lab window
        waitFor(() -> title(view[0]).startsWith("CatNF at step 50"));
    }

    /** four-ways (every method in 1-D) and the first preset with a 2-D latent, once the engine has one. */
    static List<String> everyMethodInEachDimension() {
        List<String> out = new ArrayList<>(List.of(Presets.FOUR_WAYS.name()));
        Presets.all().stream().filter(p -> p.config().problem().latentDim() == 2).findFirst()
                .ifPresent(p -> out.add(p.name()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMethodInEachDimension")
    void everyMethodHasItsAnatomyAndItsLandscape(String preset, FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> window.trainer().latest() != null);
        ExperimentConfig config = Presets.byName(preset).config();
        Fx.run(() -> window.trainer().rebuild(config));
        waitFor(() -> window.shownSnapshot() != null && window.shownSnapshot().config().equals(config));
        train(20);
        GradientAnatomyView[] g = new GradientAnatomyView[1];
        LandscapeView[] l = new LandscapeView[1];
        Fx.run(() -> {
            g[0] = tools.openGradients();
            l[0] = tools.openLandscape();
        });
        for (DequantMethod m : config.methods()) {
            Fx.run(() -> {
                g[0].methodChoice().setValue(m);
                l[0].methodChoice().setValue(m);
            });
            int n = m.layout(config.problem()).size();
            waitFor(() -> g[0].anatomy() != null && g[0].anatomy().method() == m);
            assertEquals(n, g[0].chart().getCategoryPlot().getDataset(0).getColumnCount(), m.id());
            waitFor(() -> l[0].computed() != null && l[0].computed().request().method() == m);
            assertTrue(Double.isFinite(l[0].computed().result().currentLoss()), m.id());
            assertTrue(title(l[0]).startsWith(m.label() + " at step 20: loss along"), title(l[0]));
        }
    }

    @Test
    void landscapeOpensOnTheSharpestBendAndDrawsAHeatMapForTwoParameters(FxRobot robot) throws Exception {
        train(60);
        LandscapeView[] view = new LandscapeView[1];
        Fx.run(() -> view[0] = tools.openLandscape());
        waitFor(() -> view[0].computed() != null && view[0].statusText().startsWith("Sharpest"));
        LandscapeView.Computed c = view[0].computed();
        assertEquals(Methods.TRUFL, c.request().method(), "the method with boundary terms first");
        assertEquals(1, c.result().request().params().length);
        assertNotNull(c.result().bend());
        assertTrue(view[0].statusText().startsWith("Sharpest bend at"), view[0].statusText());
        XYPlot line = view[0].chart().getXYPlot();
        assertEquals(81, line.getDataset().getItemCount(0), "the loss line");
        assertEquals(1, line.getDataset().getItemCount(2), "the current point");
        assertTrue(line.getDataset().getItemCount(1) > 0, "the recent path");

        int first = c.result().request().params()[0];
        int other = first == 0 ? 1 : 0;
        Fx.run(() -> {
            view[0].grid().setValue(21);
            view[0].second().getSelectionModel().select(other + 1);
        });
        Fx.run(() -> view[0].second().getOnAction().handle(null));
        waitFor(() -> view[0].computed() != null && view[0].computed().result().request().params().length == 2
                && view[0].statusText().startsWith("Heat map"));
        assertTrue(view[0].statusText().startsWith("Heat map"), view[0].statusText());
        XYPlot grid = view[0].chart().getXYPlot();
        assertFalse(((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) grid.getRenderer()).getAnnotations().isEmpty(),
                "heat map and contours");
    }

    @Test
    void sweepRunsExportsAndCancels(FxRobot robot) throws Exception {
        SweepWindow[] view = new SweepWindow[1];
        Fx.run(() -> view[0] = tools.openSweep());
        SweepWindow s = view[0];
        Fx.run(() -> {
            s.presetChoice().setValue(SweepWindow.CUSTOM);
            s.form().first.setValue("lambdaRec");
            s.form().firstValues.setText("1,abc");
            s.form().seeds.setText("2");
            s.form().steps.setText("40");
            s.start();
        });
        assertTrue(s.statusText().contains("lambdaRec") && s.statusText().contains("abc"), s.statusText());
        assertFalse(s.running());

        Fx.run(() -> {
            s.form().firstValues.setText("1,10");
            s.start();
        });
        waitFor(() -> s.result() != null && s.statusText().startsWith("Done"));
        assertEquals(2 * 2 * 2, s.result().outcomes().size());
        assertTrue(s.result().outcomes().stream().allMatch(SweepOutcome::done));
        assertTrue(s.statusText().startsWith("Done: 8 runs"), s.statusText());
        assertFalse(Fx.lookup(robot, "#sweepSaveCSV", Button.class).isDisabled());
        assertEquals(5, s.chart().getPlot() instanceof org.jfree.chart.plot.CombinedDomainCategoryPlot p
                ? p.getSubplots().size() : 0, "loss, Rec, KL, I, decode accuracy");

        Path csv = dir.resolve("s.csv"), png = dir.resolve("s.png"), svg = dir.resolve("s.svg");
        s.export(SweepWindow.Format.CSV, csv, false);
        s.export(SweepWindow.Format.PNG, png, false);
        s.export(SweepWindow.Format.SVG, svg, false);
        assertEquals(1 + 8, Files.readAllLines(csv).size());
        assertTrue(Files.readAllLines(csv).get(0).startsWith("lambdaRec,seedIndex,seed,method,status"));
        assertEquals(1100, javax.imageio.ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.readString(svg).contains("<svg"));

        Fx.run(() -> {
            s.form().steps.setText("5000000");
            s.start();
        });
        assertTrue(s.running());
        robot.clickOn("#sweepCancel");
        waitFor(() -> !s.running() && s.statusText().startsWith("Cancelled"));
        assertTrue(s.result().cancelled());
        assertFalse(Fx.lookup(robot, "#sweepRun", Button.class).isDisabled());
    }
}
