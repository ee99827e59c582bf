package org.dequantlab.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The kinds of setting value: bounded integers, reals in a range, a choice among names, a list of
 * positive numbers, a list of choices, and on/off. Each says what is allowed in one phrase, which every
 * message about it repeats.
 */
public final class SettingTypes {
    private SettingTypes() {}

    /** An int from {@code min} to {@code max}; {@code zeroMeans} names what 0 means ("off"), or null. */
    public static SettingType<Integer> integer(int min, int max, String zeroMeans) {
        return new WholeType<>(min, max, zeroMeans, 31, Long::intValue, false);
    }

    /** An int from {@code min} to {@code max}, a few values offered as a choice ("1 or 2"). */
    public static SettingType<Integer> smallInteger(int min, int max) {
        return new WholeType<>(min, max, null, 31, Long::intValue, true);
    }

    /** A long from {@code min} to {@code max}; {@code zeroMeans} names what 0 means ("off"), or null. */
    public static SettingType<Long> whole(long min, long max, String zeroMeans) {
        return new WholeType<>(min, max, zeroMeans, 63, v -> v, false);
    }

    /** A finite real from {@code min} ({@code min} itself excluded if {@code openBelow}) to {@code max}. */
    public static SettingType<Double> real(double min, boolean openBelow, double max) {
        return new RealType(min, openBelow, max);
    }

    /** One of {@code values}, written by {@code id}. */
    public static <E> SettingType<E> choice(List<E> values, Function<E, String> id) {
        return new ChoiceType<>(values, id);
    }

    /** A list of choices, e.g. the methods ["catnf", "trufl"]. Emptiness and repeats are the record's to check. */
    public static <E> SettingType<List<E>> choices(List<E> values, Function<E, String> id) {
        return new ChoiceListType<>(new ChoiceType<>(values, id));
    }

    /** Positive finite numbers, e.g. p̃(x); their count is checked against K by the record. */
    public static SettingType<double[]> positiveNumbers() {
        return new NumbersType();
    }

    /** On or off. */
    public static SettingType<Boolean> flag() {
        return new FlagType();
    }

    /** A number as typed back exactly: "10", "0.01", "0.0001" (never "1.0E-4" or "10.0"). */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        return a >= 1e-9 && a < 1e15 ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : Double.toString(v);
    }

    /** 4 significant digits, integers without decimals: as people read numbers (0.3333, not 0.3333333333333333). */
    public static String readable(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String t = String.format(Locale.ROOT, "%.4g", v);
        if (t.contains(".") && !t.contains("e")) {
            t = t.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return t;
    }

    /** Typed text for messages, at most 40 characters. */
    static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
