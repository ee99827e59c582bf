package org.dequantlab.ui.files;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;

/**
 * The bar shown while an opened file is replayed up to its saved step: which file, the step reached,
 * a progress bar, the time left, and Cancel (back to the run before). Hidden otherwise. The window
 * calls {@link #pulse} every frame. FX thread only.
 */
public final class OpeningBar {
    private final Trainer trainer;
    private final ExperimentDocument document;
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final HBox node;
    private long startNanos;
    private long startStep;
    private boolean shown;
    private java.util.function.Supplier<String> doing = () -> null;

    /** @param cancel what Cancel does (the window returns to the run it had before) */
    public OpeningBar(Trainer trainer, ExperimentDocument document, Runnable cancel) {
        this.trainer = trainer;
        this.document = document;
        text.setId("openingText");
        bar.setId("openingProgress");
        bar.setPrefWidth(220);
        Button stop = new Button("Cancel");
        stop.setId("openingCancel");
        stop.setOnAction(e -> cancel.run());
        node = new HBox(12, text, bar, stop);
        node.setId("openingBar");
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(6, 10, 6, 10));
        node.setStyle("-fx-background-color: #E3F2FD;");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        node.setVisible(false);
        node.setManaged(false);
    }

    /**
     * What the bar says the replay is for ("Bringing the run back" for an undo), or null for "Opening
     * FILE": the window replays runs for other reasons than opening a file.
     */
    public void describeWith(java.util.function.Supplier<String> what) {
        this.doing = what;
    }

    public HBox node() {
        return node;
    }

    /** Shows the replay's progress, or hides the bar when no file is being opened. */
    public void pulse(long now) {
        long target = trainer.replayTarget();
        boolean replaying = target >= 0;
        Snapshot s = trainer.latest();
        long step = s == null ? 0 : Math.min(s.step(), Math.max(target, 0));
        if (replaying && !shown) {
            startNanos = now;
            startStep = step;
        }
        if (replaying != shown) {
            shown = replaying;
            node.setVisible(replaying);
            node.setManaged(replaying);
        }
        if (!replaying) {
            return;
        }
        String name = document.file() == null ? "the file" : String.valueOf(document.file().getFileName());
        bar.setProgress(target == 0 ? 1 : (double) step / target);
        String what = doing.get() != null ? doing.get() : "Opening " + name;
        String line = String.format(Locale.UK, "%s: replaying step %,d of %,d%s", what, step, target,
                left(now, step, target));
        if (!line.equals(text.getText())) {
            text.setText(line);
        }
    }

    /** ", about 2 min left" (or s, or h), from the rate since the bar appeared (after a second of it). */
    private String left(long now, long step, long target) {
        double seconds = (now - startNanos) / 1e9;
        if (seconds < 1 || step <= startStep) {
            return "";
        }
        double rest = (target - step) / ((step - startStep) / seconds);
        if (rest < 60) {
            return String.format(Locale.UK, ", about %d s left", Math.max(1, Math.round(rest)));
        }
        if (rest < 2 * 3600) {
            return String.format(Locale.UK, ", about %d min left", Math.round(rest / 60));
        }
        return String.format(Locale.UK, ", about %d h left", Math.round(rest / 3600));
    }
}
