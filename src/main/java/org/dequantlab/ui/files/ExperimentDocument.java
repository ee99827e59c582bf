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
 * handed to the window, which replays it with {@link Trainer#restore}: step by step, with progress,
 * and {@link #cancelOpening} returns to the run before. Saving writes atomically; Save As asks before
 * replacing a file. FX thread only.
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
    // the document before the file being opened (its replay may still be cancelled)
    private Path fileBeforeOpen;
    private State savedBeforeOpen;
    // dirty() is asked every frame: recomputed only when the run moved
    private History dirtyHistory;
    private long dirtyVersion = -1;
    private long dirtySteps = -1;
    private ExperimentConfig dirtyConfig;
    private State dirtySaved;
    private boolean dirtyValue;

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

    /**
     * Whether the run moved or a setting changed since the last save or open (not while an opened
     * file is being replayed up to its saved step).
     */
    public boolean dirty() {
        if (trainer.replaying()) {
            return false;
        }
        History h = trainer.history();
        Snapshot s = trainer.latest();
        long steps = s == null ? 0 : s.step();
        ExperimentConfig c = windowConfig.get();
        if (h != dirtyHistory || h.version() != dirtyVersion || steps != dirtySteps || c != dirtyConfig
                || saved != dirtySaved) {
            dirtyHistory = h;
            dirtyVersion = h.version();
            dirtySteps = steps;
            dirtyConfig = c;
            dirtySaved = saved;
            dirtyValue = !current().equals(saved);
        }
        return dirtyValue;
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
            errors.accept(ex.getMessage() == null ? "cannot read " + path + ": " + ex : ex.getMessage());
            if (!Files.exists(path)) {
                recent.remove(path);
            }
            return false;
        }
        return open(path, e);
    }

    /**
     * Opens an experiment already read from {@code path} (the launcher reads {@code --open FILE} before
     * the window exists): the window replays it, with progress, and the title names it.
     *
     * @return true
     */
    public boolean open(Path path, Experiment e) {
        if (!trainer.replaying()) {
            fileBeforeOpen = file;
            savedBeforeOpen = saved;
        }
        restorer.accept(e);
        file = path;
        saved = new State(e.config(), e.changes(), e.steps(), e.finalConfig());
        recent.add(path);
        updateTitle();
        return true;
    }

    /**
     * File → New started {@code config} from step 0: the document is untitled again, so Save asks for a
     * file instead of writing the new run over the one it came from.
     */
    public void startUntitled(ExperimentConfig config) {
        file = null;
        fileBeforeOpen = null;
        savedBeforeOpen = null;
        saved = new State(config, List.of(), 0, config);
        updateTitle();
    }

    /** Whether an opened file is still being replayed up to its saved step. */
    public boolean opening() {
        return trainer.replaying();
    }

    /**
     * Stops replaying the file being opened: the window goes back to the run it had before, and the
     * title to its file. Nothing happens if no file is being opened.
     */
    public void cancelOpening() {
        if (!trainer.replaying()) {
            return;
        }
        trainer.cancelReplay();
        file = fileBeforeOpen;
        saved = savedBeforeOpen;
        updateTitle();
    }

    // ------------------------------------------------------------------ save

    /** The experiment as it stands: initial configuration, hot changes and history up to the latest step. */
    public Experiment snapshot() {
        Snapshot s = trainer.latest();
        long steps = s == null ? 0 : s.step();
        History h = trainer.history();
        List<ConfigChange> changes = h.changesUpTo(steps);
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
        return file != null && write(file, true);
    }

    /**
     * Saves to {@code target} (".json" added when missing); an existing file is replaced only if
     * {@code confirmOverwrite} says yes.
     *
     * @return whether it was written
     */
    public boolean saveAs(Path target, Predicate<Path> confirmOverwrite) {
        Path t = withJsonExtension(target);
        boolean exists = Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (exists && !confirmOverwrite.test(t)) {
            return false;
        }
        // a file that appears after the question is not replaced without one
        return write(t, exists);
    }

    private boolean write(Path target, boolean overwrite) {
        if (trainer.replaying()) { // the run is not there yet: saving now would write part of it
            errors.accept("cannot write " + target + ": wait until " + (file == null ? "the file" : file.getFileName())
                    + " is open (or Cancel opening it)");
            return false;
        }
        Experiment e = snapshot();
        try {
            ExperimentFile.write(target, e, withHistory, overwrite);
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
