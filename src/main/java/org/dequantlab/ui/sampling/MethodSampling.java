package org.dequantlab.ui.sampling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.sampling.LatentSample;
import org.dequantlab.sampling.RejectionSampler;

/**
 * Sampling one method's model at one step: a {@link RejectionSampler} on the step's components, the
 * exact ocean mass to compare its acceptance rate with (docs/maths.md §1.7: the rate converges to 1 − ocean
 * mass) and the most recent points for drawing.
 */
public final class MethodSampling {
    /** Points kept for drawing (the counts cover every draw). */
    public static final int KEPT = 4000;

    private final DequantMethod method;
    private final RejectionSampler sampler;
    private final double oceanMass;
    private final ArrayDeque<LatentSample> recent = new ArrayDeque<>();

    public MethodSampling(DequantMethod method, double[] theta, ExperimentConfig config, long seed) {
        this.method = method;
        Encoder c = method.encoder(config.problem(), theta);
        this.sampler = new RejectionSampler(c, seed);
        this.oceanMass = c.oceanMass();
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

    public DequantMethod method() {
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

    /**
     * "TRUFL: accepted 71.2% of 2,400 — 1 − ocean = 70.9%; argmax-decoded: x=0 0.50, x=1 0.50" (the
     * decoded frequencies, which are not the model's p(x) where components overlap).
     */
    public String describe() {
        if (sampler.drawn() == 0) {
            return method.label() + ": no samples yet";
        }
        StringBuilder decoded = new StringBuilder();
        double[] d = sampler.decodedDistribution();
        for (int x = 0; x < d.length; x++) {
            decoded.append(x == 0 ? "" : ", ").append(String.format(Locale.UK, "x=%d %.2f", x, d[x]));
        }
        return String.format(Locale.UK, "%s: accepted %.1f%% of %,d — 1 − ocean = %.1f%%; argmax-decoded: %s",
                method.label(), 100 * sampler.acceptanceRate(), sampler.drawn(), 100 * (1 - oceanMass), decoded);
    }
}
