package org.dequantlab.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The Help panel's second tab: every {@link Explanations} entry, grouped, as a readable list. */
public final class ExplanationsPane extends ScrollPane {
    public ExplanationsPane() {
        setId("explanations");
        VBox list = new VBox(4);
        list.setPadding(new Insets(8));
        for (Explanations.Group g : Explanations.Group.values()) {
            Label head = new Label(g.title());
            head.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em; -fx-padding: 8 0 2 0;");
            list.getChildren().add(head);
            for (Explanations e : Explanations.of(g)) {
                Label title = new Label(e.title());
                title.setStyle("-fx-font-weight: bold;");
                Label text = new Label(e.text());
                text.setWrapText(true);
                text.setMaxWidth(620);
                text.setStyle("-fx-padding: 0 0 4 12;");
                list.getChildren().addAll(title, text);
            }
        }
        setContent(list);
        setFitToWidth(true);
        setPrefSize(680, 460);
    }
}
