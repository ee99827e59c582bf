package org.dequantlab.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.dequantlab.config.Setting;
import org.dequantlab.config.Settings;

/**
 * The Help panel's second tab: every {@link Explanations} entry, grouped, then every setting from the
 * settings table with what is allowed. The texts are {@link Paragraph}s, which wrap p̃ correctly.
 */
public final class ExplanationsPane extends ScrollPane {
    private static final double TEXT_WIDTH = 600;

    public ExplanationsPane() {
        setId("explanations");
        VBox list = new VBox(4);
        list.setPadding(new Insets(8));
        for (Explanations.Group g : Explanations.Group.values()) {
            list.getChildren().add(head(g.title()));
            for (Explanations e : Explanations.of(g)) {
                add(list, e.title(), e.text());
            }
        }
        list.getChildren().add(head("The settings"));
        for (Setting<?> s : Settings.all()) {
            add(list, s.labelWithUnit() + "  (" + s.key() + ")", s.explanation() + " Allowed: " + s.allowed() + "; "
                    + (s.live() ? "live." : "a change starts a new run."));
        }
        setContent(list);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefSize(TEXT_WIDTH + 60, 460);
    }

    private static Label head(String text) {
        Label head = new Label(text);
        head.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em; -fx-padding: 8 0 2 0;");
        return head;
    }

    private static void add(VBox list, String title, String text) {
        Label t = new Label(title);
        t.setStyle("-fx-font-weight: bold;");
        Paragraph p = new Paragraph(text);
        p.setPadding(new Insets(0, 0, 4, 12));
        p.setPrefWidth(TEXT_WIDTH);
        p.setMaxWidth(TEXT_WIDTH);
        list.getChildren().addAll(t, p);
    }
}
