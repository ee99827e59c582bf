package org.dequantlab.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.dequantlab.io.json.StrictJson;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.model.Estimator;

/**
 * The JSON form of an {@link ExperimentConfig}, for example:
 *
 * <pre>{@code
 * {
 *   "categories" : 2,
 *   "dataDistribution" : [ 0.5, 0.5 ],
 *   "lambdaRec" : 10.0,
 *   "lambdaKl" : 1.0,
 *   "learningRate" : 0.01,
 *   "samples" : 256,
 *   "seed" : 42,
 *   "estimator" : "exact",
 *   "methods" : [ "catnf", "trufl" ],
 *   "voronoiCell" : "uniform",
 *   "argmaxLearnPrior" : false,
 *   "steps" : 10000,
 *   "klAnnealSteps" : 0,
 *   "freeBits" : 0.0
 * }
 * }</pre>
 *
 * Every field may be left out and then takes its value from {@link ExperimentConfig#defaults()} (the
 * {@code blog} preset); a missing {@code dataDistribution} means uniform over {@code categories}.
 * Files written before the method options {@code voronoiCell} and {@code argmaxLearnPrior} existed
 * read as before (the options take their defaults).
 * Unknown fields, wrong types, {@code null}, non-finite and out-of-range numbers are refused with a
 * {@link ConfigException} naming the field. Text that is not JSON, or breaks a reading limit, is
 * refused by {@link StrictJson} (the one reading policy, shared with experiment files) with an
 * {@link IOException} giving the line and column. This class only translates between text and
 * settings; files are read and written by {@code io.ConfigFile}. The ranges are checked in one place,
 * the record's constructor.
 */
public final class ConfigJson {
    /** The field names, in the order they are written. */
    public static final List<String> FIELDS = List.of("categories", "dataDistribution", "lambdaRec", "lambdaKl",
            "learningRate", "samples", "seed", "estimator", "methods", "voronoiCell", "argmaxLearnPrior", "steps",
            "klAnnealSteps", "freeBits");

    private static final ObjectMapper MAPPER = createMapper();

    private ConfigJson() {}

    private static ObjectMapper createMapper() {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    // ----- reading -----

    /**
     * Parses configuration JSON text.
     *
     * @throws IOException     if the text is not JSON or breaks a reading limit (the message gives the
     *                         line and column)
     * @throws ConfigException if a field is unknown, of the wrong type or out of range
     */
    public static ExperimentConfig parse(String json) throws IOException {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses configuration JSON text given as UTF-8 bytes; see {@link #parse(String)}. */
    public static ExperimentConfig parse(byte[] utf8) throws IOException {
        return fromTree(StrictJson.readTree(utf8));
    }

    /**
     * Builds a configuration from a parsed JSON object.
     *
     * @throws ConfigException if a field is unknown, of the wrong type or out of range
     */
    public static ExperimentConfig fromTree(JsonNode root) {
        try {
            return build(root);
        } catch (ConfigException e) {
            throw asWritten(root, e);
        }
    }

    private static ExperimentConfig build(JsonNode root) {
        if (!root.isObject()) {
            throw new ConfigException("(root)", "a configuration must be a JSON object {...}, got " + kind(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw new ConfigException(name, "unknown field '" + name + "' (allowed: " + String.join(", ", FIELDS)
                        + ")");
            }
        }
        ExperimentConfig d = ExperimentConfig.defaults();
        int categories = root.has("categories") ? intValue("categories", root.get("categories")) : d.categories();
        double[] p = root.has("dataDistribution") ? doubles("dataDistribution", root.get("dataDistribution"))
                : root.has("categories") ? null : d.dataDistribution();
        return new ExperimentConfig(categories, p,
                root.has("lambdaRec") ? doubleValue("lambdaRec", root.get("lambdaRec")) : d.lambdaRec(),
                root.has("lambdaKl") ? doubleValue("lambdaKl", root.get("lambdaKl")) : d.lambdaKl(),
                root.has("learningRate") ? doubleValue("learningRate", root.get("learningRate")) : d.learningRate(),
                root.has("samples") ? intValue("samples", root.get("samples")) : d.samples(),
                root.has("seed") ? longValue("seed", root.get("seed")) : d.seed(),
                root.has("estimator") ? estimator(root.get("estimator")) : d.estimator(),
                root.has("methods") ? MethodFieldsJson.methods(root.get("methods")) : d.methods(),
                root.has("steps") ? longValue("steps", root.get("steps")) : d.steps(),
                root.has("klAnnealSteps") ? longValue("klAnnealSteps", root.get("klAnnealSteps")) : d.klAnnealSteps(),
                root.has("freeBits") ? doubleValue("freeBits", root.get("freeBits")) : d.freeBits(),
                root.has("voronoiCell") ? MethodFieldsJson.voronoiCell(root.get("voronoiCell")) : d.voronoiCell(),
                root.has("argmaxLearnPrior") ? MethodFieldsJson.booleanValue("argmaxLearnPrior", root.get("argmaxLearnPrior"))
                        : d.argmaxLearnPrior());
    }

    /**
     * A range refusal that shows the number as it was written: {@code 1e-400} reads as 0.0 in double
     * precision, and "got 0.0" would puzzle whoever typed 1e-400.
     */
    private static ConfigException asWritten(JsonNode root, ConfigException e) {
        JsonNode n = root.get(e.field());
        if (n == null || !n.isBigDecimal()) {
            return e;
        }
        double read = n.decimalValue().doubleValue();
        String got = ", got " + read;
        String message = e.getMessage().substring(e.field().length() + 2);
        int at = message.lastIndexOf(got);
        if (at < 0 || Double.toString(read).equals(numberText(n))) {
            return e;
        }
        String note = read == 0 ? " (too small: it reads as 0)" : "";
        return new ConfigException(e.field(), message.substring(0, at) + ", got " + numberText(n) + note
                + message.substring(at + got.length()));
    }

    private static BigInteger integer(String field, JsonNode n) {
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
                throw new ConfigException(field, "must be an integer, got " + n.asText() + ", which is out of range");
            }
        }
        throw new ConfigException(field, "must be an integer, got " + kind(n));
    }

    private static int intValue(String field, JsonNode n) {
        BigInteger v = integer(field, n);
        if (v.bitLength() > 31) {
            throw new ConfigException(field, "must be an integer, got " + v + ", which is out of range");
        }
        return v.intValue();
    }

    private static long longValue(String field, JsonNode n) {
        BigInteger v = integer(field, n);
        if (v.bitLength() > 63) {
            throw new ConfigException(field, "must be an integer, got " + v + ", which is out of range");
        }
        return v.longValue();
    }

    private static double doubleValue(String field, JsonNode n) {
        if (!n.isNumber()) {
            throw new ConfigException(field, "must be a number, got " + kind(n));
        }
        double v = n.isBigDecimal() ? n.decimalValue().doubleValue() : n.doubleValue();
        if (!Double.isFinite(v)) {
            throw new ConfigException(field, "must be a finite number, got " + numberText(n));
        }
        return v;
    }

    private static double[] doubles(String field, JsonNode n) {
        if (!n.isArray()) {
            throw new ConfigException(field, "must be an array of numbers such as [0.8, 0.2], got " + kind(n));
        }
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber()) {
                throw new ConfigException(field, "entry " + i + " must be a number, got " + kind(e));
            }
            out[i] = e.isBigDecimal() ? e.decimalValue().doubleValue() : e.doubleValue();
            if (!Double.isFinite(out[i])) {
                throw new ConfigException(field, "entry " + i + " must be a finite number, got " + numberText(e));
            }
        }
        return out;
    }

    private static Estimator estimator(JsonNode n) {
        if (!n.isTextual()) {
            throw new ConfigException("estimator", "must be \"exact\" or \"mc\", got " + kind(n));
        }
        try {
            return Estimator.parse(n.textValue());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("estimator", e.getMessage());
        }
    }

    private static String numberText(JsonNode n) {
        // as people write them: 1e-400, 1e400 (BigDecimal writes 1E-400, 1E+400)
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

    // ----- writing -----

    /** The JSON object of a configuration, fields in {@link #FIELDS} order. */
    public static ObjectNode toTree(ExperimentConfig c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("categories", c.categories());
        ArrayNode p = o.putArray("dataDistribution");
        for (double v : c.dataDistribution()) {
            p.add(v);
        }
        o.put("lambdaRec", c.lambdaRec());
        o.put("lambdaKl", c.lambdaKl());
        o.put("learningRate", c.learningRate());
        o.put("samples", c.samples());
        o.put("seed", c.seed());
        o.put("estimator", c.estimator().id());
        ArrayNode m = o.putArray("methods");
        for (DequantMethod method : c.methods()) {
            m.add(method.id());
        }
        o.put("voronoiCell", c.voronoiCell().id());
        o.put("argmaxLearnPrior", c.argmaxLearnPrior());
        o.put("steps", c.steps());
        o.put("klAnnealSteps", c.klAnnealSteps());
        o.put("freeBits", c.freeBits());
        return o;
    }

    /** Pretty-printed JSON text of any tree, ending with a newline. */
    public static String toJson(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Pretty-printed JSON text of a configuration. */
    public static String toJson(ExperimentConfig c) {
        return toJson(toTree(c));
    }
}
