package org.dequantlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.dequantlab.ui.session.LabSession;

/**
 * The session's message under the tool bars, in red, wherever the value was typed (tool bar, side
 * panel, toy editor): "λ_rec: must be a number from 0 to 1000, got 'abc'". It shows only while there
 * is one; an accepted edit, a new run or undo clears it, and so does its ×.
 */
final class MessageBar extends HBox {
    private final Paragraph text = new Paragraph();

    MessageBar(LabSession session) {
        super(10);
        setId("messageBar");
        text.setId("configError");
        text.setTextStyle("-fx-fill: #B00020; -fx-font-weight: bold;");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = Bars.button("×", "messageClose", () -> session.refuse(""));
        close.setStyle("-fx-padding: 0 6 0 6;");
        getChildren().setAll(text, close);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        setStyle("-fx-background-color: #FDECEA; -fx-border-color: #F5C2C0; -fx-border-width: 0 0 1 0;");
        session.messageProperty().addListener((o, a, b) -> show(b));
        show(session.message());
    }

    private void show(String message) {
        boolean on = message != null && !message.isEmpty();
        text.setText(on ? message : "");
        setVisible(on);
        setManaged(on);
    }
}
