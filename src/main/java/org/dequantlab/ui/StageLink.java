package org.dequantlab.ui;

import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What a window puts on its stage (the title binding, the handler run when the stage hides) and takes
 * off again when it closes, so that a stage which outlives the window (one reused for another window, a
 * test's primary stage) does not keep the closed window, its trainer and its frame buffers alive.
 */
final class StageLink {
    private final Stage stage;
    private final EventHandler<WindowEvent> onHidden;

    StageLink(Stage stage, ObservableValue<String> title, EventHandler<WindowEvent> onHidden) {
        this.stage = stage;
        this.onHidden = onHidden;
        stage.titleProperty().bind(title);
        stage.setOnHidden(onHidden);
    }

    /** Takes the title binding and the handler off the stage, unless another window has put its own there since. */
    void release() {
        if (stage.getOnHidden() == onHidden) {
            stage.titleProperty().unbind();
            stage.setOnHidden(null);
        }
    }
}
