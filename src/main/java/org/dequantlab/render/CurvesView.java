package org.dequantlab.render;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * What part of the loss curves is shown: a step range (or all of them), a value range (or automatic)
 * and whether the automatic value range fits only what is visible ({@code fitY}; otherwise it starts
 * at 0). The window's wheel, drag and double-click make new views; the chart only reads them.
 *
 * @param xLow  first step shown, NaN for all
 * @param xHigh last step shown, NaN for all
 * @param yLow  lowest value shown, NaN for automatic
 * @param yHigh highest value shown, NaN for automatic
 * @param fitY  whether the automatic value range fits the visible curves tightly
 */
public record CurvesView(double xLow, double xHigh, double yLow, double yHigh, boolean fitY) {
    /** Everything, values from 0 (the default). */
    public static final CurvesView AUTO = new CurvesView(Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
    /** The narrowest step range a zoom shows. */
    public static final double MIN_STEPS = 10;

    public boolean autoX() {
        return Double.isNaN(xLow);
    }

    public boolean autoY() {
        return Double.isNaN(yLow);
    }

    /** The same view with the automatic value range fitting the visible curves or not. */
    public CurvesView withFitY(boolean fit) {
        return new CurvesView(xLow, xHigh, yLow, yHigh, fit);
    }

    /** Steps zoomed by {@code factor} around {@code step}, within [0, {@code last}]; from the shown range {@code lo..hi}. */
    public CurvesView zoomX(double factor, double step, double lo, double hi, double last) {
        double w = Math.max(MIN_STEPS, (hi - lo) * factor);
        double full = Math.max(MIN_STEPS, last);
        if (w >= full) {
            return new CurvesView(Double.NaN, Double.NaN, yLow, yHigh, fitY);
        }
        double t = (step - lo) / (hi - lo);
        double a = step - t * w;
        a = Math.max(0, Math.min(full - w, a));
        return new CurvesView(a, a + w, yLow, yHigh, fitY);
    }

    /** Steps moved by {@code dSteps}, within [0, {@code last}]; from the shown range {@code lo..hi}. */
    public CurvesView panX(double dSteps, double lo, double hi, double last) {
        double w = hi - lo;
        double full = Math.max(MIN_STEPS, last);
        if (w >= full) {
            return this;
        }
        double a = Math.max(0, Math.min(full - w, lo + dSteps));
        return new CurvesView(a, a + w, yLow, yHigh, fitY);
    }

    /** Values zoomed by {@code factor} around {@code value}; from the shown range {@code lo..hi}. */
    public CurvesView zoomY(double factor, double value, double lo, double hi) {
        double w = (hi - lo) * factor;
        double t = (value - lo) / (hi - lo);
        double a = value - t * w;
        return new CurvesView(xLow, xHigh, a, a + w, fitY);
    }

    /** Values moved by {@code d}; from the shown range {@code lo..hi}. */
    public CurvesView panY(double d, double lo, double hi) {
        return new CurvesView(xLow, xHigh, lo + d, hi + d, fitY);
    }

    /** Both ranges automatic again (fitting kept). */
    public CurvesView reset() {
        return AUTO.withFitY(fitY);
    }

    /**
     * Sets the chart's axes: the step range (or all recorded steps, at least [0, 10]), then the value
     * range (or the automatic one, recomputed for the visible steps).
     */
    public void applyTo(XYPlot plot, long lastStep) {
        ValueAxis x = plot.getDomainAxis();
        if (!autoX()) {
            x.setRange(xLow, xHigh);
        } else if (lastStep < 10) {
            // at the start of a run the history holds a step or two: show [0, 10] rather than a range
            // centred on 0 with negative steps
            x.setRange(0, 10);
        } else if (!x.isAutoRange()) {
            x.setAutoRange(true);
        }
        ValueAxis y = plot.getRangeAxis();
        if (y instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(!fitY);
        }
        if (!autoY() && !(y instanceof LogAxis && yLow <= 0)) {
            y.setRange(yLow, yHigh);
        } else {
            y.setAutoRange(true);
            plot.configureRangeAxes(); // fits the steps now shown, not the whole run
        }
    }
}
