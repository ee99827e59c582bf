package org.dequantlab.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.json.StrictJson;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.History;
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
 * state bit for bit. Reading ({@link ExperimentReader}) checks everything before anything is returned,
 * with the same JSON policy and limits as configurations ({@link StrictJson}) and the file limits of
 * {@link InputFiles}, plus at most {@link #MAX_CHANGES} changes, {@link #MAX_REPLAY_STEPS} steps and
 * {@link #MAX_HISTORY} history records. A malformed, truncated, wrong-version or hostile file gives an
 * {@link IOException} {@code cannot read FILE: REASON} and changes nothing. Saving is atomic, and a
 * run beyond those limits is refused at saving rather than written as a file that cannot be opened.
 */
public final class ExperimentFile {
    public static final String FORMAT = "dequantlab-experiment";
    public static final int VERSION = 1;
    /** The largest experiment file read, in bytes (a full history of 2,048 records is a few MB). */
    public static final long MAX_BYTES = StrictJson.MAX_BYTES;
    /** The most hot changes a file may hold (each is replayed, kept and drawn as a marker). */
    public static final int MAX_CHANGES = 10_000;
    /**
     * The most steps a file may ask to replay: about 11 minutes at the blog preset's 15,000 steps/s,
     * shown with progress and Cancel in the window.
     */
    public static final long MAX_REPLAY_STEPS = 10_000_000L;
    /** The most history records a file may hold: a full {@link History} and its last state. */
    public static final int MAX_HISTORY = History.DEFAULT_CAPACITY + 1;

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

    /**
     * Writes atomically, replacing an existing regular file; {@code withHistory} includes the recorded
     * history.
     *
     * @throws IOException if the run is beyond what a file may hold, or the file cannot be written
     */
    public static void write(Path file, Experiment e, boolean withHistory) throws IOException {
        write(file, e, withHistory, true);
    }

    /** Writes atomically; an existing regular file is replaced only with {@code overwrite}. */
    public static void write(Path file, Experiment e, boolean withHistory, boolean overwrite) throws IOException {
        if (e.steps() > MAX_REPLAY_STEPS) {
            throw new IOException("cannot write " + file + ": the run has " + e.steps() + " steps, and an experiment "
                    + "file replays at most " + MAX_REPLAY_STEPS + " when it is opened");
        }
        if (e.changes().size() > MAX_CHANGES) {
            throw new IOException("cannot write " + file + ": the run has " + e.changes().size()
                    + " hot changes, and an experiment file holds at most " + MAX_CHANGES);
        }
        byte[] bytes = toJson(e, withHistory).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, overwrite, out -> out.write(bytes));
    }

    /** Reads and checks a file; nothing is returned unless all of it is valid. */
    public static Experiment read(Path file) throws IOException {
        return parse(InputFiles.read(file), file.toString());
    }

    /** Parses and checks JSON text; {@code name} is used in messages. */
    public static Experiment parse(String json, String name) throws IOException {
        return parse(json.getBytes(StandardCharsets.UTF_8), name);
    }

    /**
     * Whether the bytes look like an experiment file rather than a configuration: a JSON object with a
     * top-level {@code "format"} key (how {@code check} tells them apart; invalid text says no, and the
     * configuration reader then reports why).
     */
    public static boolean isExperiment(byte[] utf8) {
        try (StrictJson.Reader r = StrictJson.reader(utf8)) {
            if (r.next() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            while (r.next() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                if ("format".equals(r.name())) {
                    return true;
                }
                r.next();
                r.skip();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Parses and checks the bytes of a file; {@code name} is used in messages. */
    public static Experiment parse(byte[] utf8, String name) throws IOException {
        return ExperimentReader.parse(utf8, name);
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

}
