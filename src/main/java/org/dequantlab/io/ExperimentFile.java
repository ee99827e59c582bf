package org.dequantlab.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;

/**
 * An experiment as a file: the configuration the run started with, every hot change with its step,
 * how many steps were trained and, optionally, the recorded history.
 *
 * <pre>{@code
 * { "format": "dequantlab-experiment", "version": 1,
 *   "config": { ...ConfigJson... },
 *   "changes": [ { "step": 37, "config": { ... } } ],
 *   "steps": 1200,
 *   "history": [ { "step": 0, "methods": [ { "method": "trufl", "theta": [...], "loss": 6.9,
 *                  "recon": 0.69, "kl": 0.01, "klPerCategory": [...] } ] } ] }
 * }</pre>
 *
 * Opening replays the run ({@link org.dequantlab.train.TrainingSession#replay}), which gives the saved
 * state bit for bit. Reading checks everything before anything is returned, so a malformed,
 * truncated, wrong-version or hostile file gives an {@link IOException} naming the problem and
 * changes nothing. Saving is atomic.
 */
public final class ExperimentFile {
    public static final String FORMAT = "dequantlab-experiment";
    public static final int VERSION = 1;
    /** The largest experiment file read, in bytes (a full history of 2,048 records is about 2 MB). */
    public static final long MAX_BYTES = 32L << 20;
    private static final int MAX_DEPTH = 16;
    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "config", "changes", "steps", "history");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(10_000).maxNumberLength(100).build());
    }

    private ExperimentFile() {}

    /**
     * A saved experiment.
     *
     * @param config  the configuration at step 0
     * @param changes hot changes in step order
     * @param steps   steps trained when saved
     * @param history recorded history, or an empty list if it was not saved
     */
    public record Experiment(ExperimentConfig config, List<ConfigChange> changes, long steps,
            List<HistoryRecord> history) {
        public Experiment {
            changes = List.copyOf(changes);
            history = List.copyOf(history);
        }

        /** The configuration in force at the end (after the last change). */
        public ExperimentConfig finalConfig() {
            return changes.isEmpty() ? config : changes.get(changes.size() - 1).after();
        }
    }

    // ------------------------------------------------------------------ writing

    /** Writes atomically; {@code withHistory} includes the recorded history. */
    public static void write(Path file, Experiment e, boolean withHistory) throws IOException {
        AtomicFiles.writeString(file, toJson(e, withHistory));
    }

    public static String toJson(Experiment e, boolean withHistory) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("config", ConfigJson.toTree(e.config()));
        ArrayNode changes = root.putArray("changes");
        for (ConfigChange c : e.changes()) {
            ObjectNode n = changes.addObject();
            n.put("step", c.step());
            n.set("config", ConfigJson.toTree(c.after()));
        }
        root.put("steps", e.steps());
        if (withHistory) {
            ArrayNode history = root.putArray("history");
            for (HistoryRecord r : e.history()) {
                ObjectNode n = history.addObject();
                n.put("step", r.step());
                ArrayNode methods = n.putArray("methods");
                for (HistoryRecord.Point p : r.points()) {
                    ObjectNode m = methods.addObject();
                    m.put("method", p.method().id());
                    ArrayNode theta = m.putArray("theta");
                    for (double v : p.theta()) {
                        theta.add(v);
                    }
                    m.put("loss", p.loss());
                    m.put("recon", p.recon());
                    m.put("kl", p.kl());
                    ArrayNode kl = m.putArray("klPerCategory");
                    for (double v : p.klPerCategory()) {
                        kl.add(v);
                    }
                }
            }
        }
        return ConfigJson.toJson(root);
    }

    // ------------------------------------------------------------------ reading

    /** Reads and checks a file; nothing is returned unless all of it is valid. */
    public static Experiment read(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot open " + file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("cannot open " + file + ": it is a folder");
        }
        if (size > MAX_BYTES) {
            throw new IOException("cannot open " + file + ": " + size + " bytes is larger than the limit of "
                    + MAX_BYTES + " bytes for an experiment file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), file.toString());
        }
    }

    /** Parses and checks JSON text; {@code name} is used in messages. */
    public static Experiment parse(String json, String name) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new IOException("cannot open " + name + ": not valid JSON" + where + " ("
                    + firstLine(e.getOriginalMessage()) + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IOException("cannot open " + name + ": an experiment file is a JSON object");
        }
        try {
            return fromTree(root);
        } catch (ConfigException e) {
            throw new IOException("cannot open " + name + ": " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Experiment fromTree(JsonNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!TOP_FIELDS.contains(f)) {
                throw new ConfigException(shorten(f), "unknown field (allowed: " + String.join(", ", TOP_FIELDS) + ")");
            }
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            throw new ConfigException("format", "must be \"" + FORMAT + "\": this is not a DequantLab experiment file");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw new ConfigException("version", "must be the integer " + VERSION);
        }
        if (!version.canConvertToInt() || version.asInt() != VERSION) {
            throw new ConfigException("version", "is " + version.asText() + "; this DequantLab reads version "
                    + VERSION);
        }
        JsonNode configNode = root.get("config");
        if (configNode == null || !configNode.isObject()) {
            throw new ConfigException("config", "must be an object with the experiment's configuration");
        }
        ExperimentConfig config = prefixed("config", configNode);
        long steps = longField(root, "steps", 0, ExperimentConfig.MAX_STEPS);
        List<ConfigChange> changes = new ArrayList<>();
        JsonNode changesNode = root.get("changes");
        if (changesNode != null && !changesNode.isNull()) {
            if (!changesNode.isArray()) {
                throw new ConfigException("changes", "must be a list");
            }
            ExperimentConfig current = config;
            long lastStep = -1;
            for (int i = 0; i < changesNode.size(); i++) {
                String where = "changes[" + i + "]";
                JsonNode c = changesNode.get(i);
                if (!c.isObject()) {
                    throw new ConfigException(where, "must be an object with step and config");
                }
                long step = longField(c, where + ".step", "step", 0, steps);
                if (step < lastStep) {
                    throw new ConfigException(where + ".step", "must not be before the previous change (" + lastStep + ")");
                }
                JsonNode cc = c.get("config");
                if (cc == null || !cc.isObject()) {
                    throw new ConfigException(where + ".config", "must be an object");
                }
                ExperimentConfig after = prefixed(where + ".config", cc);
                if (!after.sameRunAs(current)) {
                    throw new ConfigException(where + ".config",
                            "changes categories, dataDistribution, seed, methods or a method option, which cannot change during a"
                                    + " run");
                }
                changes.add(new ConfigChange(step, current, after));
                current = after;
                lastStep = step;
            }
        }
        List<HistoryRecord> history = readHistory(root.get("history"), config, steps);
        return new Experiment(config, changes, steps, history);
    }

    private static ExperimentConfig prefixed(String where, JsonNode node) {
        try {
            return ConfigJson.fromTree(node);
        } catch (ConfigException e) {
            throw new ConfigException(where + "." + e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    private static List<HistoryRecord> readHistory(JsonNode node, ExperimentConfig config, long steps) {
        List<HistoryRecord> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw new ConfigException("history", "must be a list");
        }
        long last = -1;
        for (int i = 0; i < node.size(); i++) {
            String where = "history[" + i + "]";
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                throw new ConfigException(where, "must be an object with step and methods");
            }
            long step = longField(r, where + ".step", "step", 0, steps);
            if (step <= last) {
                throw new ConfigException(where + ".step", "must increase (previous " + last + ", got " + step + ")");
            }
            last = step;
            JsonNode ms = r.get("methods");
            if (ms == null || !ms.isArray() || ms.size() != config.methods().size()) {
                throw new ConfigException(where + ".methods", "must list one entry per method of the configuration ("
                        + config.methods().size() + ")");
            }
            List<HistoryRecord.Point> points = new ArrayList<>();
            for (int j = 0; j < ms.size(); j++) {
                String w = where + ".methods[" + j + "]";
                JsonNode m = ms.get(j);
                DequantMethod method = config.methods().get(j);
                if (!m.isObject() || m.get("method") == null || !method.id().equals(m.get("method").asText())) {
                    throw new ConfigException(w + ".method", "must be \"" + method.id() + "\"");
                }
                double[] theta = doubles(m.get("theta"), w + ".theta", method.layout(config.problem()).size());
                double[] kl = doubles(m.get("klPerCategory"), w + ".klPerCategory", config.categories());
                points.add(new HistoryRecord.Point(method, theta, number(m, w, "loss"), number(m, w, "recon"),
                        number(m, w, "kl"), kl));
            }
            out.add(new HistoryRecord(step, points));
        }
        return out;
    }

    private static double[] doubles(JsonNode n, String where, int length) {
        if (n == null || !n.isArray() || n.size() != length) {
            throw new ConfigException(where, "must be a list of " + length + " numbers");
        }
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            JsonNode e = n.get(i);
            if (!e.isNumber() || !Double.isFinite(e.asDouble())) {
                throw new ConfigException(where, "entry " + i + " must be a finite number, got " + shorten(e.toString()));
            }
            v[i] = e.asDouble();
        }
        return v;
    }

    private static double number(JsonNode obj, String where, String field) {
        JsonNode n = obj.get(field);
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new ConfigException(where + "." + field, "must be a finite number");
        }
        return n.asDouble();
    }

    private static long longField(JsonNode obj, String field, long min, long max) {
        return longField(obj, field, field, min, max);
    }

    private static long longField(JsonNode obj, String where, String field, long min, long max) {
        JsonNode n = obj.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
            throw new ConfigException(where, "must be an integer from " + min + " to " + max + ", got "
                    + (n == null ? "nothing" : shorten(n.toString())));
        }
        return n.asLong();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
