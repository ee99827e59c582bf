package org.dequantlab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.dequantlab.io.AtomicFiles;
import java.awt.geom.Rectangle2D;
import org.dequantlab.render.CurvesChartFactory;
import org.dequantlab.render.Frame;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.jfree.svg.SVGGraphics2D;

/**
 * Still pictures of a frame, drawn by the one {@link SnapshotRenderer}: a PNG (raster, any size) and an
 * SVG (vector, for papers and slides: the same drawing calls go into JFreeSVG's {@link SVGGraphics2D}).
 */
public final class FrameImages {
    private FrameImages() {}

    /** Draws {@code frame} into a new white {@code width}×{@code height} RGB image. */
    public static BufferedImage render(Frame frame, RenderOptions options, int width, int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            new SnapshotRenderer().draw(g, width, height, frame, options);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code frame} as a PNG; an existing file is replaced only with {@code overwrite}. */
    public static void png(Frame frame, RenderOptions options, int width, int height, Path target, boolean overwrite)
            throws IOException {
        BufferedImage image = render(frame, options, width, height);
        AtomicFiles.write(target, overwrite, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java runtime has no PNG writer");
            }
        });
    }

    /** The SVG document of {@code frame}. */
    public static String svg(Frame frame, RenderOptions options, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        new SnapshotRenderer().draw(g, width, height, frame, options);
        return g.getSVGDocument();
    }

    /** Writes {@code frame} as an SVG file; an existing file is replaced only with {@code overwrite}. */
    public static void svg(Frame frame, RenderOptions options, int width, int height, Path target, boolean overwrite)
            throws IOException {
        byte[] bytes = svg(frame, options, width, height).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, overwrite, out -> out.write(bytes));
    }

    /**
     * The SVG document of the loss curves alone (Rec, KL, loss per method, optimum and change markers),
     * the same chart the frame draws beneath its panels.
     */
    public static String curvesSvg(Frame frame, RenderOptions options, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        CurvesChartFactory.create(frame, options).draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** Writes the curves as an SVG file; an existing file is replaced only with {@code overwrite}. */
    public static void curvesSvg(Frame frame, RenderOptions options, int width, int height, Path target,
            boolean overwrite) throws IOException {
        byte[] bytes = curvesSvg(frame, options, width, height).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, overwrite, out -> out.write(bytes));
    }

    private static void checkSize(int width, int height) {
        if (width < GifExportRequest.MIN_SIZE || width > GifExportRequest.MAX_SIZE) {
            throw new ExportSettingException("width", "must be an integer from " + GifExportRequest.MIN_SIZE + " to "
                    + GifExportRequest.MAX_SIZE + " pixels, got " + width);
        }
        if (height < GifExportRequest.MIN_SIZE || height > GifExportRequest.MAX_SIZE) {
            throw new ExportSettingException("height", "must be an integer from " + GifExportRequest.MIN_SIZE + " to "
                    + GifExportRequest.MAX_SIZE + " pixels, got " + height);
        }
    }
}
