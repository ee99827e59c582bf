package org.dequantlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;

/** The red banner that says which method failed, at which step and why, with Reset. Hidden otherwise. */
final class FailureBanner extends HBox {
    private final Label text = new Label();

    FailureBanner(Runnable reset) {
        super(12);
        text.setId("failureText");
        text.setStyle("-fx-text-fill: white; -fx-font-weight: bold;");
        text.setWrapText(true);
        Button again = Bars.button("Reset", "bannerReset", reset);
        again.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long message wraps; Reset stays readable
        getChildren().setAll(text, again);
        setId("failureBanner");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        setStyle("-fx-background-color: #C62828;");
        HBox.setHgrow(text, Priority.ALWAYS);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the failure of {@code s}, or hides the banner when it did not fail. */
    void show(Snapshot s) {
        boolean failed = s.status() == TrainerStatus.FAILED;
        if (failed) {
            text.setText("Training failed at step " + s.step() + ": " + s.failure());
        }
        if (isVisible() != failed) {
            setVisible(failed);
            setManaged(failed);
        }
    }
}
