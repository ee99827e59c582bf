package org.dequantlab.ui.why;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A tool's own window: a stage owned by the lab window, a chart viewer in the middle and a frame
 * timer that calls {@link #frame} once per pulse while the window is showing. Closing the window (or
 * its owner) stops the timer and calls {@link #closed}.
 */
abstract class ToolWindow {
    protected final Stage stage = new Stage();
    protected final BorderPane root = new BorderPane();
    protected final ChartViewer viewer = new ChartViewer(null);
    protected final Label status = new Label();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    ToolWindow(Window owner, String title, String id, double width, double height) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        root.setId(id);
        viewer.setId(id + "Chart");
        status.setId(id + "Status");
        status.setWrapText(true);
        status.setPadding(new Insets(4, 8, 6, 8));
        root.setCenter(viewer);
        stage.setScene(new Scene(root, width, height));
        stage.setOnShown(e -> timer.start());
        stage.setOnHidden(e -> {
            timer.stop();
            closed();
        });
    }

    /** Shows the window, or brings it to the front if it shows already. */
    void show() {
        if (stage.isShowing()) {
            stage.toFront();
        } else {
            stage.show();
        }
    }

    Stage stage() {
        return stage;
    }

    Parent root() {
        return root;
    }

    /** The chart shown (for tests), or null before the first result. */
    JFreeChart chart() {
        return viewer.getChart();
    }

    /** The status line's text (for tests). */
    String statusText() {
        return status.getText();
    }

    /** Called once per pulse on the FX thread while the window shows. */
    abstract void frame(long now);

    /** Called when the window closes: stop background work. */
    abstract void closed();
}
