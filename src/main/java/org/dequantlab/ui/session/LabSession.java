package org.dequantlab.ui.session;

import java.util.SplittableRandom;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Preset;
import org.dequantlab.config.Presets;
import org.dequantlab.config.Setting;
import org.dequantlab.config.Settings;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.train.Trainer;

/**
 * The run the window shows, without any JavaFX node: the configuration asked for as an observable
 * property, the edit logic (a hot setting applies from the next step, a cold one starts a new run
 * after asking), presets, play / step / reset, and undo / redo of both kinds of change. The window
 * and the classroom features observe its properties and call its methods; it never calls them, so
 * the preset box, the message line and the Edit menu cannot fall out of step with the run.
 *
 * <p>Call from one thread (the FX thread in the window; any single thread in tests). The trainer
 * carries every command out on its own thread, in order.
 */
public final class LabSession {
    private final Trainer trainer;
    private final SplittableRandom seeds = new SplittableRandom();
    private final EditHistory edits = new EditHistory();
    private final ReadOnlyObjectWrapper<ExperimentConfig> config;
    private final ReadOnlyObjectWrapper<Preset> preset;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper runs = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper commands = new ReadOnlyLongWrapper(0);
    private final Replays replays;
    private Predicate<String> confirmer;

    /**
     * @param trainer   the trainer of the run (its current configuration is the session's)
     * @param confirmer answers a yes/no question before a run is discarded
     */
    public LabSession(Trainer trainer, Predicate<String> confirmer) {
        this.trainer = trainer;
        this.confirmer = confirmer;
        this.replays = new Replays(trainer);
        ExperimentConfig c = trainer.latestConfig();
        this.config = new ReadOnlyObjectWrapper<>(c);
        this.preset = new ReadOnlyObjectWrapper<>(presetOf(c));
    }

    // ----------------------------------------------------------------- properties

    public Trainer trainer() {
        return trainer;
    }

    /** The configuration asked for; the trainer follows within a step. */
    public ReadOnlyObjectProperty<ExperimentConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ExperimentConfig config() {
        return config.get();
    }

    /** The preset the run came from (kept through live edits and new seeds), or null. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The last refusal ("λ_rec: must be a number from 0 to 1000, got 'abc'"), empty once anything is accepted. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    /** Whether the run is asked to train continuously. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Counts run replacements (rebuild, reset, new seed, preset, opened file, undo and redo of these). */
    public ReadOnlyLongProperty runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** Counts commands that move the run (play, step, replacements): the window goes back to live on each. */
    public ReadOnlyLongProperty commandsProperty() {
        return commands.getReadOnlyProperty();
    }

    public EditHistory edits() {
        return edits;
    }

    /** Replaces the question asked before a run is discarded (tests answer without a dialog). */
    public void setConfirmer(Predicate<String> confirmer) {
        this.confirmer = confirmer;
    }

    /** Asks the user a yes/no question (the confirmation dialog, or the tests' answer). */
    public boolean ask(String question) {
        return confirmer.test(question);
    }

    /** Shows a refusal from elsewhere (e.g. a typed value an editor could not read). */
    public void refuse(String text) {
        message.set(text == null ? "" : text);
    }

    // ----------------------------------------------------------------- edits

    /**
     * Applies typed text to a setting: a hot one from the next step, a cold one as a new run after
     * asking.
     *
     * @return null if applied or declined, else the refusal (also in {@link #messageProperty()})
     */
    public String edit(Setting<?> setting, String text) {
        ExperimentConfig next;
        try {
            next = setting.parse(config(), text);
        } catch (ConfigException e) {
            return refused(e.userMessage());
        }
        return apply(next);
    }

    /** {@link #edit} with a value rather than text. */
    public <T> String set(Setting<T> setting, T value) {
        try {
            return apply(setting.with(config(), value));
        } catch (ConfigException e) {
            return refused(e.userMessage());
        }
    }

    /**
     * Moves to {@code next}: live if only hot settings differ, else as a new run after asking.
     *
     * @return null if applied, unchanged or declined, else the refusal
     */
    public String apply(ExperimentConfig next) {
        ExperimentConfig current = config();
        if (next.equals(current)) {
            message.set("");
            return null;
        }
        String wait = replays.waitFor(Settings.changed(current, next).get(0).label());
        if (wait != null) {
            return refused(wait); // a change now would alter the run being replayed
        }
        if (!next.sameRunAs(current)) {
            String what = Settings.describeChanges(current, next);
            startNewRun(next, "Changing " + what + " starts a new run from step 0. Continue?",
                    what, onlySeedChanged(current, next) ? preset.get() : presetOf(next));
            return null;
        }
        try {
            trainer.applyHot(next);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        edits.push(new EditHistory.Hot(current, next, Settings.describeChanges(current, next)));
        config.set(next);
        message.set("");
        return null;
    }

    private String refused(String why) {
        message.set(why);
        return why;
    }

    /** Starts the run of a preset if the user agrees; returns whether it did. */
    public boolean choosePreset(Preset p) {
        if (p == null || !confirmer.test("Start a new run from the preset '" + p.name() + "'? The current run is "
                + "discarded (Edit → Undo brings it back).")) {
            return false;
        }
        replaceRun(RunState.fresh(p.config(), p), "preset " + p.name(), false);
        return true;
    }

    /** Starts a new run on {@code next} if the user agrees to {@code question}; returns whether it did. */
    public boolean startNewRun(ExperimentConfig next, String question) {
        return startNewRun(next, question, "new run", presetOf(next));
    }

    private boolean startNewRun(ExperimentConfig next, String question, String what, Preset from) {
        if (!confirmer.test(question)) {
            message.set("");
            return false;
        }
        replaceRun(RunState.fresh(next, from), what, false);
        return true;
    }

    /** File → New: the blog preset from step 0, after asking. */
    public boolean newExperiment() {
        return startNewRun(Presets.BLOG.config(), "Start a new experiment from the 'blog' preset? The current run "
                + "is discarded (Edit → Undo brings it back).", "new experiment", Presets.BLOG);
    }

    /** Replaces the run by an opened experiment, replayed exactly to its saved step. */
    public void open(ExperimentFile.Experiment e) {
        replaceRun(new RunState(e.config(), e.changes(), e.steps(), e.finalConfig(), presetOf(e.config())),
                "open file", true);
    }

    // ----------------------------------------------------------------- transport

    public void play() {
        playing.set(true);
        commands.set(commands.get() + 1);
        trainer.play();
    }

    public void pause() {
        playing.set(false);
        trainer.pause();
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Exactly {@code n} steps, then paused. */
    public void step(long n) {
        playing.set(false);
        commands.set(commands.get() + 1);
        trainer.step(n);
    }

    /** The run stopped by itself (finished or failed): nothing is playing any more. */
    public void runStopped() {
        playing.set(false);
    }

    /** Back to step 0 with the same seed and the current settings (undoable). */
    public void reset() {
        replaceRun(RunState.fresh(config(), preset.get()), "reset", false);
    }

    /** Back to step 0 with a new random seed (undoable). */
    public void newSeed() {
        long seed = seeds.nextLong(1, 1_000_000_000L);
        replaceRun(RunState.fresh(config().withSeed(seed), preset.get()), "new seed " + seed, false);
    }

    // ----------------------------------------------------------------- undo

    /** Undoes the last edit; returns whether there was one. */
    public boolean undo() {
        EditHistory.Mark mark = edits.mark();
        if (refusedWhileReplaying(edits.nextUndo(), "Undo")) {
            return false;
        }
        EditHistory.Edit e = edits.popUndo();
        if (e == null) {
            return false;
        }
        if (e instanceof EditHistory.Hot h) {
            applyQuietly(h.before());
            edits.undone(h);
        } else if (e instanceof EditHistory.Run r) {
            edits.undone(new EditHistory.Run(r.before(), restore(r.before(), mark, false), r.description()));
        }
        message.set("");
        return true;
    }

    /** Redoes the last undone edit; returns whether there was one. */
    public boolean redo() {
        EditHistory.Mark mark = edits.mark();
        if (refusedWhileReplaying(edits.nextRedo(), "Redo")) {
            return false;
        }
        EditHistory.Edit e = edits.popRedo();
        if (e == null) {
            return false;
        }
        if (e instanceof EditHistory.Hot h) {
            applyQuietly(h.after());
            edits.redone(h);
        } else if (e instanceof EditHistory.Run r) {
            boolean file = r.description().equals("open file");
            edits.redone(new EditHistory.Run(restore(r.after(), mark, file), r.after(), r.description()));
        }
        message.set("");
        return true;
    }

    // ----------------------------------------------------------------- replays

    /** Whether a run is being replayed up to its step (an opened file, or a run brought back). */
    public boolean replaying() {
        return replays.active();
    }

    /** Whether the replay in progress is of an opened file (not of a run brought back by undo or redo). */
    public boolean replayingFile() {
        return replays.ofFile();
    }

    /**
     * Stops the replay in progress and returns to the run, settings, preset and undo history from before
     * it (the trainer returns to its run). Call only while {@link #replaying()}.
     */
    public void cancelReplay() {
        Replays.Before b = replays.cancel();
        if (b != null) {
            playing.set(false);
            config.set(b.config());
            preset.set(b.preset());
            edits.reset(b.edits());
            runs.set(runs.get() + 1);
            commands.set(commands.get() + 1);
            message.set("");
        }
    }

    /**
     * The run failed with {@code stoppedWith} in force: a replay that diverged stops before its later
     * changes, and the settings shown are the ones it stopped with.
     */
    public void runFailed(ExperimentConfig stoppedWith) {
        playing.set(false);
        if (!replays.active() && !stoppedWith.equals(config()) && stoppedWith.sameRunAs(config())) {
            config.set(stoppedWith);
        }
    }

    /** A live change undone or redone now would alter the run being replayed: refused with a message. */
    private boolean refusedWhileReplaying(EditHistory.Edit next, String verb) {
        String wait = next instanceof EditHistory.Hot h ? replays.waitFor(verb + " " + h.description()) : null;
        return wait != null && refused(wait) != null;
    }

    // ----------------------------------------------------------------- internals

    private void applyQuietly(ExperimentConfig c) {
        if (!c.sameRunAs(config())) {
            return; // cannot happen with a linear history; never touch another run
        }
        trainer.applyHot(c);
        config.set(c);
    }

    /**
     * Puts {@code state} on the trainer and returns the run it replaced; {@code mark} is the undo history
     * Cancel returns to if {@code state} is replayed ({@code file}: an opened file's).
     */
    private RunState restore(RunState state, EditHistory.Mark mark, boolean file) {
        RunState before = RunState.of(trainer, config(), preset.get());
        replays.replacing(state, file, new Replays.Before(file, config(), preset.get(), mark));
        playing.set(false);
        state.restoreOn(trainer);
        config.set(state.config());
        preset.set(state.preset());
        runs.set(runs.get() + 1);
        commands.set(commands.get() + 1);
        return before;
    }

    private void replaceRun(RunState next, String what, boolean file) {
        RunState before = restore(next, edits.mark(), file);
        edits.push(new EditHistory.Run(before, next, what));
        message.set("");
    }

    /** The preset whose configuration {@code c} is, or null. */
    public static Preset presetOf(ExperimentConfig c) {
        for (Preset p : Presets.all()) {
            if (p.config().equals(c)) {
                return p;
            }
        }
        return null;
    }

    private static boolean onlySeedChanged(ExperimentConfig a, ExperimentConfig b) {
        return Settings.changed(a, b).equals(java.util.List.of(Settings.SEED));
    }
}
