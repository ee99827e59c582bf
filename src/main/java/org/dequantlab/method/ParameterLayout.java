package org.dequantlab.method;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a method's raw parameters θ, in vector order: for each entry a short symbol (for
 * tables, CSV and the gradient-anatomy panel, e.g. {@code alpha[1]}), what it is in words (for
 * messages, e.g. "alpha (lower bound) of category 1") and the category it belongs to (−1 for a shared
 * parameter such as Argmax's prior location). Immutable.
 */
public final class ParameterLayout {
    /** One raw parameter. */
    public record Entry(String symbol, String description, int category) {}

    private final List<Entry> entries;

    private ParameterLayout(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * K blocks of the same per-category parameters, then the shared ones.
     *
     * @param categories K
     * @param symbols    per-category symbols, e.g. {"mu", "rho"}
     * @param words      per-category descriptions, e.g. {"mu", "log-scale"}
     * @param shared     symbols of shared parameters, with their descriptions in {@code sharedWords}
     */
    public static ParameterLayout blocks(int categories, String[] symbols, String[] words, String[] shared,
            String[] sharedWords) {
        List<Entry> e = new ArrayList<>();
        for (int x = 0; x < categories; x++) {
            for (int i = 0; i < symbols.length; i++) {
                e.add(new Entry(symbols[i] + "[" + x + "]", words[i] + " of category " + x, x));
            }
        }
        for (int i = 0; i < shared.length; i++) {
            e.add(new Entry(shared[i], sharedWords[i], -1));
        }
        return new ParameterLayout(e);
    }

    /** Number of raw parameters. */
    public int size() {
        return entries.size();
    }

    public Entry entry(int i) {
        return entries.get(i);
    }

    /** The symbol of parameter i, e.g. {@code mu[0]}. */
    public String symbol(int i) {
        return entries.get(i).symbol();
    }

    /** Parameter i in words, e.g. "mu of category 0". */
    public String describe(int i) {
        return entries.get(i).description();
    }

    /** All symbols in vector order. */
    public List<String> symbols() {
        return entries.stream().map(Entry::symbol).toList();
    }
}
