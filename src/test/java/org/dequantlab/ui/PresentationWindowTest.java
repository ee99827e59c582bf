package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.dequantlab.render.CategoryPalette;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode grows the curves' legend with everything else and leaves nothing behind (the
 * menu bar's font, the full-screen hint); category colours used as text stay readable on white.
 * The tests share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class PresentationWindowTest extends OnSharedWindow {

    private double menuFont(FxRobot robot) {
        MenuBar bar = Fx.lookup(robot, ".menu-bar", MenuBar.class);
        return robot.from(bar).lookup(".label").queryAs(Label.class).getFont().getSize();
    }

    /** The font the legend's items are drawn with (an item's own font wins over the legend's). */
    private double legendFont() {
        var item = window.curves().chart().getXYPlot().getRenderer().getLegendItem(0, 0);
        java.awt.Font f = item != null && item.getLabelFont() != null ? item.getLabelFont()
                : window.curves().chart().getLegend().getItemFont();
        return f.getSize2D();
    }

    @Test
    void theLegendGrowsWithTheRestAndLeavingRestoresFontsAndTheFullScreenHint(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        double menu = menuFont(robot), legend = legendFont();
        robot.clickOn("#stepLabel");
        robot.type(KeyCode.P);
        Fx.settle();
        assertTrue(window.classroom().presentation().active());
        double scale = window.classroom().presentation().renderScale();
        assertTrue(legendFont() >= legend * scale * 0.9, "legend " + legendFont() + " at " + scale + "×");
        assertTrue(menuFont(robot) > menu * 1.2, "controls grow too");
        robot.type(KeyCode.P);
        Fx.settle();
        assertFalse(window.classroom().presentation().active());
        assertEquals(menu, menuFont(robot), 0.01, "the menu bar's font is back");
        assertEquals(legend, legendFont(), 0.01);
        robot.type(KeyCode.F);
        Fx.settle();
        assertTrue(stage.isFullScreen());
        assertNotEquals("Presentation mode: P or Esc leaves", stage.getFullScreenExitHint(),
                "plain full screen does not claim to be presentation mode");
        robot.type(KeyCode.F);
    }

    @Test
    void categoryColoursAsTextAreReadableOnWhite(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        Fx.run(() -> window.session().setConfirmer(q -> true));
        Fx.run(() -> window.session().apply(window.session().config().withCategories(8, null)));
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> Fx.has(robot, "#metricName-13"));
        for (int x = 0; x < 8; x++) {
            Label name = Fx.lookup(robot, "#metricName-" + (6 + x), Label.class);
            javafx.scene.paint.Color c = (javafx.scene.paint.Color) name.getTextFill();
            java.awt.Color awt = new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
            assertTrue(CategoryPalette.contrastWithWhite(awt) >= 4.5, "x=" + x + " " + c + " has contrast "
                    + CategoryPalette.contrastWithWhite(awt));
        }
    }
}
