package org.dequantlab.render.why;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * An image stretched over a rectangle in data coordinates (a heat map drawn once into pixels rather
 * than as thousands of rectangles).
 */
final class ImageAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final transient BufferedImage image;
    private final double x0, x1, y0, y1;

    /** The image's top row is drawn at y1 and its bottom row at y0. */
    ImageAnnotation(BufferedImage image, double x0, double x1, double y0, double y1) {
        this.image = image;
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = plot.getDomainAxisEdge(), yEdge = plot.getRangeAxisEdge();
        double left = domainAxis.valueToJava2D(x0, dataArea, xEdge), right = domainAxis.valueToJava2D(x1, dataArea, xEdge);
        double top = rangeAxis.valueToJava2D(y1, dataArea, yEdge), bottom = rangeAxis.valueToJava2D(y0, dataArea, yEdge);
        Object hint = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g2.drawImage(image, (int) Math.round(Math.min(left, right)), (int) Math.round(Math.min(top, bottom)),
                (int) Math.round(Math.abs(right - left)), (int) Math.round(Math.abs(bottom - top)), null);
        if (hint != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, hint);
        }
    }
}
