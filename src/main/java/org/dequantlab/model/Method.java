package org.dequantlab.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A dequantisation method of the 1-D toy. */
public enum Method {
    /** Categorical Normalising Flow: q(z|x) = Logistic(μ_x, s_x) (math.md §1.2). */
    CATNF("catnf", "CatNF"),
    /** Truncated flow: the logistic truncated to (a_x, b_x) in its own CDF space (math.md §1.3). */
    TRUFL("trufl", "TRUFL");

    private final String id;
    private final String label;

    Method(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Name used in JSON, on the command line and in files. */
    public String id() {
        return id;
    }

    /** Name shown to people. */
    public String label() {
        return label;
    }

    /** Whether the method learns truncation bounds (a, b). */
    public boolean truncated() {
        return this == TRUFL;
    }

    /** Parses {@code catnf} or {@code trufl} (case-insensitive). */
    public static Method parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Method m : values()) {
            if (m.id.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + text + "' (allowed: " + allowed() + ")");
    }

    /** The allowed names, comma separated. */
    public static String allowed() {
        return Arrays.stream(values()).map(Method::id).collect(Collectors.joining(", "));
    }
}
