package org.dequantlab.render.plane;

import java.awt.geom.Rectangle2D;
import org.dequantlab.metrics.DensityFieldGrid;
import org.dequantlab.metrics.Plane;
import org.dequantlab.method.LatentPrior;
import org.dequantlab.render.PanelGeometry;

/**
 * Where a 2-D panel's square sits in pixels and which part of a {@link Plane} it shows: the z-plane
 * [−R, R]² (R = {@link DensityFieldGrid#DEFAULT_RANGE}, the engine's field range) or the prior's CDF
 * square (0, 1)² (docs/maths.md §7). The square fills the height a 1-D panel gives its plot and decoder
 * strip, at the plot's top left (right under the panel's title), so the 2-D panels keep the 1-D layout's
 * titles and axis room.
 * First axis (z₁ or v₁) to the right, second (z₂ or v₂) upwards. Pure arithmetic, public so tests and
 * the hover compute where things are.
 *
 * @param x     left edge of the square
 * @param y     top edge
 * @param side  side length in pixels
 * @param plane the plane shown
 * @param low   the plane coordinate at the left and bottom edges
 * @param high  the plane coordinate at the right and top edges
 */
public record PlaneGeometry(double x, double y, double side, Plane plane, double low, double high) {

    /** The square of a panel showing {@code plane}. */
    public static PlaneGeometry of(PanelGeometry p, Plane plane) {
        double height = p.stripY() + p.stripHeight() - p.plotY();
        double side = Math.max(10, Math.min(p.plotWidth(), height));
        double x = p.plotX();
        double y = p.plotY();
        double range = DensityFieldGrid.DEFAULT_RANGE;
        return plane == Plane.LATENT ? new PlaneGeometry(x, y, side, plane, -range, range)
                : new PlaneGeometry(x, y, side, plane, 0, 1);
    }

    /** The x pixel of a first coordinate (z₁ or v₁). */
    public double toX(double a) {
        return x + (a - low) / (high - low) * side;
    }

    /** The y pixel of a second coordinate (z₂ or v₂). */
    public double toY(double b) {
        return y + side - (b - low) / (high - low) * side;
    }

    /** The first coordinate at an x pixel. */
    public double first(double px) {
        return low + (px - x) / side * (high - low);
    }

    /** The second coordinate at a y pixel. */
    public double second(double py) {
        return low + (y + side - py) / side * (high - low);
    }

    /** Whether a pixel lies in the square. */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + side && py >= y && py <= y + side;
    }

    public Rectangle2D area() {
        return new Rectangle2D.Double(x, y, side, side);
    }

    /** The plane coordinate of z on axis d (0 or 1): z itself, or the prior's CDF F_d(z) in the square. */
    public double coordinate(LatentPrior prior, int d, double z) {
        return plane == Plane.LATENT ? z : prior.cdf(d, z);
    }

    /** z on axis d at a plane coordinate t: t itself, or the prior's quantile in the square. */
    public double latent(LatentPrior prior, int d, double t) {
        return plane == Plane.LATENT ? t : prior.quantile(d, t);
    }

    /** The axis names: "z₁", "z₂", or "F(z₁)", "F(z₂)" in the CDF square. */
    public String axisName(int d) {
        String z = d == 0 ? "z₁" : "z₂";
        return plane == Plane.LATENT ? z : "F(" + z + ")";
    }
}
