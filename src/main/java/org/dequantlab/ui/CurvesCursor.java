package org.dequantlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.dequantlab.render.SnapshotRenderer;

/**
 * The "you are here" line on the curves while a recorded step is scrubbed to or replayed: a vertical
 * line at that step and a small label, laid over the chart (the chart itself is not redrawn, so it
 * follows the timeline at every pulse).
 */
final class CurvesCursor extends Pane {
    private static final String COLOUR = "#E65100";
    private final Line line = new Line();
    private final Label label = new Label();
    private long step = -1;

    CurvesCursor() {
        setId("curvesCursor");
        setMouseTransparent(true);
        setPickOnBounds(false);
        line.setStroke(Color.web(COLOUR));
        line.setStrokeWidth(2);
        line.getStrokeDashArray().setAll(6.0, 3.0);
        label.setStyle("-fx-text-fill: " + COLOUR + "; -fx-font-weight: bold; -fx-font-size: 0.85em; "
                + "-fx-background-color: rgba(255,255,255,0.85); -fx-padding: 0 3 0 3;");
        label.setManaged(false);
        line.setManaged(false);
        getChildren().addAll(line, label);
        setVisible(false);
    }

    /** Shows {@code step} (negative: hides the line). */
    void show(long s, CurvesMapping m) {
        step = s;
        if (s < 0 || m == null || s < m.xLow() || s > m.xHigh()) {
            setVisible(false);
            return;
        }
        double x = Math.round(m.xOf(s)) + 0.5;
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(m.area().getMinY());
        line.setEndY(m.area().getMaxY());
        String text = "you are here: " + SnapshotRenderer.stepText(s);
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
        label.autosize();
        double w = label.prefWidth(-1);
        double lx = x + 4 + w <= m.area().getMaxX() ? x + 4 : x - 4 - w; // right of the line, or left near the end
        label.relocate(lx, m.area().getMaxY() - label.prefHeight(-1) - 2);
        setVisible(true);
    }

    /** The step marked, or −1. */
    long step() {
        return isVisible() ? step : -1;
    }

    /** The line's x in the pane (tests). */
    double lineX() {
        return line.getStartX();
    }

    Label label() {
        return label;
    }
}
