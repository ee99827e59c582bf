package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.logistic.LogisticMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.SnapshotFactory;
import org.dequantlab.train.TrainerStatus;

/**
 * Hand-built snapshots with known geometry, for pixel tests. Two categories: CatNF logistics at
 * μ = ∓2, s = 0.5; TRUFL the same truncated to (a, b) = (0.1, 0.9), so its supports are
 * μ ± 0.5·logit(0.9) = μ ± 1.0986: [−3.10, −0.90] and [0.90, 3.10], with ocean between.
 */
public final class KnownSnapshots {
    public static final double[] MU = {-2, 2};
    public static final double[] SCALE = {0.5, 0.5};
    public static final double[] LOWER = {0.1, 0.1};
    public static final double[] UPPER = {0.9, 0.9};
    public static final long STEP = 1234;

    private KnownSnapshots() {}

    public static Snapshot twoCategories() {
        ExperimentConfig config = ExperimentConfig.defaults();
        double[] catnf = LogisticMethod.theta(Methods.CATNF, MU, SCALE, null, null);
        double[] trufl = LogisticMethod.theta(Methods.TRUFL, MU, SCALE, LOWER, UPPER);
        return new SnapshotFactory(2).snapshot(config, STEP, List.of(catnf, trufl), true, TrainerStatus.PAUSED,
                null, 0);
    }

    /** Half-width of each TRUFL support around μ: s·logit(0.9). */
    public static double halfWidth() {
        return 0.5 * Math.log(0.9 / 0.1);
    }

    /** A pixel reader over an AWT image or a JavaFX snapshot. */
    public interface PixelSource {
        Color color(int x, int y);
    }

    /**
     * Checks a drawing of {@link #twoCategories()} (CatNF and TRUFL panels, weighted, density to 0.6,
     * no curves) of size w×h: the TRUFL band of x=0 where its support is, white ocean, each category's
     * line colour near its peak, x=0's colour in the decoder strip, a non-blank step counter.
     */
    public static void assertKnownDrawing(PixelSource img, RenderOptions o, int w, int h) {
        RenderLayout layout = RenderLayout.of(w, h, o);
        PanelGeometry trufl = layout.panels().get(1);
        int yTop = (int) Math.round(trufl.plotY() + trufl.plotHeight() * 0.15);
        double lo0 = MU[0] - halfWidth();
        int inBand = (int) Math.round(trufl.zToX(lo0 + 0.3));
        Color band = blend(CategoryPalette.color(0), SnapshotRenderer.BAND_ALPHA / 255.0);
        assertNear(band, img.color(inBand, yTop), 8, "TRUFL band of x=0 at z=" + (lo0 + 0.3));
        assertNear(Color.WHITE, img.color((int) Math.round(trufl.zToX(0.0)) + 3, yTop), 2, "ocean at z=0");
        assertNear(Color.WHITE, img.color((int) Math.round(trufl.zToX(lo0 - 0.4)), yTop), 2, "ocean left of x=0");
        for (int panel = 0; panel < 2; panel++) {
            PanelGeometry p = layout.panels().get(panel);
            for (int x = 0; x < 2; x++) {
                double peak = 0.5 * 0.25 / SCALE[x] / (panel == 1 ? UPPER[x] - LOWER[x] : 1.0);
                int px = (int) Math.round(p.zToX(MU[x]));
                int py = (int) Math.round(p.densityToY(peak));
                assertTrue(found(img, px, py, 4, CategoryPalette.lineColor(x), 40),
                        "colour of x=" + x + " near its peak in panel " + panel + " at " + px + "," + py);
            }
        }
        int ys = (int) Math.round(trufl.stripY() + trufl.stripHeight() / 2);
        Color strip0 = img.color((int) Math.round(trufl.zToX(MU[0])), ys);
        assertTrue(strip0.getBlue() < 120 && strip0.getRed() > 180, "strip shows x=0 in its colour: " + strip0);
        int dark = 0;
        for (int x = 5; x < 120; x++) {
            for (int y = 2; y < (int) layout.header().getHeight(); y++) {
                if (img.color(x, y).getRed() < 100) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 30, "step counter drawn (" + dark + " dark pixels)");
    }

    public static Color blend(Color c, double alpha) {
        return new Color((int) Math.round(255 * (1 - alpha) + c.getRed() * alpha),
                (int) Math.round(255 * (1 - alpha) + c.getGreen() * alpha),
                (int) Math.round(255 * (1 - alpha) + c.getBlue() * alpha));
    }

    public static void assertNear(Color expected, Color actual, int tol, String what) {
        boolean ok = Math.abs(expected.getRed() - actual.getRed()) <= tol
                && Math.abs(expected.getGreen() - actual.getGreen()) <= tol
                && Math.abs(expected.getBlue() - actual.getBlue()) <= tol;
        assertTrue(ok, what + ": expected " + expected + " got " + actual);
    }

    public static boolean found(PixelSource img, int cx, int cy, int r, Color c, int tol) {
        for (int x = cx - r; x <= cx + r; x++) {
            for (int y = cy - r; y <= cy + r; y++) {
                Color p = img.color(x, y);
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) <= tol) {
                    return true;
                }
            }
        }
        return false;
    }
}
