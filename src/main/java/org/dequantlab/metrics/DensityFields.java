package org.dequantlab.metrics;

import java.util.HashMap;
import java.util.Map;
import org.dequantlab.method.Encoder2D;

/**
 * A 2-D method drawn in both {@link Plane}s at one step: what a snapshot of a 2-D run carries for the
 * renderer (docs/notes-2d-drawing.md).
 *
 * <p><b>Computed when first read, once per plane.</b> A snapshot is published many times a second and
 * most are never drawn, and a panel shows one plane at a time; so the trainer only records the encoder,
 * and the thread that first asks for a plane (the painter, an export) computes it with its own
 * {@link DensityFieldGrid} and keeps it. Later reads from any thread return the same field. Immutable in
 * what it returns; thread-safe.
 */
public final class DensityFields {
    /** One grid per thread and shape (a grid keeps scratch arrays, so it is not shared). */
    private static final ThreadLocal<Map<String, DensityFieldGrid>> GRIDS = ThreadLocal.withInitial(HashMap::new);

    private final Encoder2D encoder;
    private final int size;
    private final double range;
    private volatile DensityField latent, cdfSquare;

    private DensityFields(Encoder2D encoder, int size, double range, DensityField latent, DensityField cdfSquare) {
        this.encoder = encoder;
        this.size = size;
        this.range = range;
        this.latent = latent;
        this.cdfSquare = cdfSquare;
    }

    /** The fields of an encoder on a G×G grid over [−R, R]² and the CDF square, computed when first read. */
    public static DensityFields of(Encoder2D encoder, int size, double range) {
        return new DensityFields(encoder, size, range, null, null);
    }

    /** Both planes, already computed. */
    static DensityFields computed(Encoder2D encoder, DensityField latent, DensityField cdfSquare) {
        return new DensityFields(encoder, latent.size(), latent.high(), latent, cdfSquare);
    }

    /** The z-plane, z ∈ [−R, R]². */
    public DensityField latent() {
        return in(Plane.LATENT);
    }

    /** The prior's CDF square, v ∈ (0, 1)², densities with respect to v. */
    public DensityField cdfSquare() {
        return in(Plane.CDF_SQUARE);
    }

    /** The field of a plane (computed now if it has not been). */
    public DensityField in(Plane plane) {
        DensityField f = plane == Plane.LATENT ? latent : cdfSquare;
        if (f != null) {
            return f;
        }
        synchronized (this) {
            f = plane == Plane.LATENT ? latent : cdfSquare;
            if (f == null) {
                String key = encoder.categories() + "/" + size + "/" + range;
                DensityFieldGrid grid = GRIDS.get().computeIfAbsent(key,
                        x -> new DensityFieldGrid(encoder.categories(), size, range));
                f = grid.evaluate(encoder, plane);
                if (plane == Plane.LATENT) {
                    latent = f;
                } else {
                    cdfSquare = f;
                }
            }
            return f;
        }
    }

    /** Whether a plane has been computed yet (for tests and measurements). */
    public boolean computed(Plane plane) {
        return (plane == Plane.LATENT ? latent : cdfSquare) != null;
    }

    /** G. */
    public int size() {
        return size;
    }
}
