package org.dequantlab.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.io.ExperimentFile.Experiment;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.History;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;

/**
 * The window's experiment as a file: which file it came from or went to, whether it has changed
 * since (the run moved or a setting changed), and the window title ("DequantLab — name.json*").
 *
 * <p>Opening reads and checks the whole file first ({@link ExperimentFile#read}); a bad file is
 * reported through the error sink with the reader's message and nothing changes. A good one is
 * handed to the window, which replays it with {@link Trainer#restore}. Saving writes atomically; Save
 * As asks before replacing a file. FX thread only.
 */
public final class ExperimentDocument {
    /** What makes the experiment what it is, compared to decide whether it changed since the last save/open. */
    record State(ExperimentConfig initial, List<ConfigChange> changes, long steps, ExperimentConfig config) {}

    private final Trainer trainer;
    private final Supplier<ExperimentConfig> windowConfig;
    private final Consumer<Experiment> restorer;
    private final RecentFiles recent;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("DequantLab");
    private Consumer<String> errors = m -> {};
    private Path file;
    private State saved;
    private boolean withHistory;

    /**
     * @param trainer      read only (latest step, history, initial configuration)
     * @param windowConfig the configuration the window asks for
     * @param restorer     replaces the window's run by an opened experiment
     * @param recent       the recent-files list
     */
    public ExperimentDocument(Trainer trainer, Supplier<ExperimentConfig> windowConfig, Consumer<Experiment> restorer,
            RecentFiles recent) {
        this.trainer = trainer;
        this.windowConfig = windowConfig;
        this.restorer = restorer;
        this.recent = recent;
        this.saved = new State(windowConfig.get(), List.of(), 0, windowConfig.get());
        updateTitle();
    }

    /** Where messages about failed opens and saves go (the window shows an alert). */
    public void setErrorSink(Consumer<String> errors) {
        this.errors = errors;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String title() {
        return title.get();
    }

    /** The file of the experiment, or null if it was never saved or opened. */
    public Path file() {
        return file;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** Whether Save also writes the recorded history (bigger files; opening replays the run either way). */
    public void setWithHistory(boolean on) {
        withHistory = on;
    }

    public boolean withHistory() {
        return withHistory;
    }

    /** Whether the run moved or a setting changed since the last save or open. */
    public boolean dirty() {
        return !current().equals(saved);
    }

    /** Recomputes the title (call once per frame). */
    public void pulse() {
        updateTitle();
    }

    // ------------------------------------------------------------------ open

    /**
     * Opens {@code path}: on success the window replays it and the title names it; on failure the error
     * sink gets the message and nothing changes.
     *
     * @return whether it was opened
     */
    public boolean open(Path path) {
        Experiment e;
        try {
            e = ExperimentFile.read(path);
        } catch (IOException | RuntimeException ex) {
            errors.accept(ex.getMessage() == null ? "cannot open " + path + ": " + ex : ex.getMessage());
            if (!Files.exists(path)) {
                recent.remove(path);
            }
            return false;
        }
        restorer.accept(e);
        file = path;
        saved = new State(e.config(), e.changes(), e.steps(), e.finalConfig());
        recent.add(path);
        updateTitle();
        return true;
    }

    // ------------------------------------------------------------------ save

    /** The experiment as it stands: initial configuration, hot changes and history up to the latest step. */
    public Experiment snapshot() {
        Snapshot s = trainer.latest();
        long steps = s == null ? 0 : s.step();
        History h = trainer.history();
        List<ConfigChange> changes = new ArrayList<>();
        for (ConfigChange c : h.changes()) {
            if (c.step() <= steps) {
                changes.add(c);
            }
        }
        List<HistoryRecord> records = new ArrayList<>();
        for (HistoryRecord r : h.records()) {
            if (r.step() <= steps) {
                records.add(r);
            }
        }
        return new Experiment(trainer.initialConfig(), changes, steps, records);
    }

    /** Saves to the current file; false if there is none (the caller asks for one) or writing failed. */
    public boolean save() {
        return file != null && write(file);
    }

    /**
     * Saves to {@code target} (".json" added when missing); an existing file is replaced only if
     * {@code confirmOverwrite} says yes.
     *
     * @return whether it was written
     */
    public boolean saveAs(Path target, Predicate<Path> confirmOverwrite) {
        Path t = withJsonExtension(target);
        if (Files.exists(t) && !confirmOverwrite.test(t)) {
            return false;
        }
        return write(t);
    }

    private boolean write(Path target) {
        Experiment e = snapshot();
        try {
            ExperimentFile.write(target, e, withHistory);
        } catch (IOException | RuntimeException ex) {
            errors.accept(ex.getMessage() == null ? "cannot write " + target + ": " + ex : ex.getMessage());
            return false;
        }
        file = target;
        saved = new State(e.config(), e.changes(), e.steps(), e.finalConfig());
        recent.add(target);
        updateTitle();
        return true;
    }

    static Path withJsonExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? p : p.resolveSibling(name + ".json");
    }

    // ------------------------------------------------------------------ state

    private State current() {
        Snapshot s = trainer.latest();
        long steps = s == null ? 0 : s.step();
        return new State(trainer.initialConfig(), trainer.history().changes(), steps, windowConfig.get());
    }

    private void updateTitle() {
        String name = file == null ? "untitled" : String.valueOf(file.getFileName());
        String t = "DequantLab — " + name + (dirty() ? "*" : "");
        if (!t.equals(title.get())) {
            title.set(t);
        }
    }
}
