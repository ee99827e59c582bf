package org.dequantlab.cli;

/** Bad flags or input found by a command: reported as one line with exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
