package org.dequantlab.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dequantlab.io.json.StrictJson;

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
 *   "latentDim" : 1,
 *   "steps" : 10000,
 *   "klAnnealSteps" : 0,
 *   "freeBits" : 0.0
 * }
 * }</pre>
 *
 * Every field may be left out and then takes its value from {@link ExperimentConfig#defaults()} (the
 * {@code blog} preset); a missing {@code dataDistribution} means uniform over {@code categories}.
 * Files written before the method options {@code voronoiCell} and {@code argmaxLearnPrior} existed
 * read as before (the options take their defaults), and so do files written before {@code latentDim} (a
 * 1-D latent).
 * Unknown fields, wrong types, {@code null}, non-finite and out-of-range numbers are refused with a
 * {@link ConfigException} naming the field, a number as it was written ({@code 1e-400}, not the 0 it
 * reads as); the fields, their types and ranges are the {@link Settings} table's. Text that is not
 * JSON, or breaks a reading limit, is refused by {@link StrictJson} (the one reading policy, shared
 * with experiment files) with an {@link IOException} giving the line and column. This class only
 * translates between text and settings; files are read and written by {@code io.ConfigFile}.
 */
public final class ConfigJson {
    /** The field names, in the order they are written (the settings table's order). */
    public static final List<String> FIELDS = Settings.keys();

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
     * Builds a configuration from a parsed JSON object: each field present is read by its row of the
     * {@link Settings} table (every type first, so a wrong type is reported before a range), then set
     * on the defaults in table order (a value refused only because of a field set later is retried).
     *
     * @throws ConfigException if a field is unknown, of the wrong type or out of range
     */
    public static ExperimentConfig fromTree(JsonNode root) {
        if (!root.isObject()) {
            throw new ConfigException("(root)", "a configuration must be a JSON object {...}, got "
                    + JsonValues.kind(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String name = it.next();
            if ("config".equals(name) && root.get(name).isObject()) {
                throw new ConfigException("(root)", "this file holds a configuration inside it (an experiment file or a"
                        + " report of 'train --json'), not a configuration: open an experiment file with --open, or"
                        + " save its \"config\" object alone as the configuration");
            }
            if (!FIELDS.contains(name)) {
                throw new ConfigException(name, "unknown field '" + name + "' (allowed: " + String.join(", ", FIELDS)
                        + ")");
            }
        }
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        for (Setting<?> s : Settings.all()) {
            if (root.has(s.key())) {
                values.put(s, s.fromJson(root.get(s.key())));
            }
        }
        // a value may need one set after it (Argmax with K = 3 needs latentDim 2): set what can be set, then
        // retry the rest until nothing more can be; what still fails is reported, the first in table order
        ExperimentConfig c = ExperimentConfig.defaults();
        List<Map.Entry<Setting<?>, Object>> pending = new ArrayList<>(values.entrySet());
        while (!pending.isEmpty()) {
            List<Map.Entry<Setting<?>, Object>> refused = new ArrayList<>();
            ConfigException first = null;
            for (Map.Entry<Setting<?>, Object> e : pending) {
                try {
                    c = set(c, e.getKey(), e.getValue());
                } catch (ConfigException x) {
                    refused.add(e);
                    first = first == null ? x : first;
                }
            }
            if (refused.size() == pending.size()) {
                throw first;
            }
            pending = refused;
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    private static <T> ExperimentConfig set(ExperimentConfig c, Setting<T> s, Object value) {
        return s.with(c, (T) value);
    }

    // ----- writing -----

    /** The JSON object of a configuration, fields in {@link #FIELDS} order. */
    public static ObjectNode toTree(ExperimentConfig c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Setting<?> s : Settings.all()) {
            o.set(s.key(), s.toJson(c));
        }
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
