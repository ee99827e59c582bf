package org.dequantlab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A JFreeChart as a PNG (raster) or an SVG document (vector, JFreeSVG): the same drawing calls the
 * window's viewer makes, so a saved chart shows what the tool shows.
 */
public final class ChartImages {
    private ChartImages() {}

    /** The chart drawn on white into a new {@code width}×{@code height} image. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the chart as PNG into {@code out} (not closed). */
    public static void png(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        if (!ImageIO.write(image(chart, width, height), "png", out)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }

    /** The chart as an SVG document. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }
}
