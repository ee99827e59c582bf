package org.dequantlab.train;

import org.dequantlab.config.ExperimentConfig;

/**
 * A hot setting changed before step {@code step} (applies from that step on): kept in the history
 * for curve markers and for exact replay.
 */
public record ConfigChange(long step, ExperimentConfig before, ExperimentConfig after) {

    /** A short human description, e.g. {@code "λ_rec 10 → 5"}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        add(sb, "λ_rec", before.lambdaRec(), after.lambdaRec());
        add(sb, "λ_KL", before.lambdaKl(), after.lambdaKl());
        add(sb, "lr", before.learningRate(), after.learningRate());
        if (before.estimator() != after.estimator()) {
            sep(sb).append("estimator ").append(before.estimator().id()).append(" → ").append(after.estimator().id());
        }
        if (before.samples() != after.samples()) {
            sep(sb).append("samples ").append(before.samples()).append(" → ").append(after.samples());
        }
        if (before.steps() != after.steps()) {
            sep(sb).append("stop at ").append(before.steps()).append(" → ").append(after.steps());
        }
        if (before.klAnnealSteps() != after.klAnnealSteps()) {
            sep(sb).append("KL annealing ").append(before.klAnnealSteps()).append(" → ").append(after.klAnnealSteps());
        }
        add(sb, "free bits", before.freeBits(), after.freeBits());
        return sb.toString();
    }

    private static void add(StringBuilder sb, String name, double a, double b) {
        if (Double.compare(a, b) != 0) {
            sep(sb).append(name).append(' ').append(fmt(a)).append(" → ").append(fmt(b));
        }
    }

    private static StringBuilder sep(StringBuilder sb) {
        return sb.length() == 0 ? sb : sb.append(", ");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format("%.4g", v);
    }
}
