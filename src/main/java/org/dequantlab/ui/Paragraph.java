package org.dequantlab.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A wrapped paragraph that JavaFX draws correctly. JavaFX 21 lays out a wrapped {@code Label} or
 * {@code Text} that contains a combining mark (the tilde of p̃ is U+0303) as if every line ran to the
 * end of the text: each line is drawn over the next at a different width ("stack u / stack up" in
 * Help, the tour's paragraph printed over itself), and the node's bounds grow to the unwrapped
 * width. A {@link TextFlow} whose combining clusters are runs of their own wraps them correctly, so
 * this splits the text there. Use it for every wrapped text that may hold such marks.
 */
public final class Paragraph extends TextFlow {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private String style = "";

    public Paragraph() {
        this("");
    }

    public Paragraph(String text) {
        getStyleClass().add("paragraph");
        setMinHeight(USE_PREF_SIZE); // never squeezed below its wrapped lines
        setText(text);
    }

    /** Replaces the text. */
    public void setText(String value) {
        String t = value == null ? "" : value;
        if (t.equals(text.get()) && !getChildren().isEmpty()) {
            return;
        }
        text.set(t);
        List<Node> runs = new ArrayList<>();
        for (String run : runs(t)) {
            Text node = new Text(run);
            node.getStyleClass().add("paragraph-text");
            node.setStyle(style);
            runs.add(node);
        }
        getChildren().setAll(runs);
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** A CSS style for every run (e.g. {@code -fx-fill: #C62828; -fx-font-weight: bold;}). */
    public void setTextStyle(String css) {
        style = css == null ? "" : css;
        for (Node n : getChildren()) {
            n.setStyle(style);
        }
    }

    /**
     * The runs of {@code s}: text without combining marks, and each base character with its combining
     * marks as a run of its own. Characters that have a precomposed form (é) are composed first.
     */
    static List<String> runs(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < t.length()) {
            int next = i + Character.charCount(t.codePointAt(i));
            int end = next;
            while (end < t.length() && isCombining(t.codePointAt(end))) {
                end += Character.charCount(t.codePointAt(end));
            }
            if (end > next) { // a base character with marks: a run of its own
                if (i > start) {
                    out.add(t.substring(start, i));
                }
                out.add(t.substring(i, end));
                start = end;
            }
            i = end;
        }
        if (start < t.length() || out.isEmpty()) {
            out.add(t.substring(start));
        }
        return out;
    }

    static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
