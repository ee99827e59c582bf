package org.dequantlab.io.json;

import java.io.IOException;

/** Text that is not acceptable JSON for DequantLab; the message is one plain line with the line and column. */
public final class InvalidJsonException extends IOException {
    public InvalidJsonException(String message) {
        super(message);
    }
}
