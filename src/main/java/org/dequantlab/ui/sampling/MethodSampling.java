package org.dequantlab.ui.sampling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.MetricsCalculator;
import org.dequantlab.model.Components;
import org.dequantlab.model.EncoderParameters;
import org.dequantlab.model.Method;
import org.dequantlab.sampling.LatentSample;
import org.dequantlab.sampling.RejectionSampler;

/**
 * Sampling one method's model at one step: a {@link RejectionSampler} on the step's components, the
 * exact ocean mass to compare its acceptance rate with (math.md §1.7: the rate converges to 1 − ocean
 * mass) and the most recent points for drawing.
 */
public final class MethodSampling {
    /** Points kept for drawing (the counts cover every draw). */
    public static final int KEPT = 4000;

    private final Method method;
    private final RejectionSampler sampler;
    private final double oceanMass;
    private final ArrayDeque<LatentSample> recent = new ArrayDeque<>();

    public MethodSampling(Method method, double[] theta, ExperimentConfig config, long seed) {
        this.method = method;
        Components c = new EncoderParameters(method, config.categories(), theta).components(config.dataDistribution());
        this.sampler = new RejectionSampler(c, seed);
        this.oceanMass = MetricsCalculator.oceanMass(c);
    }

    /** Draws {@code n} points. */
    public void draw(int n) {
        for (int i = 0; i < n; i++) {
            recent.addLast(sampler.next());
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    public Method method() {
        return method;
    }

    public RejectionSampler sampler() {
        return sampler;
    }

    /** Prior mass outside every support (0 for CatNF). */
    public double oceanMass() {
        return oceanMass;
    }

    /** The points to draw, oldest first. */
    public List<LatentSample> points() {
        return new ArrayList<>(recent);
    }

    /** "TRUFL: accepted 71.2% of 2,400 — 1 − ocean = 70.9%". */
    public String describe() {
        if (sampler.drawn() == 0) {
            return method.label() + ": no samples yet";
        }
        return String.format(Locale.UK, "%s: accepted %.1f%% of %,d — 1 − ocean = %.1f%%", method.label(),
                100 * sampler.acceptanceRate(), sampler.drawn(), 100 * (1 - oceanMass));
    }
}
