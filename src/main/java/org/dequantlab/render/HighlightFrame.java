package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * An amber outline around an area the guided tour talks about; {@code strength} 0..1 lets the window
 * pulse it (the outline's opacity and width follow it).
 */
public final class HighlightFrame {
    public static final Color COLOUR = new Color(0xFF, 0xA0, 0x00);

    private HighlightFrame() {}

    public static void draw(Graphics2D g, Rectangle2D area, double scale, double strength) {
        double t = Math.max(0, Math.min(1, strength));
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(new Color(COLOUR.getRed(), COLOUR.getGreen(), COLOUR.getBlue(), (int) Math.round(120 + 135 * t)));
            float w = (float) ((2.5 + 2.5 * t) * scale);
            g2.setStroke(new BasicStroke(w));
            double pad = 3 * scale;
            g2.draw(new RoundRectangle2D.Double(area.getX() - pad, area.getY() - pad, area.getWidth() + 2 * pad,
                    area.getHeight() + 2 * pad, 10 * scale, 10 * scale));
        } finally {
            g2.dispose();
        }
    }
}
