package org.dequantlab.train;

import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.model.Method;
import org.dequantlab.model.Parameters;

/**
 * One method at one step, immutable: natural parameters, metrics and (for drawing) density curves.
 *
 * @param theta  the raw parameter vector, for exact replay
 * @param curves null when the snapshot was made without curves (headless runs)
 */
public record MethodSnapshot(Method method, double[] theta, Parameters parameters, Metrics metrics,
        DensityCurves curves) {

    public MethodSnapshot {
        theta = theta.clone();
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }
}
