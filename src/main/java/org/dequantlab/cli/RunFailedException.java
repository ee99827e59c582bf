package org.dequantlab.cli;

/** A run that started but could not finish (numerical failure, an output that could not be written): exit code 1. */
public final class RunFailedException extends RuntimeException {
    public RunFailedException(String message) {
        super(message);
    }
}
