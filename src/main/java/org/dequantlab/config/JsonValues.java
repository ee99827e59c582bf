package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Reading JSON scalars with messages that name the field and what was found. */
final class JsonValues {
    private JsonValues() {}

    /** An integer node (2, or 2.0 and 1e3 written as decimals) as a BigInteger. */
    static BigInteger integer(String field, String allowed, JsonNode n) {
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue();
        }
        if (n.isBigDecimal()) {
            BigDecimal v = n.decimalValue();
            // 2.0 or 1e3 are integers written as decimals; keep the exponent small before expanding
            if (v.stripTrailingZeros().scale() <= 0 && v.precision() - v.scale() <= 30) {
                return v.toBigIntegerExact();
            }
            if (v.stripTrailingZeros().scale() <= 0) {
                throw new ConfigException(field, "must be " + allowed + ", got " + n.asText()
                        + ", which is out of range");
            }
        }
        throw new ConfigException(field, "must be " + allowed + ", got " + kind(n));
    }

    /** A finite number. */
    static double real(String field, String what, JsonNode n) {
        if (!n.isNumber()) {
            throw new ConfigException(field, "must be " + what + ", got " + kind(n));
        }
        double v = n.isBigDecimal() ? n.decimalValue().doubleValue() : n.doubleValue();
        if (!Double.isFinite(v)) {
            throw new ConfigException(field, "must be a finite number, got " + numberText(n));
        }
        return v;
    }

    /** A number as people write them: 1e-400, 1e400 (BigDecimal writes 1E-400, 1E+400). */
    static String numberText(JsonNode n) {
        return n.isBigDecimal() ? n.decimalValue().toString().replace("E+", "e").replace('E', 'e') : n.asText();
    }

    /** A short description of a node for messages: its type and, for scalars, its value. */
    static String kind(JsonNode n) {
        if (n.isNull()) {
            return "null";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isTextual()) {
            String t = n.textValue();
            return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (n.isNumber()) {
            return numberText(n);
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
