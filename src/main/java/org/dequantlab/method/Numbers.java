package org.dequantlab.method;

import java.util.Locale;

/** Numbers as the explanations show them. */
public final class Numbers {
    private Numbers() {}

    /** Two decimals (or two significant digits in scientific form when tiny or huge), ∞, a real minus. */
    public static String f(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "−∞";
        }
        double a = Math.abs(v);
        String t = a != 0 && (a < 0.01 || a >= 1e5) ? String.format(Locale.UK, "%.2e", v)
                : String.format(Locale.UK, "%.2f", v);
        return t.replace('-', '−');
    }
}
