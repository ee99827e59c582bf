package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
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
     * Rejected points first (grey crosses), then accepted ones (discs in the decoded category's colour), then the
     * light outlines over all discs. On a raster the marks are stamped ({@link SampleStamps}); otherwise (an SVG)
     * the points of one kind go into one path each and are filled in one call. Crosses and outlines are filled,
     * not stroked: each cross bar is the rectangle a square-capped 1.3 s stroke covers, each outline the ring a
     * 0.8 s stroke just outside the disc covers, and the rings' union is filled once.
     */
    private static void drawPanel(Graphics2D g, List<LatentSample> samples, Function<LatentSample, double[]> where,
            double s) {
        List<double[]> rejected = new ArrayList<>();
        List<double[]> accepted = new ArrayList<>();
        Map<Integer, List<double[]>> byCategory = new TreeMap<>();
        for (LatentSample sample : samples) {
            double[] at = where.apply(sample);
            if (at == null) {
                continue;
            }
            if (sample.accepted()) {
                accepted.add(at);
                byCategory.computeIfAbsent(sample.decoded(), c -> new ArrayList<>()).add(at);
            } else {
                rejected.add(at);
            }
        }
        if (SampleStamps.usable(g)) {
            SampleStamps.cross(s).stamp(g, rejected, 0, 0);
            for (Map.Entry<Integer, List<double[]>> d : byCategory.entrySet()) {
                SampleStamps.disc(CategoryPalette.color(d.getKey()), s).stamp(g, d.getValue(), 0, 0);
            }
            SampleStamps.rings(g, accepted, OUTLINE, s);
            return;
        }
        double r = radius(s);
        Path2D crosses = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (double[] at : rejected) {
            cross(crosses, at[0], at[1], r, s);
        }
        g.setColor(REJECTED);
        g.fill(crosses);
        for (Map.Entry<Integer, List<double[]>> d : byCategory.entrySet()) {
            Path2D discs = new Path2D.Double(Path2D.WIND_NON_ZERO);
            for (double[] at : d.getValue()) {
                circle(discs, at[0], at[1], r, false);
            }
            g.setColor(CategoryPalette.color(d.getKey()));
            g.fill(discs);
        }
        Path2D outlines = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (double[] at : accepted) {
            ring(outlines, at[0], at[1], r, s);
        }
        g.setColor(OUTLINE);
        g.fill(outlines);
    }

    /**
     * Adds a circle ({@link Ellipse2D}'s path), counter-clockwise on screen or, if {@code reversed}, its mirror
     * image about the horizontal through its centre, which goes the other way round.
     */
    static void circle(Path2D path, double x, double y, double r, boolean reversed) {
        Ellipse2D c = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        AffineTransform mirror = null;
        if (reversed) {
            mirror = new AffineTransform(1, 0, 0, -1, 0, 2 * y);
        }
        path.append(c.getPathIterator(mirror), false);
    }

    /**
     * Adds the outline of a disc of radius {@code r} at (x, y): the ring from r to r + 0.8 s, outer circle one way
     * round and inner the other, so that under the non-zero rule rings overlapping anywhere fill as their union.
     */
    static void ring(Path2D path, double x, double y, double r, double s) {
        circle(path, x, y, r + 0.8 * s, false);
        circle(path, x, y, r, true);
    }

    /**
     * Adds a rejected point's cross at (x, y): the two diagonals of the 2r square as a square-capped 1.3 s stroke
     * covers them (filled, not stroked: a frame fills thousands).
     */
    static void cross(Path2D path, double x, double y, double r, double s) {
        BasicStroke bar = new BasicStroke((float) (1.3 * s), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
        path.append(bar.createStrokedShape(new Line2D.Double(x - r, y - r, x + r, y + r)), false);
        path.append(bar.createStrokedShape(new Line2D.Double(x - r, y + r, x + r, y - r)), false);
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
