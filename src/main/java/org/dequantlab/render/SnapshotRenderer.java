package org.dequantlab.render;

import java.awt.Graphics2D;

/**
 * The one drawing of a frame, to any Graphics2D: the window draws it on a JavaFX Canvas through
 * FXGraphics2D, every export into a BufferedImage (headless, no JavaFX). So a GIF shows what the
 * screen shows.
 *
 * <p>STUB: being implemented on branch {@code ui}.
 */
public final class SnapshotRenderer {

    /** Draws {@code frame} filling a {@code width}×{@code height} area at the origin of {@code g}. */
    public void draw(Graphics2D g, int width, int height, Frame frame, RenderOptions options) {
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.BLACK);
        g.drawString("step " + frame.snapshot().step(), 10, 20);
    }
}
