package org.dequantlab.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One method's encoder in natural coordinates, immutable: named per-category values and the support
 * of each category on the latent axis. Every method gives the four common names, whose meaning per
 * method the README's table lists:
 * <ul>
 *   <li>{@code mu}, {@code scale}: location and scale of the category's base distribution;</li>
 *   <li>{@code lower}, {@code upper}: its truncation in the base's own CDF coordinate (0 and 1 where
 *       a method does not truncate);</li>
 * </ul>
 * plus its own (e.g. Voronoi's {@code anchor}, Argmax's {@code sign}) and shared values (Argmax's
 * {@code priorLocation}).
 *
 * @param names       per-category value names, {@code mu}, {@code scale}, {@code lower}, {@code upper} first
 * @param values      values[n][x] of name n and category x
 * @param supportLow  left end of each category's support in z (−∞ if unbounded)
 * @param supportHigh right end of each category's support in z (+∞ if unbounded)
 * @param shared      values that belong to no category, by name (may be empty)
 */
public record Parameters(List<String> names, double[][] values, double[] supportLow, double[] supportHigh,
        Map<String, Double> shared) {

    /** The names every method gives, in this order. */
    public static final List<String> COMMON = List.of("mu", "scale", "lower", "upper");

    public Parameters {
        names = List.copyOf(names);
        if (values.length != names.size() || !names.subList(0, COMMON.size()).equals(COMMON)) {
            throw new IllegalArgumentException("need values for " + COMMON + " first, got " + names);
        }
        double[][] v = new double[values.length][];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i].clone();
        }
        values = v;
        supportLow = supportLow.clone();
        supportHigh = supportHigh.clone();
        shared = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shared));
    }

    public int categories() {
        return supportLow.length;
    }

    /** The values of a name (a copy), or null if the method has none of that name. */
    public double[] values(String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : values[i].clone();
    }

    /** The value of a name for category x (NaN if the method has none of that name). */
    public double value(String name, int x) {
        int i = names.indexOf(name);
        return i < 0 ? Double.NaN : values[i][x];
    }

    public double mu(int x) {
        return values[0][x];
    }

    public double scale(int x) {
        return values[1][x];
    }

    public double lower(int x) {
        return values[2][x];
    }

    public double upper(int x) {
        return values[3][x];
    }

    public double supportLow(int x) {
        return supportLow[x];
    }

    public double supportHigh(int x) {
        return supportHigh[x];
    }

    public double[] mu() {
        return values[0].clone();
    }

    public double[] scale() {
        return values[1].clone();
    }

    public double[] lower() {
        return values[2].clone();
    }

    public double[] upper() {
        return values[3].clone();
    }

    @Override
    public double[][] values() {
        double[][] v = new double[values.length][];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i].clone();
        }
        return v;
    }

    @Override
    public double[] supportLow() {
        return supportLow.clone();
    }

    @Override
    public double[] supportHigh() {
        return supportHigh.clone();
    }

    /** Builder-style helper: name → per-category values, in insertion order. */
    public static Parameters of(Map<String, double[]> byName, double[] supportLow, double[] supportHigh,
            Map<String, Double> shared) {
        return new Parameters(List.copyOf(byName.keySet()), byName.values().toArray(new double[0][]), supportLow,
                supportHigh, shared);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && names.equals(p.names) && Arrays.deepEquals(values, p.values)
                && Arrays.equals(supportLow, p.supportLow) && Arrays.equals(supportHigh, p.supportHigh)
                && shared.equals(p.shared);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + Arrays.deepHashCode(values);
    }
}
