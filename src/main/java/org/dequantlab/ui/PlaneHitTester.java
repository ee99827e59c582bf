package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dequantlab.metrics.Plane;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.method.Numbers;
import org.dequantlab.method.PlanePath;
import org.dequantlab.method.Posterior;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.plane.PlaneGeometry;
import org.dequantlab.train.MethodSnapshot;

/**
 * What is under the pointer in a 2-D panel (docs/maths.md §7), as {@link CanvasHitTester} says it for a
 * 1-D one: an anchor or a wall near the pointer, otherwise the point z = (z₁, z₂) with the decoded
 * category and its confidence p(x|z), the shares p̃(x)·q(z|x), the aggregate q(z) and the prior p(z) (per
 * unit area of the CDF square there), and which supports contain it, or that it is ocean. Computed from
 * the encoder at the exact point, never from the drawn grid, so it runs on the FX thread without the
 * fields (which the painter computes). Pure arithmetic, no JavaFX.
 */
final class PlaneHitTester {
    private PlaneHitTester() {}

    /** The hit at (px, py) in panel {@code p}, or null outside its square. */
    static CanvasHitTester.Hit hit(PanelGeometry p, DequantMethod m, MethodSnapshot ms, RenderOptions o, double px,
            double py) {
        PlaneGeometry q = PlaneGeometry.of(p, o.shownPlane());
        if (!q.contains(px, py) || ms.encoder() == null) {
            return null;
        }
        Encoder e = ms.encoder();
        LatentPrior prior = e.prior();
        double z1 = q.latent(prior, 0, q.first(px)), z2 = q.latent(prior, 1, q.second(py));
        CanvasHitTester.Hit line = decoration(q, m, e.decorations(), px, py, z1, z2, CanvasHitTester.NEAR_PX * o.scale());
        return line != null ? line : point(m, ms, e, q.plane(), z1, z2);
    }

    private static CanvasHitTester.Hit point(DequantMethod m, MethodSnapshot ms, Encoder e, Plane plane, double z1,
            double z2) {
        int k = e.categories();
        double[] z = {z1, z2};
        double[] ell = new double[k];
        double lse = Posterior.logJoints(e, z, ell);
        double logPrior = e.prior().logDensity(z);
        // densities per unit of z, or per unit area of the CDF square (divided by p(z))
        double unit = plane == Plane.CDF_SQUARE ? Math.exp(-logPrior) : 1;
        StringBuilder t = new StringBuilder(m.label()).append(" at ").append(at(e.prior(), plane, z1, z2)).append(":\n");
        List<Integer> inside = new ArrayList<>();
        for (int x = 0; x < k; x++) {
            if (e.support(x).contains(z)) {
                inside.add(x);
            }
        }
        if (lse == Double.NEGATIVE_INFINITY) {
            t.append("outside every support, so never decoded (ocean)");
            if (ms.metrics() != null) {
                t.append(String.format(Locale.UK, "; ocean mass 1 − P(S) = %.2e", ms.metrics().oceanMass()));
            }
            return new CanvasHitTester.Hit(Explanations.OCEAN, m, z1, -1, compose(Explanations.OCEAN, t.toString()));
        }
        int d = Posterior.decode(ell, k);
        double conf = Math.exp(ell[d] - lse);
        t.append("decodes to x=").append(d).append(" with p(x=").append(d).append("|z) = ").append(f(conf))
                .append(" (a guess would be ").append(f(1.0 / k)).append(")\n");
        t.append(plane == Plane.CDF_SQUARE ? "per unit area of the square: " : "").append("shares p̃(x)·q(z|x):");
        for (int x = 0; x < k; x++) {
            t.append(x == 0 ? " " : ", ").append("x=").append(x).append(' ').append(g(Math.exp(ell[x]) * unit));
        }
        t.append("\naggregate q(z) = ").append(g(Math.exp(lse) * unit)).append(", prior p(z) = ")
                .append(g(Math.exp(logPrior) * unit));
        if (!inside.isEmpty() && inside.size() < k) {
            t.append("\ninside the support").append(inside.size() > 1 ? "s" : "").append(" of");
            for (int x : inside) {
                t.append(" x=").append(x);
            }
            t.append(": ").append(e.describeSupport(inside.get(0)));
        } else if (inside.size() == k && k > 1) {
            t.append("\ninside every category's support");
        }
        return new CanvasHitTester.Hit(Explanations.PLANE, m, z1, d, compose(Explanations.PLANE, t.toString()));
    }

    /** An anchor or a wall within {@code near} pixels, or null. */
    private static CanvasHitTester.Hit decoration(PlaneGeometry q, DequantMethod m, List<Decoration> decorations,
            double px, double py, double z1, double z2, double near) {
        boolean latent = q.plane() == Plane.LATENT;
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Anchor2D a && Math.hypot(q.toX(latent ? a.z1() : a.v1()) - px,
                    q.toY(latent ? a.z2() : a.v2()) - py) <= 1.5 * near) {
                return new CanvasHitTester.Hit(Explanations.ANCHOR, m, z1, a.category(), compose(Explanations.ANCHOR,
                        "anchor of x=" + a.category() + " at z = (" + f(a.z1()) + ", " + f(a.z2()) + "), w = ("
                                + f(2 * a.v1() - 1) + ", " + f(2 * a.v2() - 1) + ")"));
            }
        }
        for (Decoration d : decorations) {
            if (d instanceof Decoration.Wall2D w && distance(q, latent ? w.z() : w.v(), px, py) <= near) {
                boolean axis = w.role() == Decoration.Role.ORTHANT;
                Explanations kind = axis ? Explanations.ORTHANT_WALL : Explanations.CELL_WALL;
                return new CanvasHitTester.Hit(kind, m, z1, -1, compose(kind, m.label() + " wall near z = (" + f(z1)
                        + ", " + f(z2) + ")" + (axis ? ": an axis, where a sign bit changes"
                                : ": x=" + w.left() + " on one side, x=" + w.right() + " on the other")));
            }
        }
        return null;
    }

    /** The distance in pixels from (px, py) to a path. */
    static double distance(PlaneGeometry q, PlanePath path, double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        int n = path.size();
        for (int i = 0; i + 1 < n || path.closed() && i < n && n > 2; i++) {
            int j = (i + 1) % n;
            double ax = q.toX(path.x(i)), ay = q.toY(path.y(i)), bx = q.toX(path.x(j)), by = q.toY(path.y(j));
            double dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
            best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
        }
        return best;
    }

    private static String at(LatentPrior prior, Plane plane, double z1, double z2) {
        String z = "z = (" + f(z1) + ", " + f(z2) + ")";
        return plane == Plane.LATENT ? z : z + ", v = (" + f(prior.cdf(0, z1)) + ", " + f(prior.cdf(1, z2)) + ")";
    }

    private static String compose(Explanations e, String live) {
        return e.title() + "\n" + e.text() + "\n\n" + live;
    }

    private static String f(double v) {
        return Numbers.f(v);
    }

    /** A density: 3 significant digits (they span many orders of magnitude). */
    private static String g(double v) {
        return v == 0 ? "0" : v >= 0.01 && v < 1000 ? String.format(Locale.UK, "%.3g", v)
                : String.format(Locale.UK, "%.2e", v);
    }
}
