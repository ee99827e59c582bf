package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Decoration;
import org.dequantlab.render.plane.PlanePanelPainter;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.jfree.chart.JFreeChart;

/**
 * The one drawing of a frame, to any Graphics2D: the window draws it on a JavaFX Canvas through
 * FXGraphics2D, every export into a BufferedImage (headless, no JavaFX). So a GIF shows what the
 * screen shows.
 *
 * <p>Per method a panel on the axes of the options' {@link DensityView} (by default z from
 * {@link DensityGrid#Z_MIN} to {@link DensityGrid#Z_MAX}, density from 0 to 0.6; the axes are
 * {@link PanelAxes}'): each category's component (weighted
 * p̃(x)·q(z|x) or plain q(z|x)) as a filled line in its {@link CategoryPalette} colour, the prior
 * dashed grey, the aggregate posterior Σ p̃ q thin and dark, and what the method lists as its
 * decorations ({@link DecorationLayer}: TRUFL's bands, Argmax's orthant wall, Voronoi's anchors and
 * cell walls); beneath it the decoder strip (argmax_x p(x|z), pale where unsure, hatched
 * in the ocean). A header carries the step counter, the loss weighting, the status and a legend; the
 * loss curves ({@link CurvesChartFactory}) go beneath when asked. Not thread-safe (it caches strokes
 * and fonts): one instance per drawing thread.
 */
public final class SnapshotRenderer {
    /** Alpha (0..255) of a truncation band. */
    public static final int BAND_ALPHA = 40;
    /** Alpha of a component's fill under its line. */
    public static final int FILL_ALPHA = 60;

    private static final Color AXIS = new Color(0x444444);
    private static final Color PRIOR = new Color(0x8C8C8C);
    private static final Color AGGREGATE = new Color(0x222222);
    private static final Color FAILED = new Color(0xC62828);
    private static final Color FINISHED = new Color(0x2E7D32);

    private double cachedScale = Double.NaN;
    private Font titleFont, labelFont, smallFont, counterFont;
    private Stroke lineStroke, thinStroke, priorStroke, axisStroke;
    private double[] xs = new double[0];
    private final PanelAxes axes = new PanelAxes();
    private final PlanePanelPainter planes = new PlanePanelPainter();

    /** Draws {@code frame} filling a {@code width}×{@code height} area at the origin of {@code g}. */
    public void draw(Graphics2D g, int width, int height, Frame frame, RenderOptions options) {
        prepare(options.scale());
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setColor(Color.WHITE);
            g2.fill(new Rectangle2D.Double(0, 0, width, height));
            Snapshot snapshot = frame.snapshot();
            RenderLayout layout = RenderLayout.of(width, height, options);
            for (int i = 0; i < options.methods().size(); i++) {
                DequantMethod m = options.methods().get(i);
                MethodSnapshot ms = snapshot.method(m);
                drawPanel(g2, i, layout.panels().get(i), layout.titles().get(i), m, ms, snapshot.config(), options);
            }
            Shape all = g2.getClip();
            if (!options.view().fullWidth()) { // a zoomed view cuts the overlays too (whole: they stay inside)
                g2.clip(PanelAxes.panelsArea(layout, options.scale()));
            }
            IdealPartitionLayer.draw(g2, layout, frame, options);
            ChangeHighlightLayer.draw(g2, layout, frame, options);
            SampleLayer.draw(g2, layout, frame, options);
            g2.setClip(all);
            ClipMarkLayer.draw(g2, layout, snapshot, options);
            drawHeader(g2, width, layout, snapshot, options);
            if (options.showCurves() && layout.curves() != null) {
                JFreeChart chart = CurvesChartFactory.create(frame, options);
                chart.draw(g2, layout.curves());
            }
        } finally {
            g2.dispose();
        }
    }

    /** The layout this renderer uses for a frame of the given size. */
    public static RenderLayout layout(int width, int height, RenderOptions options) {
        return RenderLayout.of(width, height, options);
    }

    // ----------------------------------------------------------------- header

    private void drawHeader(Graphics2D g, int width, RenderLayout layout, Snapshot snapshot, RenderOptions o) {
        double s = o.scale();
        double baseline = layout.header().getHeight() * 0.68;
        double x = 10 * s;
        g.setFont(counterFont);
        g.setColor(Color.BLACK);
        String counter = stepText(snapshot.step());
        g.drawString(counter, (float) x, (float) baseline);
        x += g.getFontMetrics().stringWidth(counter) + 18 * s;
        g.setFont(labelFont);
        g.setColor(AXIS);
        String weights = weightingText(snapshot.config());
        g.drawString(weights, (float) x, (float) baseline);
        x += g.getFontMetrics().stringWidth(weights) + 18 * s;
        if (snapshot.status() == TrainerStatus.FAILED || snapshot.status() == TrainerStatus.FINISHED) {
            boolean failed = snapshot.status() == TrainerStatus.FAILED;
            String tag = failed ? "FAILED" : "FINISHED";
            g.setFont(smallFont.deriveFont(Font.BOLD));
            FontMetrics fm = g.getFontMetrics();
            double tw = fm.stringWidth(tag) + 10 * s, th = fm.getHeight() + 2 * s;
            g.setColor(failed ? FAILED : FINISHED);
            g.fill(new Rectangle2D.Double(x, baseline - fm.getAscent() - 2 * s, tw, th));
            g.setColor(Color.WHITE);
            g.drawString(tag, (float) (x + 5 * s), (float) baseline - 1);
            x += tw + 18 * s;
        }
        drawLegend(g, width, baseline, snapshot.config().categories(), snapshot.config().latentDim() == 1, s, x);
    }

    /** "step 1,234". */
    public static String stepText(long step) {
        return String.format(Locale.UK, "step %,d", step);
    }

    /** "λ_rec : λ_KL = 10 : 1" from the configuration in force. */
    public static String weightingText(ExperimentConfig c) {
        return "λ_rec : λ_KL = " + number(c.lambdaRec()) + " : " + number(c.lambdaKl());
    }

    /** A number as people write it: integers without decimals, others to 4 significant digits. */
    public static String number(double v) {
        return org.dequantlab.config.SettingTypes.readable(v);
    }

    /** The legend, right-aligned; left out when it would cover the counter or the weighting (large scales). */
    private void drawLegend(Graphics2D g, int width, double baseline, int categories, boolean curves, double s,
            double minX) {
        g.setFont(smallFont);
        FontMetrics fm = g.getFontMetrics();
        double sw = 18 * s, gap = 6 * s, sep = 12 * s;
        double total = 0;
        for (int x = 0; x < categories; x++) {
            total += sw + gap + fm.stringWidth(categoryName(x)) + sep;
        }
        total += curves ? sw + gap + fm.stringWidth("prior") + sep + sw + gap + fm.stringWidth("aggregate q(z)") : 0;
        double x0 = width - 10 * s - total;
        if (x0 < minX) {
            return;
        }
        double y = baseline - fm.getAscent() / 2.0 + 1;
        for (int x = 0; x < categories; x++) {
            g.setColor(CategoryPalette.color(x, FILL_ALPHA + 60));
            g.fill(new Rectangle2D.Double(x0, y - 5 * s, sw, 10 * s));
            g.setColor(CategoryPalette.lineColor(x));
            g.setStroke(lineStroke);
            g.draw(new Line2D.Double(x0, y - 5 * s, x0 + sw, y - 5 * s));
            g.setColor(AXIS);
            g.drawString(categoryName(x), (float) (x0 + sw + gap), (float) baseline);
            x0 += sw + gap + fm.stringWidth(categoryName(x)) + sep;
        }
        if (!curves) { // a 2-D panel has no prior or aggregate lines: its tint is the aggregate
            return;
        }
        g.setColor(PRIOR);
        g.setStroke(priorStroke);
        g.draw(new Line2D.Double(x0, y, x0 + sw, y));
        g.setColor(AXIS);
        g.drawString("prior", (float) (x0 + sw + gap), (float) baseline);
        x0 += sw + gap + fm.stringWidth("prior") + sep;
        g.setColor(AGGREGATE);
        g.setStroke(thinStroke);
        g.draw(new Line2D.Double(x0, y, x0 + sw, y));
        g.setColor(AXIS);
        g.drawString("aggregate q(z)", (float) (x0 + sw + gap), (float) baseline);
    }

    /** The name of a category in legends: "x=0". */
    public static String categoryName(int x) {
        return "x=" + x;
    }

    // ----------------------------------------------------------------- panel

    private void drawPanel(Graphics2D g, int panelIndex, PanelGeometry p, double[] title, DequantMethod m,
            MethodSnapshot ms, ExperimentConfig config, RenderOptions o) {
        double s = o.scale();
        g.setFont(titleFont);
        g.setColor(Color.BLACK);
        g.drawString(m.label(), (float) title[0], (float) title[1]);
        if (config.latentDim() == 2) { // the plane: its own painter (docs/maths.md §7, "What a 2-D panel draws")
            double titleEnd = title[0] + g.getFontMetrics().stringWidth(m.label());
            planes.draw(g, panelIndex, p, title[1], titleEnd, ms, o.shownPlane(), s, smallFont, labelFont);
            return;
        }
        axes.drawGrid(g, p, s);
        if (ms == null || ms.curves() == null) {
            g.setFont(labelFont);
            g.setColor(AXIS);
            g.drawString("no curves", (float) (p.plotX() + 10 * s), (float) (p.plotY() + p.plotHeight() / 2));
            axes.drawAxes(g, p, s);
            return;
        }
        DensityCurves c = ms.curves();
        int n = c.size();
        if (xs.length != n) {
            xs = new double[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = p.zToX(c.z(i));
        }
        Shape oldClip = g.getClip();
        g.clip(p.plotArea());
        List<Decoration> decorations = ms.encoder().decorations();
        DecorationLayer.drawUnder(g, p, decorations);
        // the aggregate first: where one component makes it up, the component's colour stays on top
        g.setColor(AGGREGATE);
        g.setStroke(thinStroke);
        g.draw(curve(p, c, true));
        int k = c.categories();
        for (int x = 0; x < k; x++) {
            double w = o.weighted() ? config.probability(x) : 1.0;
            Path2D.Double line = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 2);
            Path2D.Double fill = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 4);
            double base = p.baseY();
            fill.moveTo(xs[0], base);
            for (int i = 0; i < n; i++) {
                double y = clampY(p, w * c.component(x, i));
                if (i == 0) {
                    line.moveTo(xs[i], y);
                } else {
                    line.lineTo(xs[i], y);
                }
                fill.lineTo(xs[i], y);
            }
            fill.lineTo(xs[n - 1], base);
            fill.closePath();
            g.setColor(CategoryPalette.color(x, FILL_ALPHA));
            g.fill(fill);
            g.setColor(CategoryPalette.lineColor(x));
            g.setStroke(lineStroke);
            g.draw(line);
        }
        g.setColor(PRIOR);
        g.setStroke(priorStroke);
        g.draw(curve(p, c, false));
        DecorationLayer.drawOver(g, p, decorations, s);
        g.setClip(oldClip);
        DecoderStrip.draw(g, p, c, xs, s, smallFont);
        g.clip(p.stripArea()); // a zoomed view cuts the strip's marks too
        DecorationLayer.drawOnStrip(g, p, decorations, s);
        g.setClip(oldClip);
        axes.drawAxes(g, p, s);
    }

    private Path2D.Double curve(PanelGeometry p, DensityCurves c, boolean aggregate) {
        int n = c.size();
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        for (int i = 0; i < n; i++) {
            double y = clampY(p, aggregate ? c.aggregate(i) : c.prior(i));
            if (i == 0) {
                path.moveTo(xs[i], y);
            } else {
                path.lineTo(xs[i], y);
            }
        }
        return path;
    }

    /** Keeps huge densities a little above the plot so clipped peaks stay straight and cheap. */
    private static double clampY(PanelGeometry p, double density) {
        double y = p.densityToY(density);
        return Math.max(p.plotY() - 4, y);
    }

    /** Alpha for a decoder confidence: full when sure, pale near 1/K (a guess), in 16 steps. */
    public static int alphaLevel(double confidence, int categories) {
        return DecoderStrip.alphaLevel(confidence, categories);
    }

    private void prepare(double s) {
        if (s == cachedScale) {
            return;
        }
        cachedScale = s;
        titleFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(14 * s));
        labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(13 * s));
        smallFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * s));
        counterFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(17 * s));
        float f = (float) s;
        lineStroke = new BasicStroke(1.8f * f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        thinStroke = new BasicStroke(1.0f * f);
        priorStroke = new BasicStroke(1.3f * f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f * f, 4f * f}, 0f);
        axisStroke = new BasicStroke(1.0f * f);
    }

}
