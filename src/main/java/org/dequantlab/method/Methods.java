package org.dequantlab.method;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dequantlab.method.argmax.ArgmaxFlow;
import org.dequantlab.method.catnf.CatNf;
import org.dequantlab.method.trufl.Trufl;
import org.dequantlab.method.voronoi.Voronoi;

/**
 * The registry of methods: id → implementation. A new method is one class implementing
 * {@link DequantMethod}, its tests, and one entry in {@link #ALL} (append it: a method's position
 * seeds its Monte Carlo stream, so the order keeps saved runs reproducible).
 */
public final class Methods {
    public static final DequantMethod CATNF = new CatNf();
    public static final DequantMethod TRUFL = new Trufl();
    public static final DequantMethod ARGMAX = new ArgmaxFlow();
    public static final DequantMethod VORONOI = new Voronoi();

    /** Every method, in menu order; register a new one here. */
    private static final List<DequantMethod> ALL = List.of(CATNF, TRUFL, ARGMAX, VORONOI);

    private Methods() {}

    /** Every registered method. */
    public static List<DequantMethod> all() {
        return ALL;
    }

    /** The position of a method in the registry (0-based); it salts the method's random streams. */
    public static int position(DequantMethod m) {
        int i = ALL.indexOf(m);
        if (i < 0) {
            throw new IllegalArgumentException("not a registered method: " + m.id());
        }
        return i;
    }

    /**
     * The method of an id (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the allowed ids if there is none
     */
    public static DequantMethod parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (DequantMethod m : ALL) {
            if (m.id().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + text + "' (allowed: " + allowed() + ")");
    }

    /** The allowed ids, comma separated. */
    public static String allowed() {
        return ALL.stream().map(DequantMethod::id).collect(Collectors.joining(", "));
    }
}
