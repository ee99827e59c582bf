package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.metrics.Plane;
import org.dequantlab.method.Methods;
import org.dequantlab.render.CategoryPalette;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.plane.PlaneGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-gif --config FILE} with a 2-D configuration, in the z-plane and in the CDF square. */
class ExportGifPlaneTest {
    @TempDir
    Path dir;

    /** Runs export-gif in-process: {exit code, stderr}. */
    private static Object[] run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export-gif";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRunner r = CliRunner.run(all);
        return new Object[] {r.code(), r.err()};
    }

    @Test
    void aPlaneConfigExportsItsSquaresAndTheCdfSquareShowsArgmaxsTiling() throws Exception {
        ExperimentConfig c = Presets.QUADRANTS.config();
        Path config = dir.resolve("plane.json");
        Files.writeString(config, ConfigJson.toTree(c).toPrettyString());
        Path out = dir.resolve("plane.gif");
        Object[] r = run("--config", config.toString(), "--steps", "20", "--frames", "3", "--size", "640x360",
                "--no-curves", "--plane", "cdf", "--out", out.toString());
        assertEquals(0, r[0], (String) r[1]);
        BufferedImage first = firstFrame(out);
        assertEquals(640, first.getWidth());
        RenderOptions o = new RenderOptions(c.methods(), false, false, 1.0, true, null, Plane.CDF_SQUARE);
        PlaneGeometry q = PlaneGeometry.of(RenderLayout.of(640, 360, o).panels().get(c.methods().indexOf(Methods.ARGMAX)),
                Plane.CDF_SQUARE);
        boolean[] seen = new boolean[4];
        for (double[] v : new double[][] {{0.25, 0.25}, {0.25, 0.75}, {0.75, 0.25}, {0.75, 0.75}}) {
            int x = category(new Color(first.getRGB((int) q.toX(v[0]), (int) q.toY(v[1]))));
            assertTrue(x >= 0 && !seen[x], "a quarter of the square in a colour of its own at v = (" + v[0] + ", " + v[1]
                    + "): " + x);
            seen[x] = true;
        }
        Path z = dir.resolve("z.gif");
        r = run("--config", config.toString(), "--steps", "20", "--frames", "2", "--size", "640x360", "--no-curves",
                "--out", z.toString());
        assertEquals(0, r[0], (String) r[1]);
        // the z-plane is the default: its squares are not the CDF square's
        assertTrue(category(new Color(firstFrame(z).getRGB((int) q.toX(0.05), (int) q.toY(0.95)))) < 0,
                "near the z-plane's corner Argmax's quadrant has faded to white");
    }

    @Test
    void anUnknownPlaneIsRefusedNamingTheOption() throws Exception {
        Path out = dir.resolve("x.gif");
        Object[] r = run("--preset", "quadrants", "--steps", "5", "--plane", "square", "--out", out.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("plane") && ((String) r[1]).contains("z (the z-plane) or cdf"),
                (String) r[1]);
        assertFalse(Files.exists(out));
    }

    private static BufferedImage firstFrame(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return reader.read(0);
        }
    }

    /**
     * The category whose colour, faded towards white by some strength t ≥ 0.3, this is (within a GIF
     * palette's error), or −1.
     */
    private static int category(Color c) {
        int best = -1;
        double bestError = 40;
        for (int x = 0; x < 4; x++) {
            Color w = CategoryPalette.color(x);
            double[] d = {255 - w.getRed(), 255 - w.getGreen(), 255 - w.getBlue()};
            double[] g = {255 - c.getRed(), 255 - c.getGreen(), 255 - c.getBlue()};
            double t = (d[0] * g[0] + d[1] * g[1] + d[2] * g[2]) / (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            double error = Math.abs(g[0] - t * d[0]) + Math.abs(g[1] - t * d[1]) + Math.abs(g[2] - t * d[2]);
            if (t >= 0.3 && error < bestError) {
                best = x;
                bestError = error;
            }
        }
        return best;
    }
}
