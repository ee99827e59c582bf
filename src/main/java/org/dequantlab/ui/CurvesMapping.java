package org.dequantlab.ui;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * How a drawn curves chart maps steps and values to pixels: its data area and axis ranges at the time
 * it was drawn (linear steps; values linear or log).
 *
 * @param area  the data area, in the pane's pixels
 * @param xLow  first step shown
 * @param xHigh last step shown
 * @param yLow  lowest value shown
 * @param yHigh highest value shown
 * @param logY  whether values are on a log axis
 */
record CurvesMapping(javafx.geometry.Rectangle2D area, double xLow, double xHigh, double yLow, double yHigh,
        boolean logY) {

    static CurvesMapping of(XYPlot plot, Rectangle2D dataArea) {
        ValueAxis x = plot.getDomainAxis(), y = plot.getRangeAxis();
        return new CurvesMapping(new javafx.geometry.Rectangle2D(dataArea.getX(), dataArea.getY(),
                Math.max(1, dataArea.getWidth()), Math.max(1, dataArea.getHeight())), x.getLowerBound(),
                x.getUpperBound(), y.getLowerBound(), y.getUpperBound(), y instanceof LogAxis);
    }

    /** The x pixel of a step. */
    double xOf(double step) {
        return area.getMinX() + (step - xLow) / (xHigh - xLow) * area.getWidth();
    }

    /** The step at an x pixel. */
    double xAt(double px) {
        return xLow + (px - area.getMinX()) / area.getWidth() * (xHigh - xLow);
    }

    /** The value at a y pixel (linear axes). */
    double yAt(double py) {
        return yHigh - (py - area.getMinY()) / area.getHeight() * (yHigh - yLow);
    }
}
