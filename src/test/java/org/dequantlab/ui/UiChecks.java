package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Checks of text as drawn, for the window tests: wrapped text stays inside its box (JavaFX garbles
 * wrapped text with combining marks and then reports the unwrapped width), labels show their whole
 * text, boxes of labels do not overlap, and nodes lie inside the window. Call on the FX thread.
 */
final class UiChecks {
    /** Pixels of overhang allowed (a glyph's, or a space hanging at a line's end). */
    static final double SLACK = 6;

    private UiChecks() {}

    /** Every visible node under {@code root} (root included) of a type, in scene order. */
    static <T extends Node> List<T> visible(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T extends Node> void collect(Node n, Class<T> type, List<T> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (type.isInstance(n)) {
            out.add(type.cast(n));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, type, out);
            }
        }
    }

    /**
     * Problems with wrapped text under {@code root}: a paragraph's or wrapped label's text drawn wider
     * than its box (or than its wrapping width), or reaching outside {@code panel}.
     */
    static List<String> wrappedTextProblems(Node root, Node panel) {
        List<String> problems = new ArrayList<>();
        Bounds box = panel.localToScene(panel.getLayoutBounds());
        for (Text t : visible(root, Text.class)) {
            Parent parent = t.getParent();
            double width;
            if (parent instanceof TextFlow flow) {
                width = flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
            } else if (t.getWrappingWidth() > 0) {
                width = t.getWrappingWidth();
            } else {
                continue;
            }
            String what = "'" + shorten(t.getText()) + "'";
            if (t.getBoundsInLocal().getWidth() > width + SLACK) {
                problems.add(what + " is drawn " + Math.round(t.getBoundsInLocal().getWidth()) + " px wide in a "
                        + Math.round(width) + " px box");
            }
            Bounds b = t.localToScene(t.getBoundsInLocal());
            if (b.getMinX() < box.getMinX() - SLACK || b.getMaxX() > box.getMaxX() + SLACK
                    || b.getMinY() < box.getMinY() - SLACK || b.getMaxY() > box.getMaxY() + SLACK) {
                problems.add(what + " reaches outside its panel: " + b + " not in " + box);
            }
        }
        return problems;
    }

    /** Labeled controls under {@code root} whose text is cut ("Ste…") or wider than the control. */
    static List<String> cutLabels(Node root) {
        List<String> problems = new ArrayList<>();
        for (Labeled l : visible(root, Labeled.class)) {
            if (l.getText() == null || l.getText().isEmpty()) {
                continue;
            }
            String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
            for (Text t : visible(l, Text.class)) {
                if (t.getParent() == l || t.getParent() != null && t.getParent().getParent() == l) {
                    if (!t.getText().equals(whole)) {
                        problems.add((l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " shows '"
                                + t.getText() + "' of '" + l.getText() + "'");
                    }
                }
            }
        }
        return problems;
    }

    /** Nodes that reach outside the window's scene. */
    static List<String> outsideWindow(List<? extends Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node n : nodes) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            double w = n.getScene().getWidth(), h = n.getScene().getHeight();
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
                problems.add(describe(n) + " at " + b + " is outside the " + w + "×" + h + " window");
            }
        }
        return problems;
    }

    /**
     * Nodes that reach past the window's left or right edge (for a vertically scrolled panel, whose rows below its
     * fold are meant to be out of sight).
     */
    static List<String> outsideWindowSideways(List<? extends Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node n : nodes) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            double w = n.getScene().getWidth();
            if (b.getMinX() < -0.5 || b.getMaxX() > w + 0.5) {
                problems.add(describe(n) + " at " + b + " reaches past the " + w + " px wide window");
            }
        }
        return problems;
    }

    /** Pairs of nodes whose boxes overlap. */
    static List<String> overlaps(List<? extends Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Bounds a = nodes.get(i).localToScene(nodes.get(i).getLayoutBounds());
            for (int j = i + 1; j < nodes.size(); j++) {
                Bounds b = nodes.get(j).localToScene(nodes.get(j).getLayoutBounds());
                if (a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                        && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5) {
                    problems.add(describe(nodes.get(i)) + " overlaps " + describe(nodes.get(j)));
                }
            }
        }
        return problems;
    }

    static String describe(Node n) {
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return (n.getId() == null ? n.getClass().getSimpleName() : "#" + n.getId()) + text;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
