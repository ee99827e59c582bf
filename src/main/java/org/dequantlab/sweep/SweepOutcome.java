package org.dequantlab.sweep;

import org.dequantlab.metrics.Metrics;

/**
 * How one run of a sweep ended.
 *
 * @param task    the run
 * @param status  done, failed (a numerical failure: {@code metrics} are of the last good state) or
 *                cancelled (not run to the end: no metrics)
 * @param failure why it failed, or null
 * @param metrics the final metrics, or null when cancelled
 */
public record SweepOutcome(SweepPlan.Task task, Status status, String failure, Metrics metrics) {
    /** How a run ended. */
    public enum Status {
        DONE, FAILED, CANCELLED;

        /** Lower-case name for CSV. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the run trained to the end (its metrics count in the summary). */
    public boolean done() {
        return status == Status.DONE;
    }
}
