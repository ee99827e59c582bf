package org.dequantlab.config;

/** A configuration value that is not allowed; the message names the field and what is allowed. */
public final class ConfigException extends IllegalArgumentException {
    private final String field;

    public ConfigException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The JSON name of the offending field. */
    public String field() {
        return field;
    }
}
