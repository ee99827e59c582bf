package org.dequantlab.cli;

import java.util.List;
import java.util.Locale;
import org.dequantlab.model.Estimator;
import org.dequantlab.model.Method;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for the option values that name engine choices. */
final class Choices {
    private Choices() {}

    /** The methods chosen with one option value (a single value, not a repeatable list). */
    record MethodSelection(List<Method> methods) {}

    /** {@code catnf}, {@code trufl} or {@code both}. */
    static final class MethodsConverter implements ITypeConverter<MethodSelection> {
        @Override
        public MethodSelection convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.equals("both")) {
                return new MethodSelection(List.of(Method.CATNF, Method.TRUFL));
            }
            try {
                return new MethodSelection(List.of(Method.parse(v)));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a method (allowed: catnf, trufl, both)");
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
