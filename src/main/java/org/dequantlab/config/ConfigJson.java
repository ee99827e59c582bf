package org.dequantlab.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.dequantlab.io.AtomicFiles;
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
 * {@link ConfigException} naming the field. Files that are not JSON, too large (over
 * {@link #MAX_BYTES}) or too deeply nested are refused with an {@link IOException} giving the line
 * and column. This class only translates: the ranges are checked in one place, the record's
 * constructor.
 */
public final class ConfigJson {
    /** The largest configuration file read, in bytes. */
    public static final long MAX_BYTES = 1L << 20;
    /** The deepest nesting of arrays and objects accepted (a configuration needs 2). */
    public static final int MAX_DEPTH = 16;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING = 10_000;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER = 100;

    /** The field names, in the order they are written. */
    public static final List<String> FIELDS = List.of("categories", "dataDistribution", "lambdaRec", "lambdaKl",
            "learningRate", "samples", "seed", "estimator", "methods", "voronoiCell", "argmaxLearnPrior", "steps",
            "klAnnealSteps", "freeBits");

    private static final ObjectMapper MAPPER = createMapper();

    private ConfigJson() {}

    private static ObjectMapper createMapper() {
        JsonMapper mapper = JsonMapper.builder()
                // NaN and Infinity are parsed so that the message can name the field they belong to
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(MAX_NUMBER)
                .maxDocumentLength(MAX_BYTES)
                .build());
        return mapper;
    }

    // ----- reading -----

    /**
     * Reads a configuration file. Reading changes nothing.
     *
     * @throws IOException     if the file is missing, unreadable, over {@link #MAX_BYTES}, or not JSON
     *                         (the message gives the line and column)
     * @throws ConfigException if a field is unknown, of the wrong type or out of range
     */
    public static ExperimentConfig read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a configuration file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file);
        }
        if (size > MAX_BYTES) {
            throw new IOException(file + " is " + size + " bytes; a configuration file may hold at most "
                    + MAX_BYTES + " bytes (1 MB)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may have grown since
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException(file + " holds more than " + MAX_BYTES + " bytes (1 MB)");
        }
        return parse(bytes);
    }

    /** Parses configuration JSON text; see {@link #read(Path)}. */
    public static ExperimentConfig parse(String json) throws IOException {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ExperimentConfig parse(byte[] json) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException(describe(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new IOException("the configuration is empty; expected a JSON object such as {\"categories\": 2}");
        }
        return fromTree(root);
    }

    /**
     * Builds a configuration from a parsed JSON object.
     *
     * @throws ConfigException if a field is unknown, of the wrong type or out of range
     */
    public static ExperimentConfig fromTree(JsonNode root) {
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
        return n.isBigDecimal() ? n.decimalValue().toString() : n.asText();
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

    /** A one-line description of a syntax or limit error with its line and column. */
    private static String describe(JsonProcessingException e) {
        String what;
        if (e instanceof StreamConstraintsException) {
            String m = e.getOriginalMessage();
            if (m.contains("nesting depth")) {
                what = "nested deeper than " + MAX_DEPTH + " levels";
            } else if (m.contains("String value length")) {
                what = "a string is longer than " + MAX_STRING + " characters";
            } else if (m.contains("Number value length")) {
                what = "a number is longer than " + MAX_NUMBER + " characters";
            } else if (m.contains("Document length")) {
                what = "the document is longer than " + MAX_BYTES + " bytes (1 MB)";
            } else {
                what = firstLine(m);
            }
        } else {
            what = firstLine(e.getOriginalMessage());
        }
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 0) {
            return "invalid JSON: " + what;
        }
        return "invalid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "unreadable";
        }
        String s = m.strip();
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        // Jackson appends where an open marker started and what its source was; the location is given apart
        int marker = s.indexOf(" (start marker at");
        if (marker >= 0) {
            s = s.substring(0, marker);
        }
        int source = s.indexOf("[Source:");
        if (source >= 0) {
            s = s.substring(0, source).strip();
        }
        return s;
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

    /**
     * Writes a configuration atomically (see {@link AtomicFiles}); an existing file is replaced, so ask
     * first.
     */
    public static void write(Path file, ExperimentConfig c) throws IOException {
        AtomicFiles.writeString(file, toJson(c));
    }
}
