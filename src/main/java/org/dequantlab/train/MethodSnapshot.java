package org.dequantlab.train;

import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.model.Parameters;

/**
 * One method at one step, immutable: its encoder (what the renderer and the hit-tester ask),
 * natural parameters, metrics and (for drawing) density curves.
 *
 * @param theta   the raw parameter vector, for exact replay
 * @param encoder the encoder at {@code theta} (immutable)
 * @param curves  null when the snapshot was made without curves (headless runs)
 */
public record MethodSnapshot(DequantMethod method, double[] theta, Encoder encoder, Parameters parameters,
        Metrics metrics, DensityCurves curves) {

    public MethodSnapshot {
        theta = theta.clone();
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }
}
