package org.dequantlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A translucent panel listing the keyboard shortcuts; H or ? toggles it, Escape or a click closes it.
 * Its content (about 300 nodes, most of them wrapped explanation text) is built the first time it
 * opens: hidden nodes still cost CSS and layout, and at launch they made up a third of the scene.
 */
public final class HelpOverlay extends StackPane {
    /** Key → action, as shown. */
    public static final String[][] SHORTCUTS = {
        {"Space", "play / pause"},
        {"→", "one step"},
        {"R", "reset (same seed, same initial picture)"},
        {"F", "full screen on / off"},
        {"+  /  −", "faster / slower"},
        {"H  or  ?", "this help"},
        {"P", "presentation mode on / off (Esc leaves it)"},
        {"Esc", "close this help"},
    };

    private boolean built;

    public HelpOverlay() {
        setId("help");
        setStyle("-fx-background-color: rgba(0,0,0,0.35);");
        setVisible(false);
        visibleProperty().addListener((o, was, now) -> {
            if (now && !built) {
                build();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                setVisible(false); // a click on the dim background closes; clicks in the panel do not
            }
        });
    }

    private void build() {
        built = true;
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.setStyle("-fx-font-weight: bold; -fx-font-family: monospace;");
            grid.add(key, 0, i);
            grid.add(new Label(SHORTCUTS[i][1]), 1, i);
        }
        Label title = new Label("Keyboard shortcuts");
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        VBox keys = new VBox(12, title, grid, new Label("Hover the loss curves for step and value, and anything"
                + " on the drawing for what it is."));
        keys.setPadding(new Insets(8));
        TabPane tabs = new TabPane(new Tab("Shortcuts", keys), new Tab("What you see", new ExplanationsPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("helpTabs");
        VBox box = new VBox(tabs);
        box.setPadding(new Insets(12));
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        box.setStyle("-fx-background-color: white; -fx-background-radius: 6; -fx-border-color: #888;"
                + " -fx-border-radius: 6;");
        getChildren().add(box);
        StackPane.setAlignment(box, Pos.CENTER);
    }

    public void toggle() {
        setVisible(!isVisible());
    }
}
