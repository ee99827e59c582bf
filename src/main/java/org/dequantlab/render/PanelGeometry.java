package org.dequantlab.render;

import java.awt.geom.Rectangle2D;
import org.dequantlab.metrics.DensityGrid;

/**
 * Where one method panel sits, in pixels: the density plot area (z from {@code zMin} to {@code zMax},
 * by default the grid's {@link DensityGrid#Z_MIN} to {@link DensityGrid#Z_MAX}; density from 0 to
 * {@code densityMax}) and the decoder strip beneath it, sharing its x mapping. Public so tests can
 * compute where things must be.
 *
 * @param plotX       left edge of the plot area
 * @param plotY       top edge of the plot area
 * @param plotWidth   width of the plot area (and the strip)
 * @param plotHeight  height of the plot area
 * @param stripY      top edge of the decoder strip
 * @param stripHeight height of the decoder strip
 * @param densityMax  density at the top of the plot area
 * @param zMin        z at the left edge of the plot area
 * @param zMax        z at the right edge
 */
public record PanelGeometry(double plotX, double plotY, double plotWidth, double plotHeight, double stripY,
        double stripHeight, double densityMax, double zMin, double zMax) {

    /** A panel showing the whole grid. */
    public PanelGeometry(double plotX, double plotY, double plotWidth, double plotHeight, double stripY,
            double stripHeight, double densityMax) {
        this(plotX, plotY, plotWidth, plotHeight, stripY, stripHeight, densityMax, DensityGrid.Z_MIN,
                DensityGrid.Z_MAX);
    }

    /** The x pixel of a latent value z. */
    public double zToX(double z) {
        return plotX + (z - zMin) / (zMax - zMin) * plotWidth;
    }

    /** The latent value at an x pixel. */
    public double xToZ(double x) {
        return zMin + (x - plotX) / plotWidth * (zMax - zMin);
    }

    /** Whether z is inside the plot's z range. */
    public boolean showsZ(double z) {
        return z >= zMin && z <= zMax;
    }

    /** The density at a y pixel. */
    public double yToDensity(double y) {
        return densityMax * (1 - (y - plotY) / plotHeight);
    }

    /** The y pixel of a density value (not clamped). */
    public double densityToY(double density) {
        return plotY + plotHeight * (1 - density / densityMax);
    }

    /** The bottom of the plot area (density 0). */
    public double baseY() {
        return plotY + plotHeight;
    }

    public Rectangle2D plotArea() {
        return new Rectangle2D.Double(plotX, plotY, plotWidth, plotHeight);
    }

    public Rectangle2D stripArea() {
        return new Rectangle2D.Double(plotX, stripY, plotWidth, stripHeight);
    }
}
