package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.method.Decoration;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;

/** The renderer with all four methods: panels wrap into two rows, and each method's decorations are drawn. */
class FourPanelsRenderTest {

    @Test
    void fourPanelsWrapIntoTwoRowsWhenNarrowAndStayInOneWhenWide() {
        RenderOptions o = RenderOptions.defaults(Presets.FOUR_WAYS.config().methods());
        RenderLayout narrow = RenderLayout.of(1000, 600, o);
        assertEquals(narrow.panels().get(0).plotY(), narrow.panels().get(1).plotY(), 1e-9);
        assertTrue(narrow.panels().get(2).plotY() > narrow.panels().get(0).stripY(), "second row below the first");
        RenderLayout wide = RenderLayout.of(2400, 900, o);
        assertEquals(wide.panels().get(0).plotY(), wide.panels().get(3).plotY(), 1e-9);
        RenderLayout two = RenderLayout.of(600, 400, RenderOptions.defaults(ExperimentConfig.defaults().methods()));
        assertEquals(two.panels().get(0).plotY(), two.panels().get(1).plotY(), 1e-9, "two panels never wrap");
    }

    @Test
    void argmaxWallAndVoronoiAnchorsAndCellWallsAreDrawn() {
        ExperimentConfig c = Presets.FOUR_WAYS.config();
        TrainingSession s = new TrainingSession(c);
        s.run(300);
        Snapshot snap = s.snapshot(true, TrainerStatus.PAUSED, null, 0);
        RenderOptions o = new RenderOptions(c.methods(), false, false, 1.0, true, 0.6);
        int w = 1400, h = 800;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new SnapshotRenderer().draw(g, w, h, new Frame(snap, List.of(), List.of()), o);
        g.dispose();
        RenderLayout layout = RenderLayout.of(w, h, o);
        PanelGeometry argmax = layout.panels().get(2), voronoi = layout.panels().get(3);
        int y = (int) Math.round(argmax.plotY() + argmax.plotHeight() * 0.5);
        assertNear(DecorationLayer.WALL, new Color(img.getRGB((int) Math.round(argmax.zToX(0)), y)), 40,
                "Argmax's orthant wall at z = 0");
        Decoration.Wall wall = null;
        for (Decoration d : snap.methods().get(3).encoder().decorations()) {
            if (d instanceof Decoration.Wall cw) {
                wall = cw;
            }
        }
        assertTrue(wall != null && wall.role() == Decoration.Role.CELL, "Voronoi lists its cell wall");
        int yv = (int) Math.round(voronoi.plotY() + voronoi.plotHeight() * 0.6);
        assertNear(DecorationLayer.WALL, new Color(img.getRGB((int) Math.round(voronoi.zToX(wall.z())), yv)), 40,
                "Voronoi's cell wall at z = " + wall.z());
        double rulerY = DecorationLayer.rulerTop(voronoi, 1.0) + DecorationLayer.rulerHeight(1.0) / 2;
        Color ruler = new Color(img.getRGB((int) Math.round(DecorationLayer.wToX(voronoi, -0.9)), (int) rulerY));
        assertTrue(ruler.getRed() > 200 && ruler.getBlue() < 220, "x=0's cell is shaded in its colour on the w ruler: "
                + ruler);
    }

    private static void assertNear(Color want, Color got, int tol, String what) {
        assertTrue(Math.abs(want.getRed() - got.getRed()) <= tol && Math.abs(want.getGreen() - got.getGreen()) <= tol
                && Math.abs(want.getBlue() - got.getBlue()) <= tol, what + ": want " + want + ", got " + got);
    }
}
