package org.dequantlab.model;

import java.util.Locale;

/** How the gradient of the objective is estimated (docs/maths.md §1.6). */
public enum Estimator {
    /**
     * Quadrature with the own interval split at the other categories' boundaries and the Leibniz
     * boundary terms included: the true gradient (docs/maths.md §1.6 item 5, Appendix B).
     */
    EXACT("exact"),
    /** Pathwise (reparameterised) Monte Carlo with N samples per category: misses the jumps. */
    MC("mc");

    private final String id;

    Estimator(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses {@code exact} or {@code mc} (case-insensitive). */
    public static Estimator parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Estimator e : values()) {
            if (e.id.equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown estimator '" + text + "' (allowed: exact, mc)");
    }
}
