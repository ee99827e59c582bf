package org.dequantlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Tool bars that wrap instead of squeezing: a bar is a row of groups (related controls that stay
 * together); when the window is too narrow the groups flow onto a second line, and no control is
 * ever narrower than its text (a ToolBar cut "Step 10" to "Ste…" at 1000 pixels).
 */
final class Bars {
    private Bars() {}

    /** A bar of groups, styled as a tool bar. */
    static FlowPane bar(String id, Node... groups) {
        FlowPane bar = new FlowPane(14, 4, groups);
        bar.setId(id);
        bar.getStyleClass().add("tool-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setRowValignment(javafx.geometry.VPos.CENTER);
        bar.setMinWidth(0);
        // wrap at the width the window gives, not at the bar's own preferred width
        bar.prefWrapLengthProperty().bind(bar.widthProperty());
        return bar;
    }

    /** Controls that stay on one line together, each at least as wide as its text. */
    static HBox group(Node... nodes) {
        HBox g = new HBox(6, nodes);
        g.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            keepWidth(n);
        }
        g.setMinWidth(Region.USE_PREF_SIZE);
        return g;
    }

    /** Never narrower than the preferred width (so labels are never cut with "…"). */
    static void keepWidth(Node n) {
        if (n instanceof Control c) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        } else if (n instanceof Region r) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
