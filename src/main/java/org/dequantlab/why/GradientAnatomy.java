package org.dequantlab.why;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.GradientProbe;
import org.dequantlab.method.Methods;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.method.Problem;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * One method's gradient taken apart at one state (docs/maths.md §1.6): for every raw parameter, named
 * by the method's {@link ParameterLayout}, the exact gradient of the loss, its pathwise (interior) part,
 * its boundary (jump) part, and what the naive Monte Carlo (reparameterisation) estimator gives, as the
 * mean and standard error of {@code draws} single-draw estimates.
 *
 * <p>The naive estimator differentiates inside the integral, so its mean is the pathwise part: where a
 * boundary part exists it misses it, which is why naive TRUFL stalls with overlapping supports.
 *
 * @param method        the method
 * @param step          the training step of the state
 * @param boundaryTerms whether the method can have a boundary part at all ({@link DequantMethod#hasBoundaryTerms})
 * @param draws         single-draw estimates averaged for the Monte Carlo mean
 * @param parameters    one entry per raw parameter, in vector order
 * @param descriptions  each parameter in words, in vector order
 */
public record GradientAnatomy(DequantMethod method, long step, boolean boundaryTerms, int draws,
        List<GradientProbe.Entry> parameters, List<String> descriptions) {
    /** Standard errors beyond which the Monte Carlo mean counts as different from a value. */
    public static final double SIGNIFICANT = 3;

    public GradientAnatomy {
        parameters = List.copyOf(parameters);
        descriptions = List.copyOf(descriptions);
    }

    /**
     * Takes {@code method}'s gradient apart at raw parameters θ under the weights in force at
     * {@code step}. The Monte Carlo draws come from a stream seeded by the configuration's seed, the
     * method and the step, so the same state always gives the same figures.
     */
    public static GradientAnatomy of(DequantMethod method, ExperimentConfig config, long step, double[] theta,
            int draws) {
        Problem problem = config.problem();
        LossWeights weights = LossWeights.at(config, step);
        SplittableRandom random = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L
                + 31L * Methods.position(method) + step);
        GradientProbe.Entry[] entries = GradientProbe.probe(method, problem, theta, weights, draws, random);
        ParameterLayout layout = method.layout(problem);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            words.add(layout.describe(i));
        }
        return new GradientAnatomy(method, step, method.hasBoundaryTerms(problem), draws, List.of(entries), words);
    }

    /** Every method of a snapshot, in its order. */
    public static List<GradientAnatomy> of(Snapshot s, int draws) {
        List<GradientAnatomy> out = new ArrayList<>();
        for (MethodSnapshot m : s.methods()) {
            out.add(of(m.method(), s.config(), s.step(), m.theta(), draws));
        }
        return out;
    }

    /** Whether every parameter's boundary part is exactly zero at this state. */
    public boolean boundaryZero() {
        return parameters.stream().allMatch(e -> e.boundary() == 0);
    }

    /** Parameters whose naive Monte Carlo mean differs from the exact gradient by more than {@link #SIGNIFICANT} s.e. */
    public int missedByNaive() {
        int n = 0;
        for (GradientProbe.Entry e : parameters) {
            if (Math.abs(e.mcMean() - e.exact()) > SIGNIFICANT * e.mcStdErr() + 1e-12 * (1 + Math.abs(e.exact()))) {
                n++;
            }
        }
        return n;
    }

    /** Parameters whose naive mean agrees with the pathwise part within {@link #SIGNIFICANT} s.e. */
    public int agreeWithPathwise() {
        int n = 0;
        for (GradientProbe.Entry e : parameters) {
            if (Math.abs(e.mcMean() - e.pathwise()) <= SIGNIFICANT * e.mcStdErr() + 1e-12 * (1 + Math.abs(e.pathwise()))) {
                n++;
            }
        }
        return n;
    }

    /** What this state shows, in two or three sentences (for the panel and the command line). */
    public String explanation() {
        int n = parameters.size();
        String agree = String.format(Locale.ROOT, "The naive Monte Carlo mean (%,d draws) agrees with the pathwise part "
                + "on %d of %d parameters (within %.0f s.e.).", draws, agreeWithPathwise(), n, SIGNIFICANT);
        if (!boundaryTerms) {
            return method.label() + " has no boundary terms: its decoder cannot jump inside a support, so the jump "
                    + "part is zero, the exact gradient is the pathwise part, and the naive estimator is unbiased. "
                    + agree;
        }
        if (boundaryZero()) {
            return method.label() + ": no other support's end lies inside a support now, so the jump part is zero at "
                    + "this state and the naive estimator is unbiased here. " + agree;
        }
        int missed = missedByNaive();
        return agree + " " + method.label() + "'s exact gradient adds the boundary (jump) part at the moving support "
                + "ends, which the naive estimator never sees: it differs from the exact gradient on " + missed + " of "
                + n + " parameters. Following the pathwise part alone widens the supports and stalls "
                + "(docs/maths.md §1.6).";
    }
}
