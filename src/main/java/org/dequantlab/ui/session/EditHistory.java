package org.dequantlab.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dequantlab.config.ExperimentConfig;

/**
 * The undo and redo stacks of a {@link LabSession}: live setting changes and run replacements
 * (rebuild, preset, reset, new seed, opened file, new experiment). A new edit clears redo. The
 * properties ("Undo λ_rec 10 → 5", whether there is anything to undo) drive the Edit menu.
 */
public final class EditHistory {
    /** The most edits kept; older ones are forgotten. */
    public static final int LIMIT = 200;

    /** One undoable edit. */
    public sealed interface Edit permits Hot, Run {
        /** What the edit did, for the menu: "λ_rec 10 → 5", "preset four". */
        String description();
    }

    /** A live change of hot settings on the same run. */
    public record Hot(ExperimentConfig before, ExperimentConfig after, String description) implements Edit {}

    /** The run replaced by another; both sides can be brought back exactly. */
    public record Run(RunState before, RunState after, String description) implements Edit {}

    /** Both stacks as they stood, to go back to ({@link #reset}). */
    record Mark(List<Edit> undo, List<Edit> redo) {}

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    /** Records a new edit; what could be redone is dropped. */
    void push(Edit e) {
        undo.push(e);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** The edit to undo, removed, or null. */
    Edit popUndo() {
        Edit e = undo.poll();
        update();
        return e;
    }

    /** The edit to redo, removed, or null. */
    Edit popRedo() {
        Edit e = redo.poll();
        update();
        return e;
    }

    /** Puts an undone edit where Redo finds it. */
    void undone(Edit e) {
        redo.push(e);
        update();
    }

    /** Puts a redone edit back where Undo finds it (without clearing redo). */
    void redone(Edit e) {
        undo.push(e);
        update();
    }

    /** Both stacks as they stand now. */
    Mark mark() {
        return new Mark(List.copyOf(undo), List.copyOf(redo));
    }

    /** Puts both stacks back as they stood at {@code m}. */
    void reset(Mark m) {
        undo.clear();
        undo.addAll(m.undo());
        redo.clear();
        redo.addAll(m.redo());
        update();
    }

    /** The edit Undo would undo, or null. */
    Edit nextUndo() {
        return undo.peek();
    }

    /** The edit Redo would redo, or null. */
    Edit nextRedo() {
        return redo.peek();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo λ_rec 10 → 5", or "Undo" when there is nothing. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo preset four", or "Redo" when there is nothing. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
    }
}
