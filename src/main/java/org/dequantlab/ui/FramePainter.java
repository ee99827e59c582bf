package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Puts a frame on the window's canvas: the renderer draws with Java2D into a reused BufferedImage
 * (as every export does) and the canvas receives that one image. Drawing the same frame as hundreds
 * of anti-aliased, translucent canvas paths cost the JavaFX software pipeline's render thread
 * 60–390 ms per frame under Xvfb (measured), which held every pulse back; an image costs it a
 * texture upload. FX thread only.
 */
final class FramePainter {
    private BufferedImage buffer;
    private WritableImage image;

    /**
     * Draws with {@code drawing} into a {@code w}×{@code h} image and shows it on {@code gc} at the
     * origin.
     */
    void paint(GraphicsContext gc, int w, int h, Consumer<Graphics2D> drawing) {
        if (w < 1 || h < 1) {
            return;
        }
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            buffer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            image = new WritableImage(w, h);
        }
        Graphics2D g = buffer.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        gc.drawImage(image, 0, 0);
    }
}
