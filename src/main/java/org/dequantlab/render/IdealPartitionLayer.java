package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.method.DequantMethod;

/**
 * The ideal partition (docs/maths.md §2.2): cuts of the prior at z = logit(p̃(0) + … + p̃(x)), so each
 * piece holds prior mass p̃(x) — TRUFL's bands at μ = 0, s = 1, or Voronoi's cells in category order;
 * drawn as dotted vertical lines on the panel of every method that can move its cuts
 * ({@link DequantMethod#showsIdealPartition}), in the optimum's green.
 */
public final class IdealPartitionLayer {
    /** The optimum's colour (the curves' optimum line uses the same green). */
    public static final Color COLOUR = new Color(0x2E7D32);

    private IdealPartitionLayer() {}

    /** Draws the partition of the frame's p̃ when its overlays ask for it. */
    public static void draw(Graphics2D g, RenderLayout layout, Frame frame, RenderOptions options) {
        if (frame.overlays().idealPartition()) {
            draw(g, layout, options, frame.snapshot().config());
        }
    }

    /** Draws the partition of a configuration's p̃ (the toy editor's preview uses this before a rebuild). */
    public static void draw(Graphics2D g, RenderLayout layout, RenderOptions options, ExperimentConfig config) {
        if (config.latentDim() != 1) {
            return; // cuts on a line; the plane's tiling is the 2-D panels' (docs/notes-2d-drawing.md)
        }
        double s = options.scale();
        double[] cuts = config.idealCuts();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(COLOUR);
            g2.setStroke(new BasicStroke((float) (1.6 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {1.5f * (float) s, 4f * (float) s}, 0f));
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * s)));
            for (int i = 0; i < options.methods().size() && i < layout.panels().size(); i++) {
                if (!options.methods().get(i).showsIdealPartition()) {
                    continue;
                }
                PanelGeometry pg = layout.panels().get(i);
                Shape clip = g2.getClip();
                g2.clip(new java.awt.geom.Rectangle2D.Double(pg.plotX(), pg.plotY(), pg.plotWidth(),
                        pg.stripY() + pg.stripHeight() - pg.plotY()));
                boolean labelled = false;
                for (double z : cuts) {
                    if (z < DensityGrid.Z_MIN || z > DensityGrid.Z_MAX) {
                        continue;
                    }
                    double x = pg.zToX(z);
                    g2.draw(new Line2D.Double(x, pg.plotY(), x, pg.stripY() + pg.stripHeight()));
                    if (!labelled) {
                        String t = "ideal cut";
                        g2.drawString(t, (float) (x + 4 * s), (float) (pg.plotY() + pg.plotHeight() * 0.30));
                        labelled = true;
                    }
                }
                g2.setClip(clip);
            }
        } finally {
            g2.dispose();
        }
    }

    /** Whether a method's panel shows the partition (only methods that can move their cuts reach it). */
    public static boolean shownOn(DequantMethod m) {
        return m.showsIdealPartition();
    }
}
