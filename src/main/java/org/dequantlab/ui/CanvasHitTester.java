package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.model.Method;
import org.dequantlab.model.Parameters;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * What is under the pointer on the canvas: which panel, which z, inside a band, in the ocean, in the
 * strip, near a curve. Pure arithmetic on {@link RenderLayout} and {@link PanelGeometry} (no JavaFX),
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
    public record Hit(Explanations element, Method method, double z, int category, String text) {}

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
            Method m = options.methods().get(i);
            MethodSnapshot ms = s.method(m);
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

    private static Hit strip(PanelGeometry p, Method m, MethodSnapshot ms, double px, int k) {
        double z = p.xToZ(px);
        DensityCurves c = ms.curves();
        int i = index(c, z);
        int d = c.decoded(i);
        if (d < 0) {
            return new Hit(Explanations.OCEAN, m, z, -1, compose(Explanations.OCEAN,
                    m.label() + " at z = " + f(z) + ": no band covers this z, so it is never decoded"
                            + oceanMass(ms)));
        }
        double conf = c.confidence(i);
        Explanations e = conf >= 0.99 ? Explanations.DECODER_STRIP : Explanations.UNCERTAINTY;
        return new Hit(e, m, z, d, compose(e, m.label() + " at z = " + f(z) + ": decodes to x=" + d
                + " with p(x=" + d + "|z) = " + f(conf) + (k > 0 ? " (a guess would be " + f(1.0 / k) + ")" : "")));
    }

    private static Hit plot(PanelGeometry p, Method m, MethodSnapshot ms, double px, double py, Snapshot s,
            RenderOptions o, double scale, boolean ideal) {
        double z = p.xToZ(px);
        double near = NEAR_PX * scale;
        DensityCurves c = ms.curves();
        Parameters par = ms.parameters();
        int i = index(c, z);
        int k = c.categories();
        String at = m.label() + " at z = " + f(z) + ": ";
        // lines first: band ends, ideal cuts, then curves, nearest wins
        if (m.truncated()) {
            for (int x = 0; x < k; x++) {
                for (double end : new double[] {par.supportLow(x), par.supportHigh(x)}) {
                    if (Double.isFinite(end) && Math.abs(p.zToX(end) - px) <= near) {
                        double u = end == par.supportLow(x) ? par.lower(x) : par.upper(x);
                        return new Hit(Explanations.BAND_END, m, z, x, compose(Explanations.BAND_END,
                                "end of x=" + x + "'s band at z = " + f(end) + " (u = " + f(u) + " in its own CDF)"));
                    }
                }
            }
            if (ideal) {
                for (double cut : s.config().idealCuts()) {
                    if (Math.abs(p.zToX(cut) - px) <= near) {
                        return new Hit(Explanations.IDEAL_PARTITION, m, z, -1, compose(Explanations.IDEAL_PARTITION,
                                "ideal cut at z = " + f(cut)));
                    }
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
                        + "q(z|x=" + x + ") = " + f(c.component(x, i)) + componentParams(m, par, x);
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
        if (m.truncated()) {
            List<Integer> inside = new ArrayList<>();
            for (int x = 0; x < k; x++) {
                if (z > par.supportLow(x) && z < par.supportHigh(x)) {
                    inside.add(x);
                }
            }
            if (inside.isEmpty()) {
                return new Hit(Explanations.OCEAN, m, z, -1, compose(Explanations.OCEAN, at + "outside every band"
                        + oceanMass(ms)));
            }
            int x = inside.get(0);
            StringBuilder live = new StringBuilder(m.label() + " band of x=" + x + ": q(z|x) is a logistic truncated to "
                    + "(a, b) = (" + f(par.lower(x)) + ", " + f(par.upper(x)) + ") in its own CDF space; support z ∈ ("
                    + f(par.supportLow(x)) + ", " + f(par.supportHigh(x)) + ")");
            if (inside.size() > 1) {
                live.append("; it overlaps the band");
                live.append(inside.size() > 2 ? "s" : "").append(" of");
                for (int j = 1; j < inside.size(); j++) {
                    live.append(" x=").append(inside.get(j));
                }
                live.append(" here, so decoding is uncertain");
            }
            return new Hit(Explanations.TRUFL_BAND, m, z, x, compose(Explanations.TRUFL_BAND, live.toString()));
        }
        return new Hit(Explanations.PANEL, m, z, -1, compose(Explanations.PANEL, at + "prior p(z) = " + f(c.prior(i))
                + ", aggregate q(z) = " + f(c.aggregate(i))));
    }

    private static String componentParams(Method m, Parameters par, int x) {
        String s = " (μ = " + f(par.mu(x)) + ", s = " + f(par.scale(x));
        if (m.truncated()) {
            s += ", (a, b) = (" + f(par.lower(x)) + ", " + f(par.upper(x)) + ")";
        }
        return s + ")";
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
        if (v == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "−∞";
        }
        double a = Math.abs(v);
        String t = a != 0 && (a < 0.01 || a >= 1e5) ? String.format(Locale.UK, "%.2e", v)
                : String.format(Locale.UK, "%.2f", v);
        return t.replace('-', '−');
    }
}
