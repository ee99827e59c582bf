package org.dequantlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.model.Estimator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for the option values that name engine choices. */
final class Choices {
    /** What {@code --method} accepts, for help and messages. */
    static final String METHOD_VALUES = "catnf, trufl, both, argmax, voronoi, all, or a comma-separated list such as "
            + "trufl,voronoi";

    private Choices() {}

    /** The methods chosen with one option value (a single value, not a repeatable list). */
    record MethodSelection(List<DequantMethod> methods) {}

    /**
     * Methods by id: {@code both} is CatNF and TRUFL (the blog's pair), {@code all} every registered
     * method, otherwise a comma-separated list of ids.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    static List<DequantMethod> parseMethods(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("both")) {
            return List.of(Methods.CATNF, Methods.TRUFL);
        }
        if (v.equals("all")) {
            return Methods.all();
        }
        List<DequantMethod> out = new ArrayList<>();
        for (String part : v.split(",", -1)) {
            try {
                out.add(Methods.parse(part));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + value + "' is not a method (allowed: " + METHOD_VALUES + ")");
            }
        }
        return out;
    }

    /** See {@link #parseMethods}. */
    static final class MethodsConverter implements ITypeConverter<MethodSelection> {
        @Override
        public MethodSelection convert(String value) {
            try {
                return new MethodSelection(parseMethods(value));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code exact} or {@code mc}. */
    static final class EstimatorConverter implements ITypeConverter<Estimator> {
        @Override
        public Estimator convert(String value) {
            try {
                return Estimator.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not an estimator (allowed: exact, mc)");
            }
        }
    }
}
