package org.dequantlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dequantlab.method.Methods;
import org.dequantlab.render.CategoryPalette;
import org.dequantlab.render.Frame;
import org.dequantlab.render.KnownSnapshots;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A frame of a known snapshot (components at μ = −2 and +2, s = 0.5) goes through the GIF writer and is
 * decoded again: each category's colour must be where the renderer's geometry puts its component,
 * exactly (the palette keeps frequent colours exact), and white must stay white.
 */
class GifColourTest {
    static final int W = 800;
    static final int H = 450;

    @TempDir
    Path dir;

    @Test
    void categoryColoursSurviveWhereTheSnapshotPutsThem() throws Exception {
        RenderOptions options = new RenderOptions(List.of(Methods.CATNF, Methods.TRUFL), true, false, 1.0, true, 0.6);
        Frame frame = new Frame(KnownSnapshots.twoCategories(), List.of(), List.of());
        BufferedImage source = FrameImages.render(frame, options, W, H);
        Path file = dir.resolve("known.gif");
        try (OutputStream out = Files.newOutputStream(file); GifWriter gif = new GifWriter(out, true)) {
            gif.write(source, 5);
            gif.write(source, 5);
        }
        GifInspector gif = new GifInspector(file);
        assertEquals(2, gif.frames);
        BufferedImage img = gif.images.get(1);
        assertEquals(W, img.getWidth());
        assertEquals(H, img.getHeight());

        RenderLayout layout = RenderLayout.of(W, H, options);
        for (int panel = 0; panel < 2; panel++) {
            PanelGeometry p = layout.panels().get(panel);
            int midX = (int) Math.round(p.zToX(0));
            int stripY = (int) Math.round(p.stripY() + p.stripHeight() / 2);
            assertEquals(0xFFFFFF, rgb(img, (int) Math.round(p.zToX(0.15)), (int) Math.round(p.plotY() + 5)),
                    "white stays pure white");
            for (int x = 0; x < 2; x++) {
                int px = (int) Math.round(p.zToX(KnownSnapshots.MU[x]));
                // the component's peak: the category's line colour, exactly, within a few pixels
                double peak = 0.5 * 0.25 / KnownSnapshots.SCALE[x] / (panel == 1 ? 0.8 : 1.0);
                int py = (int) Math.round(p.densityToY(peak));
                int line = CategoryPalette.lineColor(x).getRGB() & 0xFFFFFF;
                assertTrue(found(img, px, py, 4, line), "line colour of x=" + x + " at its peak in panel " + panel);
                // the decoder strip at the mean shows the category, with the same pixel as the source frame
                assertEquals(rgb(source, px, stripY), rgb(img, px, stripY), "strip of x=" + x + ", panel " + panel);
                // and the category's colour lies on its side of z = 0 only (μ_0 < 0 < μ_1); above density 0.03,
                // because CatNF's logistic tails run along the axis on both sides
                int top = (int) p.plotY(), bottom = (int) Math.round(p.densityToY(0.03));
                int left = count(img, (int) p.plotX(), midX - 2, top, bottom, line);
                int right = count(img, midX + 2, (int) (p.plotX() + p.plotWidth()), top, bottom, line);
                if (x == 0) {
                    assertTrue(left > 50 && right == 0, "x=0 left of z=0 in panel " + panel + ": " + left + "/" + right);
                } else {
                    assertTrue(right > 50 && left == 0, "x=1 right of z=0 in panel " + panel + ": " + left + "/" + right);
                }
            }
        }
    }

    private static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFFFFFF;
    }

    private static boolean found(BufferedImage img, int cx, int cy, int r, int colour) {
        return count(img, cx - r, cx + r + 1, cy - r, cy + r + 1, colour) > 0;
    }

    private static int count(BufferedImage img, int x0, int x1, int y0, int y1, int colour) {
        int n = 0;
        for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
            for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
                if (rgb(img, x, y) == colour) {
                    n++;
                }
            }
        }
        return n;
    }
}
