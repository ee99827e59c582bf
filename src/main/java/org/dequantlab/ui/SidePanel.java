package org.dequantlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The panel on the right: the metrics, sampling, and the configuration sheet, in a scroll pane. It
 * can be hidden ({@link #shownProperty()}); the window hides it by itself below
 * {@link #AUTO_HIDE_WIDTH} pixels so the drawing keeps a useful size, and the transport bar's
 * "Panel" switch brings it back. Its content goes in by {@link #build()}: the launched window does it once its
 * first frame is on screen (the panel is empty at its final width until then).
 */
final class SidePanel {
    /**
     * Below this window width the panel starts hidden: the drawing's column needs about 970 pixels (the timeline's
     * controls and the step counters beside them, never cut) and the panel {@value #MIN_WIDTH}.
     */
    static final double AUTO_HIDE_WIDTH = 1260;
    /** The panel's width when there is room for it. */
    static final double PREF_WIDTH = 360;
    /** The narrowest the panel gets (its metrics table and settings stay whole). */
    static final double MIN_WIDTH = 280;

    private final ScrollPane scroll;
    private final VBox content;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);

    SidePanel(MetricsTable metrics, Node sampling, ConfigSheet sheet) {
        Label metricsTitle = title("Metrics");
        Label configTitle = title("Configuration");
        Paragraph note = new Paragraph(ConfigSheet.note());
        note.setTextStyle("-fx-fill: #555;");
        content = new VBox(8, metricsTitle, metrics, new Separator(), sampling, new Separator(), configTitle, note,
                sheet);
        content.setPadding(new Insets(8));
        scroll = new ScrollPane();
        scroll.setId("sidePanel");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(PREF_WIDTH);
        scroll.setMinWidth(MIN_WIDTH);
        shown.addListener((o, a, on) -> apply());
    }

    /** Puts the content in the panel, if not there yet; returns it (null when it was there already). */
    Node build() {
        if (scroll.getContent() != null) {
            return null;
        }
        scroll.setContent(content);
        return content;
    }

    /**
     * Hides the panel when the window gets narrower than {@link #AUTO_HIDE_WIDTH} and shows it when it
     * gets wider (the switch can still change it), except while presentation mode floats it; after
     * presentation mode the panel follows its switch again. A width of 0 is no window's width: while the stage is
     * shown its peer can report 0, then the scene's width again (headless Monocle does, in every window test);
     * hiding and showing the panel for that laid the window out twice more and drew the curves' chart twice more.
     * So a width is compared with the last width that was not 0: 1560, 0, 1000 still hides the panel.
     *
     * @param window the window's layout: the panel on its right leaves its centre (the drawing's column) that
     *               column's minimum width
     */
    void follow(Scene scene, ReadOnlyBooleanProperty presenting, BorderPane window) {
        Region beside = (Region) window.getCenter();
        shown.set(scene.getWidth() >= AUTO_HIDE_WIDTH);
        fitBeside(scene.getWidth(), beside);
        // the column's minimum grows as its parts are built (after the first frame, when launched): refit then too
        beside.needsLayoutProperty().addListener((o, a, b) -> fitBeside(scene.getWidth(), beside));
        double[] lastWidth = {scene.getWidth()}; // the last width a window had (never the 0 of a peer being shown)
        scene.widthProperty().addListener((o, a, b) -> {
            double w = b.doubleValue();
            if (w <= 0) {
                return;
            }
            fitBeside(w, beside);
            if (lastWidth[0] >= AUTO_HIDE_WIDTH != w >= AUTO_HIDE_WIDTH && !presenting.get()) {
                shown.set(w >= AUTO_HIDE_WIDTH);
            }
            lastWidth[0] = w;
        });
        presenting.addListener((o, was, on) -> {
            if (!on) {
                apply();
            }
        });
    }

    /**
     * The panel takes what the window has left beside the drawing's column, from {@value #MIN_WIDTH} to
     * {@value #PREF_WIDTH} pixels: a border pane gives its right child its preferred width whatever the centre
     * needs, and on a 1280×800 projector the panel was laid out 50 pixels past the window's edge, its settings cut.
     */
    private void fitBeside(double windowWidth, Region beside) {
        double fit = Math.max(MIN_WIDTH, Math.min(PREF_WIDTH, windowWidth - beside.minWidth(-1)));
        if (windowWidth > 0 && fit != scroll.getPrefWidth()) {
            scroll.setPrefWidth(fit);
        }
    }

    /** Shows or hides the panel as the switch says (also after presentation mode floated it). */
    void apply() {
        scroll.setVisible(shown.get());
        scroll.setManaged(shown.get());
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 1.08em;");
        return l;
    }

    Node node() {
        return scroll;
    }

    BooleanProperty shownProperty() {
        return shown;
    }
}
