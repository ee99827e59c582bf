package org.dequantlab.train;

/** What a trainer is doing. */
public enum TrainerStatus {
    /** Waiting for a command (initial state, after pause, reset or a finished step(n)). */
    PAUSED,
    /** Training continuously. */
    RUNNING,
    /** Reached the configured stop step. */
    FINISHED,
    /** Stopped by a numerical failure; see {@link Snapshot#failure()}. Reset to recover. */
    FAILED
}
