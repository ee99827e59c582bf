package org.dequantlab.ui.session;

import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Preset;
import org.dequantlab.train.Trainer;

/**
 * A run being replayed up to its step on the trainer (an opened file, or a run brought back by undo or
 * redo) and what Cancel returns to. While one is in progress a live change would alter the run being
 * replayed, so {@link LabSession} refuses it with {@link #waitFor}. Same thread as the session.
 */
final class Replays {
    /** The session as it stood before the first of a series of replays. */
    record Before(boolean file, ExperimentConfig config, Preset preset, EditHistory.Mark edits) {}

    private final Trainer trainer;
    private Before before;

    Replays(Trainer trainer) {
        this.trainer = trainer;
    }

    boolean active() {
        return trainer.replaying();
    }

    /** Whether the replay in progress is of an opened file. */
    boolean ofFile() {
        return trainer.replaying() && before != null && before.file();
    }

    /**
     * {@code next} is about to replace the run; {@code now} is the session as it stands. A replay
     * that replaces a replay keeps the first one's {@code before}: the trainer's Cancel returns there.
     */
    void replacing(RunState next, boolean file, Before now) {
        if (!next.replays()) {
            before = null;
        } else if (before == null || !trainer.replaying()) {
            before = now;
        } else {
            before = new Before(file, before.config(), before.preset(), before.edits());
        }
    }

    /** Stops the replay in progress: what the session goes back to, or null if there is none. */
    Before cancel() {
        Before b = before;
        before = null;
        if (b != null) {
            trainer.cancelReplay();
        }
        return b;
    }

    /** Why {@code what} must wait for the replay in progress, or null if none is in progress. */
    String waitFor(String what) {
        if (!trainer.replaying()) {
            return null;
        }
        return what + (ofFile() ? ": wait until the file is open (or Cancel opening it)"
                : ": wait until the run is back at its step (or Cancel)");
    }
}
