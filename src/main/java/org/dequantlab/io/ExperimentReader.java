package org.dequantlab.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ExperimentFile.Experiment;
import org.dequantlab.io.json.InvalidJsonException;
import org.dequantlab.io.json.StrictJson;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.HistoryRecord;

/**
 * Reads an experiment file entry by entry ({@link StrictJson.Reader}): the long lists (changes,
 * history) are counted while they are read, so a file with too many is refused at the first one over
 * the limit, and no list is ever held as a JSON tree. Every entry is turned at once into its compact
 * form and checked against the configuration at the end (fields may come in any order).
 */
final class ExperimentReader {
    private static final List<String> TOP_FIELDS = List.of("format", "version", "config", "changes", "steps",
            "history");

    private JsonNode format;
    private JsonNode version;
    private JsonNode configNode;
    private JsonNode stepsNode;
    private final List<RawChange> changes = new ArrayList<>();
    private final List<RawRecord> history = new ArrayList<>();

    /** A change as read: its step (checked once the steps are known) and its configuration. */
    private record RawChange(JsonNode step, ExperimentConfig after) {}

    /** A history record as read: numbers checked, lengths checked once the configuration is known. */
    private record RawRecord(JsonNode step, List<JsonNode> methods, List<double[]> thetas, List<double[]> kls,
            List<double[]> values) {}

    private ExperimentReader() {}

    static Experiment parse(byte[] utf8, String name) throws IOException {
        try {
            return new ExperimentReader().read(utf8);
        } catch (InvalidJsonException | ConfigException e) {
            throw new IOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private Experiment read(byte[] utf8) throws InvalidJsonException {
        try (StrictJson.Reader r = StrictJson.reader(utf8)) {
            JsonToken t = r.next();
            if (t == null) {
                throw new InvalidJsonException("the text is empty; expected an experiment file {\"format\": \""
                        + ExperimentFile.FORMAT + "\", ...}");
            }
            if (t != JsonToken.START_OBJECT) {
                throw new ConfigException("(root)", "an experiment file is a JSON object {\"format\": \""
                        + ExperimentFile.FORMAT + "\", ...}");
            }
            while ((t = r.next()) == JsonToken.FIELD_NAME) {
                String field = r.name();
                r.next();
                switch (field) {
                    case "format" -> format = r.value();
                    case "version" -> version = r.value();
                    case "config" -> configNode = r.value();
                    case "steps" -> stepsNode = r.value();
                    case "changes" -> readChanges(r);
                    case "history" -> readHistory(r);
                    case "step" -> throw new ConfigException("(root)", "this is a report of final metrics (written by"
                            + " 'train --json' or 'gradients --json'), not an experiment file; the window saves"
                            + " experiment files (File → Save), and 'train --config' takes a configuration");
                    default -> throw new ConfigException(shorten(field), "unknown field (allowed: "
                            + String.join(", ", TOP_FIELDS) + ")");
                }
            }
            r.end();
        }
        return check();
    }

    /** What to do with one entry of a list, read whole. */
    private interface Entry {
        void read(String where, JsonNode value);
    }

    /** Reads a list entry by entry, refusing it at the first entry over {@code max}. */
    private static void readList(StrictJson.Reader r, String field, int max, String what, Entry entry)
            throws InvalidJsonException {
        if (r.token() == JsonToken.VALUE_NULL) {
            return;
        }
        if (r.token() != JsonToken.START_ARRAY) {
            throw new ConfigException(field, "must be a list");
        }
        int i = 0;
        while (r.next() != JsonToken.END_ARRAY) {
            if (i >= max) {
                throw new ConfigException(field, "more than " + max + " " + what + "; an experiment file holds at most "
                        + max);
            }
            entry.read(field + "[" + i++ + "]", r.value());
        }
    }

    private void readChanges(StrictJson.Reader r) throws InvalidJsonException {
        readList(r, "changes", ExperimentFile.MAX_CHANGES, "hot changes", (where, c) -> {
            if (!c.isObject()) {
                throw new ConfigException(where, "must be an object with step and config");
            }
            for (var it = c.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!f.equals("step") && !f.equals("config")) {
                    throw new ConfigException(where + "." + shorten(f), "unknown field (allowed: step, config)");
                }
            }
            JsonNode cc = c.get("config");
            if (cc == null || !cc.isObject()) {
                throw new ConfigException(where + ".config", "must be an object");
            }
            changes.add(new RawChange(c.get("step"), prefixed(where + ".config", cc)));
        });
    }

    private void readHistory(StrictJson.Reader r) throws InvalidJsonException {
        readList(r, "history", ExperimentFile.MAX_HISTORY, "records", (where, rec) -> {
            if (!rec.isObject()) {
                throw new ConfigException(where, "must be an object with step and methods");
            }
            JsonNode ms = rec.get("methods");
            if (ms == null || !ms.isArray()) {
                throw new ConfigException(where + ".methods", "must be a list with one entry per method");
            }
            List<JsonNode> names = new ArrayList<>();
            List<double[]> thetas = new ArrayList<>();
            List<double[]> kls = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (int j = 0; j < ms.size(); j++) {
                String w = where + ".methods[" + j + "]";
                JsonNode m = ms.get(j);
                if (!m.isObject()) {
                    throw new ConfigException(w, "must be an object");
                }
                names.add(m.get("method"));
                thetas.add(doubles(m.get("theta"), w + ".theta"));
                kls.add(doubles(m.get("klPerCategory"), w + ".klPerCategory"));
                values.add(new double[] {number(m, w, "loss"), number(m, w, "recon"), number(m, w, "kl")});
            }
            history.add(new RawRecord(rec.get("step"), names, thetas, kls, values));
        });
    }

    // ------------------------------------------------------------------ checks against each other

    private Experiment check() {
        if (format == null || !format.isTextual() || !ExperimentFile.FORMAT.equals(format.asText())) {
            throw new ConfigException("format", "must be \"" + ExperimentFile.FORMAT
                    + "\": this is not a DequantLab experiment file");
        }
        if (version == null || !version.isIntegralNumber()) {
            throw new ConfigException("version", "must be the integer " + ExperimentFile.VERSION);
        }
        if (!version.canConvertToInt() || version.asInt() != ExperimentFile.VERSION) {
            throw new ConfigException("version", "is " + shorten(version.asText()) + "; this DequantLab reads version "
                    + ExperimentFile.VERSION);
        }
        if (configNode == null || !configNode.isObject()) {
            throw new ConfigException("config", "must be an object with the experiment's configuration");
        }
        ExperimentConfig config = prefixed("config", configNode);
        if (stepsNode != null && stepsNode.isIntegralNumber() && stepsNode.canConvertToLong()
                && stepsNode.asLong() > ExperimentFile.MAX_REPLAY_STEPS) {
            throw new ConfigException("steps", stepsNode.asLong() + " steps is more than an experiment file may "
                    + "replay when it is opened (at most " + ExperimentFile.MAX_REPLAY_STEPS + ")");
        }
        long steps = longValue(stepsNode, "steps", 0, ExperimentFile.MAX_REPLAY_STEPS);
        List<ConfigChange> out = new ArrayList<>();
        ExperimentConfig current = config;
        long lastStep = -1;
        for (int i = 0; i < changes.size(); i++) {
            String where = "changes[" + i + "]";
            long step = longValue(changes.get(i).step(), where + ".step", 0, steps);
            if (step < lastStep) {
                throw new ConfigException(where + ".step", "must not be before the previous change (" + lastStep + ")");
            }
            ExperimentConfig after = changes.get(i).after();
            if (!after.sameRunAs(current)) {
                throw new ConfigException(where + ".config", "changes " + current.coldChanges(after)
                        + ", which cannot change during a run");
            }
            out.add(new ConfigChange(step, current, after));
            current = after;
            lastStep = step;
        }
        return new Experiment(config, out, steps, checkHistory(config, steps));
    }

    private List<HistoryRecord> checkHistory(ExperimentConfig config, long steps) {
        List<HistoryRecord> out = new ArrayList<>();
        long last = -1;
        for (int i = 0; i < history.size(); i++) {
            String where = "history[" + i + "]";
            RawRecord r = history.get(i);
            long step = longValue(r.step(), where + ".step", 0, steps);
            if (step <= last) {
                throw new ConfigException(where + ".step", "must increase (previous " + last + ", got " + step + ")");
            }
            last = step;
            if (r.methods().size() != config.methods().size()) {
                throw new ConfigException(where + ".methods", "must list one entry per method of the configuration ("
                        + config.methods().size() + ")");
            }
            List<HistoryRecord.Point> points = new ArrayList<>();
            for (int j = 0; j < r.methods().size(); j++) {
                String w = where + ".methods[" + j + "]";
                DequantMethod method = config.methods().get(j);
                JsonNode name = r.methods().get(j);
                if (name == null || !method.id().equals(name.asText())) {
                    throw new ConfigException(w + ".method", "must be \"" + method.id() + "\"");
                }
                double[] theta = length(r.thetas().get(j), w + ".theta",
                        method.layout(config.problem()).size());
                double[] kl = length(r.kls().get(j), w + ".klPerCategory", config.categories());
                double[] v = r.values().get(j);
                points.add(new HistoryRecord.Point(method, theta, v[0], v[1], v[2], kl));
            }
            out.add(new HistoryRecord(step, points));
        }
        return out;
    }

    // ------------------------------------------------------------------ values

    private static ExperimentConfig prefixed(String where, JsonNode node) {
        try {
            return ConfigJson.fromTree(node);
        } catch (ConfigException e) {
            throw new ConfigException(where + "." + e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    private static double[] length(double[] v, String where, int length) {
        if (v.length != length) {
            throw new ConfigException(where, "must be a list of " + length + " numbers, got " + v.length);
        }
        return v;
    }

    private static double[] doubles(JsonNode n, String where) {
        if (n == null || !n.isArray()) {
            throw new ConfigException(where, "must be a list of numbers");
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
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

    private static long longValue(JsonNode n, String where, long min, long max) {
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
