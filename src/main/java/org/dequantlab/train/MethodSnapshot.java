package org.dequantlab.train;

import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.DensityFields;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.model.Parameters;

/**
 * One method at one step, immutable: its encoder (what the renderer and the hit-tester ask),
 * natural parameters, metrics and, for drawing, density curves (1-D) or density fields (2-D).
 *
 * @param theta   the raw parameter vector, for exact replay
 * @param encoder the encoder at {@code theta} (immutable)
 * @param curves  the 1-D curves; null in a 2-D run, or when the snapshot was made without drawing data
 *                (headless runs)
 * @param fields  the 2-D fields in the z-plane and the prior's CDF square (docs/notes-2d-drawing.md); null in
 *                a 1-D run, or without drawing data
 */
public record MethodSnapshot(DequantMethod method, double[] theta, Encoder encoder, Parameters parameters,
        Metrics metrics, DensityCurves curves, DensityFields fields) {

    public MethodSnapshot {
        theta = theta.clone();
    }

    /** A snapshot without 2-D fields (a 1-D run). */
    public MethodSnapshot(DequantMethod method, double[] theta, Encoder encoder, Parameters parameters, Metrics metrics,
            DensityCurves curves) {
        this(method, theta, encoder, parameters, metrics, curves, null);
    }

    /** Whether there is anything to draw (curves in 1-D, fields in 2-D). */
    public boolean drawable() {
        return curves != null || fields != null;
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }
}
