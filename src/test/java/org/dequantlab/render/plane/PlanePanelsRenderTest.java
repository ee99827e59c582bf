package org.dequantlab.render.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.metrics.DensityField;
import org.dequantlab.metrics.Plane;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Methods;
import org.dequantlab.render.CategoryPalette;
import org.dequantlab.render.Frame;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2-D panels of a known state (the {@code quadrants} preset after 400 steps), checked pixel by pixel
 * against the maths rather than the painter: where one support alone holds a point, p(x|z) = 1, so the
 * pixel is that category's Okabe–Ito colour faded towards white; the ocean is hatched; in the prior's CDF
 * square Argmax's quadrants tile the square, each a quarter in its own colour, split at v = ½.
 */
class PlanePanelsRenderTest {
    private static final int W = 1400, H = 760;
    private static Snapshot snap;

    @BeforeAll
    static void train() {
        TrainingSession s = new TrainingSession(Presets.QUADRANTS.config());
        s.run(400);
        snap = s.snapshot(true, TrainerStatus.PAUSED, null, 0);
    }

    private static BufferedImage draw(Plane plane) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new SnapshotRenderer().draw(g, W, H, new Frame(snap, List.of(), List.of()), options(plane));
        g.dispose();
        return img;
    }

    private static RenderOptions options(Plane plane) {
        return new RenderOptions(snap.config().methods(), false, false, 1.0, true, null, plane);
    }

    private static PlaneGeometry square(int panel, Plane plane) {
        return PlaneGeometry.of(RenderLayout.of(W, H, options(plane)).panels().get(panel), plane);
    }

    @Test
    void wherePointsLieInOneTruflBoxAloneThePixelIsThatCategorysColourFadedToWhite() {
        ExperimentConfig c = snap.config();
        int panel = c.methods().indexOf(Methods.TRUFL);
        MethodSnapshot trufl = snap.methods().get(panel);
        Encoder e = trufl.encoder();
        BufferedImage img = draw(Plane.LATENT);
        PlaneGeometry q = square(panel, Plane.LATENT);
        int[] checked = new int[c.categories()];
        for (int py = (int) q.y() + 6; py < q.y() + q.side() - 6; py += 7) {
            for (int px = (int) q.x() + 6; px < q.x() + q.side() - 6; px += 7) {
                int only = onlySupport(e, q, px + 0.5, py + 0.5, 4);
                Color got = new Color(img.getRGB(px, py));
                if (only < 0 || got.equals(Color.WHITE) || isDark(got)) {
                    continue; // on an outline, or faded out entirely
                }
                assertTinted(CategoryPalette.color(only), got, "pixel " + px + "," + py + " in x=" + only + "'s box");
                checked[only]++;
            }
        }
        for (int x = 0; x < c.categories(); x++) {
            assertTrue(checked[x] > 20, "x=" + x + "'s box checked at " + checked[x] + " pixels");
        }
    }

    @Test
    void theOceanIsHatchedAndNothingElseIs() {
        int panel = snap.config().methods().indexOf(Methods.TRUFL);
        Encoder e = snap.methods().get(panel).encoder();
        BufferedImage img = draw(Plane.LATENT);
        PlaneGeometry q = square(panel, Plane.LATENT);
        int hatch = 0, white = 0, oceanPixels = 0;
        for (int py = (int) q.y() + 2; py < q.y() + q.side() - 2; py++) {
            for (int px = (int) q.x() + 2; px < q.x() + q.side() - 2; px++) {
                boolean ocean = supportsAround(e, q, px + 0.5, py + 0.5, 4) == 0;
                int rgb = img.getRGB(px, py) & 0xFFFFFF;
                if (ocean) {
                    oceanPixels++;
                    hatch += rgb == HeatMapImage.OCEAN_HATCH ? 1 : 0;
                    white += rgb == HeatMapImage.OCEAN_BACKGROUND ? 1 : 0;
                } else if (fewestSupportsAround(e, q, px + 0.5, py + 0.5, 4) > 0) { // inside, a cell from any edge
                    assertTrue(rgb != HeatMapImage.OCEAN_HATCH, "no hatching inside a support at " + px + "," + py);
                }
            }
        }
        assertTrue(oceanPixels > 500, "this state has an ocean: " + oceanPixels + " pixels");
        // one pixel in six on a hatch line, the rest white (all but the outlines)
        assertEquals(1.0 / 6, hatch / (double) oceanPixels, 0.04, "hatched");
        assertTrue(hatch + white > 0.95 * oceanPixels, "the ocean holds only hatch and white");
    }

    @Test
    void inTheCdfSquareArgmaxsQuadrantsTileTheSquareEachInItsColour() {
        int panel = snap.config().methods().indexOf(Methods.ARGMAX);
        MethodSnapshot argmax = snap.methods().get(panel);
        BufferedImage img = draw(Plane.CDF_SQUARE);
        PlaneGeometry q = square(panel, Plane.CDF_SQUARE);
        for (double[] v : new double[][] {{0.25, 0.25}, {0.25, 0.75}, {0.75, 0.25}, {0.75, 0.75}}) {
            int owner = -1;
            for (Decoration d : argmax.encoder().decorations()) {
                if (d instanceof Decoration.Region r && inside(r.v().x(0), r.v().x(2), v[0])
                        && inside(r.v().y(0), r.v().y(2), v[1])) {
                    owner = r.category();
                }
            }
            assertTrue(owner >= 0, "a quadrant holds v = " + v[0] + ", " + v[1]);
            // mass is area: the aggregate is the prior, 1 per unit area, the same strength everywhere
            double t = HeatMapImage.strength(1.0, 0, Plane.CDF_SQUARE);
            for (double dv : new double[] {-0.15, 0, 0.15}) {
                Color got = new Color(img.getRGB((int) q.toX(v[0] + dv), (int) q.toY(v[1] - dv)));
                assertNear(fade(CategoryPalette.color(owner), t), got, 6, "quadrant of x=" + owner + " near v = ("
                        + v[0] + ", " + v[1] + ")");
            }
        }
        DensityField f = argmax.fields().cdfSquare();
        assertEquals(1.0, f.aggregate(f.size() * f.size() / 4 + f.size() / 4), 1e-3, "aggregate 1 in the square");
        // the split at v₁ = ½ is drawn as a dark line across the square
        int x = (int) Math.round(q.toX(0.5));
        int dark = 0;
        for (int py = (int) q.y() + 3; py < q.y() + q.side() - 3; py++) {
            boolean any = false;
            for (int dx = -2; dx <= 2; dx++) {
                any |= isDark(new Color(img.getRGB(x + dx, py)));
            }
            dark += any ? 1 : 0;
        }
        assertTrue(dark > 0.9 * (q.side() - 6), "the wall at v₁ = ½: " + dark + " of " + (int) q.side() + " rows");
    }

    @Test
    void eachSupportIsOutlinedInItsOwnColour() {
        int panel = snap.config().methods().indexOf(Methods.TRUFL);
        BufferedImage img = draw(Plane.CDF_SQUARE);
        PlaneGeometry q = square(panel, Plane.CDF_SQUARE);
        for (Decoration d : snap.methods().get(panel).encoder().decorations()) {
            if (d instanceof Decoration.Region r) {
                // the middle of the box's bottom edge, in the square
                double a = (r.v().x(0) + r.v().x(1)) / 2, b = r.v().y(0);
                int px = (int) Math.round(q.toX(a)), py = (int) Math.round(q.toY(b));
                boolean found = false;
                for (int dx = -6; dx <= 6 && !found; dx++) {
                    for (int dy = -2; dy <= 2 && !found; dy++) {
                        found = near(CategoryPalette.lineColor(r.category()), new Color(img.getRGB(px + dx, py + dy)), 30);
                    }
                }
                assertTrue(found || b <= 0.01, "x=" + r.category() + "'s outline near " + px + "," + py);
            }
        }
    }

    @Test
    void pngAndSvgExportsDrawTheSameSquares() {
        Frame frame = new Frame(snap, List.of(), List.of());
        BufferedImage png = org.dequantlab.export.FrameImages.render(frame, options(Plane.CDF_SQUARE), W, H);
        BufferedImage drawn = draw(Plane.CDF_SQUARE);
        PlaneGeometry q = square(snap.config().methods().indexOf(Methods.ARGMAX), Plane.CDF_SQUARE);
        for (double v : new double[] {0.2, 0.4, 0.6, 0.8}) {
            int x = (int) q.toX(v), y = (int) q.toY(1 - v);
            assertEquals(drawn.getRGB(x, y), png.getRGB(x, y), "the PNG is the screen's drawing at v = " + v);
        }
        String svg = org.dequantlab.export.FrameImages.svg(frame, options(Plane.CDF_SQUARE), W, H);
        assertTrue(svg.split("<image", -1).length - 1 >= 4, "one heat-map image per square in the SVG");
        assertTrue(svg.contains("F(z₁)") || svg.contains("F(z&#8321;)") || svg.contains("F(z"), "axis names in the SVG");
    }

    // ----------------------------------------------------------------- helpers

    /** The one category whose support holds every point within r pixels, or −1. */
    private static int onlySupport(Encoder e, PlaneGeometry q, double px, double py, double r) {
        int found = -1;
        for (double[] d : new double[][] {{0, 0}, {r, 0}, {-r, 0}, {0, r}, {0, -r}}) {
            double[] z = {q.first(px + d[0]), q.second(py + d[1])};
            int inside = -1, n = 0;
            for (int x = 0; x < e.categories(); x++) {
                if (e.support(x).contains(z)) {
                    inside = x;
                    n++;
                }
            }
            if (n != 1 || found >= 0 && inside != found) {
                return -1;
            }
            found = inside;
        }
        return found;
    }

    /** How many supports hold the points within r pixels (most over the points). */
    private static int supportsAround(Encoder e, PlaneGeometry q, double px, double py, double r) {
        return count(e, q, px, py, r, true);
    }

    /** How many supports hold the points within r pixels (fewest over the points). */
    private static int fewestSupportsAround(Encoder e, PlaneGeometry q, double px, double py, double r) {
        return count(e, q, px, py, r, false);
    }

    private static int count(Encoder e, PlaneGeometry q, double px, double py, double r, boolean most) {
        int out = most ? 0 : Integer.MAX_VALUE;
        for (double[] d : new double[][] {{0, 0}, {r, 0}, {-r, 0}, {0, r}, {0, -r}, {r, r}, {-r, -r}, {r, -r}, {-r, r}}) {
            double[] z = {q.first(px + d[0]), q.second(py + d[1])};
            int n = 0;
            for (int x = 0; x < e.categories(); x++) {
                n += e.support(x).contains(z) ? 1 : 0;
            }
            out = most ? Math.max(out, n) : Math.min(out, n);
        }
        return out;
    }

    private static boolean inside(double a, double b, double v) {
        return v > Math.min(a, b) && v < Math.max(a, b);
    }

    /** got = white + t·(colour − white) for one t in (0, 1]: the colour's hue, faded. */
    private static void assertTinted(Color colour, Color got, String what) {
        double[] d = {255 - colour.getRed(), 255 - colour.getGreen(), 255 - colour.getBlue()};
        double[] g = {255 - got.getRed(), 255 - got.getGreen(), 255 - got.getBlue()};
        int k = d[0] >= d[1] && d[0] >= d[2] ? 0 : d[1] >= d[2] ? 1 : 2;
        double t = g[k] / d[k];
        assertTrue(t > 0 && t <= 1.01, what + ": strength " + t + ", got " + got);
        for (int i = 0; i < 3; i++) {
            assertEquals(d[i] * t, g[i], 3.5, what + ": channel " + i + " of " + got + " against " + colour);
        }
    }

    private static Color fade(Color c, double t) {
        return new Color((int) Math.round(255 - t * (255 - c.getRed())), (int) Math.round(255 - t * (255 - c.getGreen())),
                (int) Math.round(255 - t * (255 - c.getBlue())));
    }

    private static boolean isDark(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue() < 300;
    }

    private static boolean near(Color want, Color got, int tolerance) {
        return Math.abs(want.getRed() - got.getRed()) <= tolerance && Math.abs(want.getGreen() - got.getGreen()) <= tolerance
                && Math.abs(want.getBlue() - got.getBlue()) <= tolerance;
    }

    private static void assertNear(Color want, Color got, int tolerance, String what) {
        assertTrue(near(want, got, tolerance), what + ": want " + want + ", got " + got);
    }
}
