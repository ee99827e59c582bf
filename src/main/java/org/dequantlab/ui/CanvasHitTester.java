package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Encoder1D;
import org.dequantlab.method.Numbers;
import org.dequantlab.render.DecorationLayer;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * What is under the pointer on the canvas: which panel, which z, inside a support (band, orthant,
 * cell), in the ocean, in the strip, near a curve or one of the method's decorations (band ends, walls,
 * anchors, the w ruler). Pure arithmetic on {@link RenderLayout} and {@link PanelGeometry} (no JavaFX),
 * so it is tested without a window. The answer carries the {@link Explanations} entry plus the live
 * values at that z.
 */
public final class CanvasHitTester {
    /** How close (pixels at 100%) the pointer must be to a curve or a line to mean it. */
    public static final double NEAR_PX = 5;

    private CanvasHitTester() {}

    /**
     * What is at a point.
     *
     * @param element  the explanation
     * @param method   the panel's method, or null outside the panels
     * @param z        the latent value under the pointer (NaN outside the panels)
     * @param category the category concerned, or −1
     * @param text     the explanation plus the live values, ready for a tooltip
     */
    public record Hit(Explanations element, DequantMethod method, double z, int category, String text) {}

    /**
     * The element at (px, py) of a w×h canvas drawn with {@code options} from {@code s}, or null where
     * nothing is (margins).
     *
     * @param ideal whether the ideal partition is shown (its lines are then hit too)
     */
    public static Hit hit(double px, double py, int w, int h, RenderOptions options, Snapshot s, boolean ideal) {
        if (s == null || w < 1 || h < 1) {
            return null;
        }
        RenderLayout layout = RenderLayout.of(w, h, options);
        double scale = options.scale();
        if (layout.header().contains(px, py)) {
            boolean left = px < w * 0.45;
            Explanations e = left ? Explanations.HEADER : Explanations.LEGEND;
            String live = left ? SnapshotRenderer.stepText(s.step()) + ", " + SnapshotRenderer.weightingText(s.config())
                    : "";
            return new Hit(e, null, Double.NaN, -1, compose(e, live));
        }
        for (int i = 0; i < layout.panels().size() && i < options.methods().size(); i++) {
            PanelGeometry p = layout.panels().get(i);
            DequantMethod m = options.methods().get(i);
            MethodSnapshot ms = s.method(m);
            if (ms != null && s.config().latentDim() == 2) { // a square of the plane
                Hit planeHit = PlaneHitTester.hit(p, m, ms, options, px, py);
                if (planeHit != null) {
                    return planeHit;
                }
                continue;
            }
            if (ms == null || ms.curves() == null) {
                continue;
            }
            if (p.stripArea().contains(px, py)) {
                return strip(p, m, ms, px, s.config().categories());
            }
            if (p.plotArea().contains(px, py)) {
                return plot(p, m, ms, px, py, s, options, scale, ideal);
            }
        }
        return null;
    }

    private static Hit strip(PanelGeometry p, DequantMethod m, MethodSnapshot ms, double px, int k) {
        double z = p.xToZ(px);
        DensityCurves c = ms.curves();
        int i = index(c, z);
        int d = c.decoded(i);
        if (d < 0) {
            return new Hit(Explanations.OCEAN, m, z, -1, compose(Explanations.OCEAN,
                    m.label() + " at z = " + f(z) + ": no support covers this z, so it is never decoded"
                            + oceanMass(ms)));
        }
        double conf = c.confidence(i);
        Explanations e = conf >= 0.99 ? Explanations.DECODER_STRIP : Explanations.UNCERTAINTY;
        return new Hit(e, m, z, d, compose(e, m.label() + " at z = " + f(z) + ": decodes to x=" + d
                + " with p(x=" + d + "|z) = " + f(conf) + (k > 0 ? " (a guess would be " + f(1.0 / k) + ")" : "")));
    }

    private static Hit plot(PanelGeometry p, DequantMethod m, MethodSnapshot ms, double px, double py, Snapshot s,
            RenderOptions o, double scale, boolean ideal) {
        double z = p.xToZ(px);
        double near = NEAR_PX * scale;
        DensityCurves c = ms.curves();
        Encoder e = ms.encoder();
        int i = index(c, z);
        int k = c.categories();
        String at = m.label() + " at z = " + f(z) + ": ";
        // lines first: the method's decorations and the ideal cuts, then curves, nearest wins
        Hit line = decorationHit(p, m, e.decorations(), z, px, py, near, scale);
        if (line != null) {
            return line;
        }
        if (ideal && m.showsIdealPartition()) {
            for (double cut : s.config().idealCuts()) {
                if (Math.abs(p.zToX(cut) - px) <= near) {
                    return new Hit(Explanations.IDEAL_PARTITION, m, z, -1, compose(Explanations.IDEAL_PARTITION,
                            "ideal cut at z = " + f(cut)));
                }
            }
        }
        double best = near;
        Hit hit = null;
        for (int x = 0; x < k; x++) {
            double w = o.weighted() ? s.config().probability(x) : 1.0;
            double d = Math.abs(p.densityToY(w * c.component(x, i)) - py);
            if (d <= best && c.component(x, i) > 0) {
                best = d;
                String live = at + (o.weighted() ? "p̃(x)·q(z|x=" + x + ") = " + f(w * c.component(x, i)) + ", " : "")
                        + "q(z|x=" + x + ") = " + f(c.component(x, i)) + " (" + e.describeComponent(x) + ")";
                hit = new Hit(Explanations.COMPONENT, m, z, x, compose(Explanations.COMPONENT, live));
            }
        }
        double dp = Math.abs(p.densityToY(c.prior(i)) - py);
        if (dp < best) {
            best = dp;
            hit = new Hit(Explanations.PRIOR, m, z, -1, compose(Explanations.PRIOR, at + "p(z) = " + f(c.prior(i))));
        }
        double da = Math.abs(p.densityToY(c.aggregate(i)) - py);
        if (da < best) {
            hit = new Hit(Explanations.AGGREGATE, m, z, -1, compose(Explanations.AGGREGATE,
                    at + "q(z) = " + f(c.aggregate(i)) + ", prior p(z) = " + f(c.prior(i))));
        }
        if (hit != null) {
            return hit;
        }
        return region(m, ms, e, z, at, c.prior(i), c.aggregate(i));
    }

    /** The support under the pointer: which categories' supports contain z, or the ocean. */
    private static Hit region(DequantMethod m, MethodSnapshot ms, Encoder e, double z, String at, double prior,
            double aggregate) {
        Explanations shape = switch (m.supportShape()) {
            case BAND, BOX -> Explanations.TRUFL_BAND;
            case ORTHANT -> Explanations.ORTHANT;
            case CELL -> Explanations.VORONOI_CELL;
            case WHOLE_SPACE -> Explanations.PANEL;
        };
        if (shape != Explanations.PANEL && e instanceof Encoder1D one) {
            List<Integer> inside = new ArrayList<>();
            for (int x = 0; x < one.categories(); x++) {
                if (one.contains(x, z)) {
                    inside.add(x);
                }
            }
            if (inside.isEmpty()) {
                return new Hit(Explanations.OCEAN, m, z, -1, compose(Explanations.OCEAN, at + "outside every support"
                        + oceanMass(ms)));
            }
            int x = inside.get(0);
            StringBuilder live = new StringBuilder(e.describeSupport(x));
            if (inside.size() > 1) {
                live.append("; it overlaps the support");
                live.append(inside.size() > 2 ? "s" : "").append(" of");
                for (int j = 1; j < inside.size(); j++) {
                    live.append(" x=").append(inside.get(j));
                }
                live.append(" here, so decoding is uncertain");
            }
            return new Hit(shape, m, z, x, compose(shape, live.toString()));
        }
        return new Hit(Explanations.PANEL, m, z, -1, compose(Explanations.PANEL, at + "prior p(z) = " + f(prior)
                + ", aggregate q(z) = " + f(aggregate)));
    }

    /** A band end, a wall, an anchor or the w ruler near the pointer, or null. */
    private static Hit decorationHit(PanelGeometry p, DequantMethod m, List<Decoration> decorations, double z,
            double px, double py, double near, double scale) {
        boolean ruler = false;
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Band b) {
                for (double end : new double[] {b.low(), b.high()}) {
                    if (Double.isFinite(end) && Math.abs(p.zToX(end) - px) <= near) {
                        double u = end == b.low() ? b.lowU() : b.highU();
                        return new Hit(Explanations.BAND_END, m, z, b.category(), compose(Explanations.BAND_END,
                                "end of x=" + b.category() + "'s band at z = " + f(end) + " (u = " + f(u)
                                        + " in its own CDF)"));
                    }
                }
            } else if (d instanceof Decoration.Wall w) {
                ruler |= !Double.isNaN(w.w());
                if (Double.isFinite(w.z()) && Math.abs(p.zToX(w.z()) - px) <= near) {
                    Explanations kind = w.role() == Decoration.Role.ORTHANT ? Explanations.ORTHANT_WALL
                            : Explanations.CELL_WALL;
                    return new Hit(kind, m, z, -1, compose(kind, m.label() + " wall at z = " + f(w.z())
                            + (Double.isNaN(w.w()) ? "" : " (w = " + f(w.w()) + ")") + ": x=" + w.left()
                            + " on the left, x=" + w.right() + " on the right"));
                }
            } else if (d instanceof Decoration.Anchor a) {
                ruler |= !Double.isNaN(a.w());
                if (Double.isFinite(a.z()) && Math.abs(p.zToX(a.z()) - px) <= near
                        && Math.abs(p.baseY() - py) <= 2 * near) {
                    return new Hit(Explanations.ANCHOR, m, z, a.category(), compose(Explanations.ANCHOR,
                            "anchor of x=" + a.category() + " at w = " + f(a.w()) + ", z = " + f(a.z())));
                }
            }
        }
        double top = DecorationLayer.rulerTop(p, scale);
        if (ruler && py >= top && py <= top + DecorationLayer.rulerHeight(scale)) {
            double w = (px - p.plotX()) / p.plotWidth() * 2 - 1;
            return new Hit(Explanations.W_RULER, m, z, -1, compose(Explanations.W_RULER, "w = " + f(w)
                    + " here, z = " + f(w <= -1 ? Double.NEGATIVE_INFINITY : w >= 1 ? Double.POSITIVE_INFINITY
                            : Math.log((1 + w) / (1 - w)))));
        }
        return null;
    }

    private static String oceanMass(MethodSnapshot ms) {
        return ms.metrics() == null ? "" : "; ocean mass 1 − P(S) = " + String.format(Locale.UK, "%.2e",
                ms.metrics().oceanMass());
    }

    private static int index(DensityCurves c, double z) {
        double t = (z - DensityGrid.Z_MIN) / (DensityGrid.Z_MAX - DensityGrid.Z_MIN) * (c.size() - 1);
        return (int) Math.max(0, Math.min(c.size() - 1, Math.round(t)));
    }

    private static String compose(Explanations e, String live) {
        return e.title() + "\n" + e.text() + (live == null || live.isEmpty() ? "" : "\n\n" + live);
    }

    /** A number for tooltips: 2 decimals, ∞ for infinities, a real minus sign. */
    static String f(double v) {
        return Numbers.f(v);
    }
}
