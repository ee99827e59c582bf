package org.dequantlab.export;

/** An export setting that is not allowed; the message names the field and what is allowed. */
public final class ExportSettingException extends IllegalArgumentException {
    private final String field;

    public ExportSettingException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The name of the offending setting ({@code width}, {@code fps}, {@code frames}, ...). */
    public String field() {
        return field;
    }
}
