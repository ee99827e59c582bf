package org.dequantlab.method;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The in-cell family of Voronoi dequantisation (config field {@code voronoiCell}, docs/maths.md §4).
 */
public enum VoronoiCell {
    /** q(w|x) uniform on the cell in w = 2σ(z) − 1: KL_x = log(|box| / |cell_x|) in closed form. */
    UNIFORM("uniform"),
    /** The paper's family: a Gaussian y around the anchor pushed into the cell by the softsign ray map. */
    RADIAL("radial");

    private final String id;

    VoronoiCell(String id) {
        this.id = id;
    }

    /** Name in JSON and on the command line. */
    public String id() {
        return id;
    }

    /** Parses {@code uniform} or {@code radial} (case-insensitive). */
    public static VoronoiCell parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (VoronoiCell c : values()) {
            if (c.id.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown Voronoi cell family '" + text + "' (allowed: " + allowed() + ")");
    }

    /** The allowed names, comma separated. */
    public static String allowed() {
        return Arrays.stream(values()).map(VoronoiCell::id).collect(Collectors.joining(", "));
    }
}
