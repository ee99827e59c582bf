package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.render.plane.PlaneGeometry;
import org.dequantlab.sampling.LatentSample;
import org.dequantlab.train.MethodSnapshot;

/**
 * Draws {@link Overlays#samples()}: latent points drawn from the prior, "landed" in a band at the
 * bottom of each method's plot area, just above its decoder strip. An accepted point is a disc in
 * the colour of the category the decoder gives it ({@link CategoryPalette}); a rejected one (it fell
 * into the ocean, docs/maths.md §1.7) is a grey cross. Each point's height in the band is a fixed
 * function of its z, so a frame draws the same picture every time (exports match the window).
 */
public final class SampleLayer {
    /** Colour of a rejected sample's cross. */
    public static final Color REJECTED = new Color(0x6E6E6E);
    private static final Color OUTLINE = new Color(255, 255, 255, 200);

    private SampleLayer() {}

    /**
     * Draws the samples of every method shown, clipped to its plot area; on a 2-D latent each point lands
     * where it was drawn, in the panel's square (z-plane or the prior's CDF square, docs/maths.md §7).
     */
    public static void draw(Graphics2D g, RenderLayout layout, Frame frame, RenderOptions options) {
        if (frame.overlays().samples().isEmpty()) {
            return;
        }
        double s = options.scale();
        for (int i = 0; i < options.methods().size() && i < layout.panels().size(); i++) {
            DequantMethod m = options.methods().get(i);
            List<LatentSample> samples = frame.overlays().samples().get(m);
            if (samples == null || samples.isEmpty()) {
                continue;
            }
            PanelGeometry p = layout.panels().get(i);
            Shape clip = g.getClip();
            Function<LatentSample, double[]> where;
            MethodSnapshot ms = frame.snapshot().method(m);
            if (samples.get(0).planar() && ms != null) {
                PlaneGeometry q = PlaneGeometry.of(p, options.shownPlane());
                LatentPrior prior = ms.encoder().prior();
                g.clip(q.area());
                where = x -> new double[] {q.toX(q.coordinate(prior, 0, x.z())), q.toY(q.coordinate(prior, 1, x.z2()))};
            } else if (!samples.get(0).planar()) {
                g.clip(p.plotArea());
                where = x -> x.z() < DensityGrid.Z_MIN || x.z() > DensityGrid.Z_MAX ? null
                        : new double[] {p.zToX(x.z()), landingY(p, x, s)};
            } else {
                continue;
            }
            drawPanel(g, samples, where, s);
            g.setClip(clip);
        }
    }

    /**
     * Rejected points first (grey crosses), then accepted ones (discs in the decoded category's colour with a
     * light outline). The points of one kind go into one path each and are drawn in one call: thousands of
     * small shapes drawn one by one cost the painter most of a frame.
     */
    private static void drawPanel(Graphics2D g, List<LatentSample> samples, Function<LatentSample, double[]> where,
            double s) {
        double r = radius(s);
        Path2D crosses = new Path2D.Double();
        Path2D outlines = new Path2D.Double();
        Map<Integer, Path2D> discs = new TreeMap<>();
        for (LatentSample sample : samples) {
            double[] at = where.apply(sample);
            if (at == null) {
                continue;
            }
            double x = at[0], y = at[1];
            if (!sample.accepted()) {
                crosses.moveTo(x - r, y - r);
                crosses.lineTo(x + r, y + r);
                crosses.moveTo(x - r, y + r);
                crosses.lineTo(x + r, y - r);
                continue;
            }
            discs.computeIfAbsent(sample.decoded(), c -> new Path2D.Double(Path2D.WIND_NON_ZERO))
                    .append(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), false);
            outlines.append(new Ellipse2D.Double(x - r - 0.4 * s, y - r - 0.4 * s, 2 * r + 0.8 * s, 2 * r + 0.8 * s),
                    false);
        }
        g.setStroke(new BasicStroke((float) (1.3 * s)));
        g.setColor(REJECTED);
        g.draw(crosses);
        for (Map.Entry<Integer, Path2D> d : discs.entrySet()) {
            g.setColor(CategoryPalette.color(d.getKey()));
            g.fill(d.getValue());
        }
        g.setStroke(new BasicStroke((float) (0.8 * s)));
        g.setColor(OUTLINE);
        g.draw(outlines);
    }

    /** Radius of an accepted sample's disc (and half the size of a rejected one's cross). */
    public static double radius(double scale) {
        return 2.6 * scale;
    }

    /** Height of the landing band above the bottom of the plot area. */
    public static double bandHeight(PanelGeometry p, double scale) {
        return Math.min(34 * scale, p.plotHeight() * 0.3);
    }

    /**
     * Where a sample is drawn vertically: in the landing band, at a height fixed by its z (a hash),
     * so points spread out instead of piling onto one line.
     */
    public static double landingY(PanelGeometry p, LatentSample sample, double scale) {
        double margin = radius(scale) + 1.5 * scale;
        double band = Math.max(0, bandHeight(p, scale) - 2 * margin);
        return p.baseY() - margin - jitter(sample.z()) * band;
    }

    /** A number in [0, 1) fixed by z (SplitMix64 of its bits). */
    static double jitter(double z) {
        long x = Double.doubleToLongBits(z) + 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        x = x ^ (x >>> 31);
        return (x >>> 11) * 0x1.0p-53;
    }
}
