package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Puts a frame on the window's canvas: the renderer draws with Java2D into an image (as every export
 * does) and the canvas receives that one image.
 *
 * <p>Why this shape (each measured under Xvfb with the software pipeline):
 * <ul>
 *   <li>Drawing the frame as hundreds of anti-aliased, translucent canvas paths cost the render
 *       thread 60–390 ms per frame; an image costs it one texture update.</li>
 *   <li>The Java2D raster and the JavaFX image share one {@code int[]} through a
 *       {@link PixelBuffer} in {@code INT_ARGB_PRE}, the software pipeline's own texture format.
 *       Copying it with {@code setPixels} instead converted every pixel twice per frame (to the
 *       image's BGRA bytes on the FX thread, back to ints on the render thread): more CPU than
 *       drawing the frame.</li>
 *   <li>Two images alternate, so the FX thread never draws into the pixels the render thread may
 *       still be uploading from the previous pulse (no torn frames).</li>
 * </ul>
 * FX thread only.
 */
final class FramePainter {
    private final Surface[] surfaces = new Surface[2];
    private int next;

    /**
     * Draws with {@code drawing} into a {@code w}×{@code h} image and shows it on {@code gc} at the
     * origin.
     */
    void paint(GraphicsContext gc, int w, int h, Consumer<Graphics2D> drawing) {
        if (w < 1 || h < 1) {
            return;
        }
        Surface s = surfaces[next];
        if (s == null || s.width != w || s.height != h) {
            s = new Surface(w, h);
            surfaces[next] = s;
        }
        next = 1 - next;
        Surface target = s;
        target.pixels.updateBuffer(pb -> {
            Graphics2D g = target.raster.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                drawing.accept(g);
            } finally {
                g.dispose();
            }
            return new Rectangle2D(0, 0, w, h);
        });
        gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        gc.drawImage(target.image, 0, 0);
    }

    /** One Java2D raster and the JavaFX image that shows the same pixels. */
    private static final class Surface {
        final int width, height;
        final BufferedImage raster;
        final PixelBuffer<IntBuffer> pixels;
        final WritableImage image;

        Surface(int width, int height) {
            this.width = width;
            this.height = height;
            this.raster = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] data = ((DataBufferInt) raster.getRaster().getDataBuffer()).getData();
            this.pixels = new PixelBuffer<>(width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
            this.image = new WritableImage(pixels);
        }
    }
}
