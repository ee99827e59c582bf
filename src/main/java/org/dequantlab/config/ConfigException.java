package org.dequantlab.config;

/**
 * A configuration value that is not allowed. {@link #getMessage()} names the field by its JSON key
 * ("lambdaRec: must be a number from 0 to 1000, got 5000"), as files and the command line spell it;
 * {@link #userMessage()} names it as the window labels it ("λ_rec: must be …").
 */
public final class ConfigException extends IllegalArgumentException {
    private final String field;
    private final String detail;

    public ConfigException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.detail = message;
    }

    /** The JSON name of the offending field. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name: "must be a number from 0 to 1000, got 5000". */
    public String detail() {
        return detail;
    }

    /** The message with the field's label from the settings table ("λ_rec: must be …"). */
    public String userMessage() {
        Setting<?> s = Settings.byKey(field);
        return (s == null ? field : s.label()) + ": " + detail;
    }
}
