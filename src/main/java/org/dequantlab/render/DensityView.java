package org.dequantlab.render;

import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * What part of the density panels is shown: z from {@link #zMin} to {@link #zMax} (within the grid's
 * {@link DensityGrid#Z_MIN}..{@link DensityGrid#Z_MAX}) and density from 0 to {@link #densityMax}.
 * Every panel shares it. Zooming and panning return new views clamped to the grid; the automatic
 * y-range finds the top that fits the tallest drawn curve.
 *
 * @param zMin       left edge of the plot
 * @param zMax       right edge
 * @param densityMax top of the density axis
 */
public record DensityView(double zMin, double zMax, double densityMax) {
    /** The fixed top of the default view (the prior peaks at 0.25, the blog's components near 0.45). */
    public static final double DEFAULT_DENSITY_MAX = 0.6;
    /** The narrowest z range (about 20 grid points). */
    public static final double MIN_Z_WIDTH = 0.5;
    public static final double MIN_DENSITY_MAX = 0.01;
    public static final double MAX_DENSITY_MAX = 1000;

    public DensityView {
        if (!(zMax > zMin) || !(densityMax > 0)) {
            throw new IllegalArgumentException("empty view: z " + zMin + ".." + zMax + ", density max " + densityMax);
        }
    }

    /** The whole grid, density 0 to 0.6. */
    public static final DensityView DEFAULT = new DensityView(DensityGrid.Z_MIN, DensityGrid.Z_MAX,
            DEFAULT_DENSITY_MAX);

    /** The whole grid with another density top. */
    public static DensityView fixed(double densityMax) {
        return new DensityView(DensityGrid.Z_MIN, DensityGrid.Z_MAX, densityMax);
    }

    public double zWidth() {
        return zMax - zMin;
    }

    /** Whether the whole grid is shown. */
    public boolean fullWidth() {
        return zMin <= DensityGrid.Z_MIN && zMax >= DensityGrid.Z_MAX;
    }

    /** Zoomed by {@code factor} (below 1 zooms in) around {@code z}, clamped to the grid. */
    public DensityView zoomZ(double factor, double z) {
        double w = Math.max(MIN_Z_WIDTH, Math.min(DensityGrid.Z_MAX - DensityGrid.Z_MIN, zWidth() * factor));
        double t = (z - zMin) / zWidth();
        double lo = z - t * w;
        return shifted(lo, lo + w);
    }

    /** Moved by {@code dz} along z, clamped to the grid. */
    public DensityView panZ(double dz) {
        return shifted(zMin + dz, zMax + dz);
    }

    /** The density top scaled by {@code factor} (below 1 magnifies), within limits. */
    public DensityView zoomDensity(double factor) {
        return withDensityMax(densityMax * factor);
    }

    public DensityView withDensityMax(double max) {
        return new DensityView(zMin, zMax, Math.max(MIN_DENSITY_MAX, Math.min(MAX_DENSITY_MAX, max)));
    }

    private DensityView shifted(double lo, double hi) {
        double w = hi - lo;
        if (lo < DensityGrid.Z_MIN) {
            lo = DensityGrid.Z_MIN;
            hi = lo + w;
        }
        if (hi > DensityGrid.Z_MAX) {
            hi = DensityGrid.Z_MAX;
            lo = Math.max(DensityGrid.Z_MIN, hi - w);
        }
        return new DensityView(lo, hi, densityMax);
    }

    /**
     * The tallest density drawn in the z range of this view: the components (weighted by p̃ when
     * {@code weighted}), the aggregate and the prior of every method of {@code s}.
     */
    public double tallest(Snapshot s, boolean weighted) {
        double max = 0;
        ExperimentConfig config = s.config();
        for (MethodSnapshot m : s.methods()) {
            DensityCurves c = m.curves();
            if (c == null) {
                continue;
            }
            for (int i = 0; i < c.size(); i++) {
                double z = c.z(i);
                if (z < zMin || z > zMax) {
                    continue;
                }
                max = Math.max(max, Math.max(c.aggregate(i), c.prior(i)));
                for (int x = 0; x < c.categories(); x++) {
                    max = Math.max(max, (weighted ? config.probability(x) : 1.0) * c.component(x, i));
                }
            }
        }
        return max;
    }

    /**
     * The automatic top for curves whose tallest point is {@code tallest}, moving from the current
     * top {@code current} only when needed: up at once when a curve would be clipped, down only when
     * everything fits in less than half, so the axis does not flicker as peaks wobble. The top is a
     * round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten) with a little headroom.
     */
    public static double autoTop(double tallest, double current) {
        if (!(tallest > 0) || !Double.isFinite(tallest)) {
            return current;
        }
        if (tallest <= current && tallest > current * 0.45) {
            return current;
        }
        double want = tallest * 1.08;
        double mag = Math.pow(10, Math.floor(Math.log10(want)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * mag >= want) {
                return Math.max(MIN_DENSITY_MAX, Math.min(MAX_DENSITY_MAX, m * mag));
            }
        }
        return want;
    }
}
