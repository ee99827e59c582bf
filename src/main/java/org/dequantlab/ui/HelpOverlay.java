package org.dequantlab.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A translucent panel with two tabs: the keyboard shortcuts (exactly the window's
 * {@link KeyBindings}) and every explanation. H or ? toggles it, Escape or a click beside it closes
 * it. Its content (about 300 nodes, most of them wrapped text) is built the first time it opens:
 * hidden nodes still cost CSS and layout, and at launch they made up a third of the scene.
 */
public final class HelpOverlay extends StackPane {
    private final KeyBindings keys;
    private boolean built;

    /** @param keys the window's shortcuts, listed as they stand when Help first opens */
    public HelpOverlay(KeyBindings keys) {
        this.keys = keys;
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
        List<KeyBindings.Binding> shortcuts = keys.bindings();
        GridPane grid = new GridPane();
        grid.setId("helpShortcuts");
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < shortcuts.size(); i++) {
            Label key = new Label(shortcuts.get(i).keys());
            key.setStyle("-fx-font-weight: bold; -fx-font-family: monospace;");
            key.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(key, 0, i);
            grid.add(new Label(shortcuts.get(i).action()), 1, i);
        }
        Label title = new Label("Keyboard shortcuts");
        title.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        Paragraph hint = new Paragraph("Shortcuts never act while you type in a field. Hover the loss curves for "
                + "step and value, and anything on the drawing for what it is. Mouse wheel over the panels or the "
                + "curves zooms (Shift+wheel: the value axis), drag pans, double-click shows everything.");
        hint.setPrefWidth(560);
        VBox keys = new VBox(12, title, grid, hint);
        keys.setPadding(new Insets(8));
        ScrollPane keysScroll = new ScrollPane(keys);
        keysScroll.setFitToWidth(true);
        TabPane tabs = new TabPane(new Tab("Shortcuts", keysScroll), new Tab("What you see", new ExplanationsPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("helpTabs");
        VBox box = new VBox(tabs);
        box.setId("helpBox");
        box.setPadding(new Insets(12));
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        box.setStyle("-fx-background-color: white; -fx-background-radius: 6; -fx-border-color: #888;"
                + " -fx-border-radius: 6;");
        getChildren().add(box);
        StackPane.setAlignment(box, Pos.CENTER);
        StackPane.setMargin(box, new Insets(10));
    }

    public void toggle() {
        setVisible(!isVisible());
    }
}
