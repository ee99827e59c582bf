package org.dequantlab.ui;

import java.util.function.Supplier;
import javafx.stage.Stage;
import org.dequantlab.ui.files.ExperimentDocument;
import org.dequantlab.ui.session.LabSession;

/** The window's commands on its stage and run: File → New and Quit, Cancel on the opening bar, full screen. */
final class WindowCommands {
    private final Supplier<Stage> stage;
    private final LabSession session;
    private final ExperimentDocument files;

    /** @param stage the window's stage, null until it is shown */
    WindowCommands(Supplier<Stage> stage, LabSession session, ExperimentDocument files) {
        this.stage = stage;
        this.session = session;
        this.files = files;
    }

    /** File → New: the blog preset from step 0, after asking, in an untitled document. */
    void newExperiment() {
        if (session.newExperiment()) {
            files.startUntitled(session.config());
        }
    }

    /** File → Quit: asks first when the run has changes that are not saved. */
    void quit() {
        Stage s = stage.get();
        if (s != null && (!files.dirty() || session.ask("Quit DequantLab? The run has changes that are not "
                + "saved (File → Save keeps them)."))) {
            s.close();
        }
    }

    /** Cancel on the opening bar: back to the run before the replay (and to its file if one was opened). */
    void cancelReplay() {
        if (session.replaying()) {
            if (session.replayingFile()) {
                files.cancelOpening();
            }
            session.cancelReplay();
        }
    }

    void toggleFullScreen() {
        Stage s = stage.get();
        if (s != null) {
            s.setFullScreenExitHint(null); // the presentation mode's hint is its own
            s.setFullScreen(!s.isFullScreen());
        }
    }
}
