package org.dequantlab.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Tooltips from the {@link Explanations} catalogue: a factory and an installer that walks the controls. The window
 * installs its tooltips once: before it is shown in tests and other windows, after its first frame when the launcher
 * opens it (a tooltip costs CSS and, for the first, the classes of tooltips and popups, about 0.1–0.2 s that the first
 * frame does without).
 */
public final class ExplanationTooltips {
    /** A control's plain tooltip text, waiting for {@link #install}. */
    private static final String PENDING = "dequantlab.plainTooltip";

    private ExplanationTooltips() {}

    /**
     * Gives {@code control} a {@link #plain} tooltip with {@code text} when the window installs its tooltips
     * ({@link #install}), unless the catalogue explains its id. For controls in the window's tree.
     */
    public static void plainLater(Control control, String text) {
        control.getProperties().put(PENDING, text);
    }

    /** A wrapped tooltip with the element's title and text. */
    public static Tooltip tooltip(Explanations e) {
        return tooltip(e.explained());
    }

    /**
     * A wrapped tooltip with a title and text. The text is a {@link TipText}: a wrapped Label
     * garbles text with p̃ in it, and a bare paragraph makes the tooltip screen-high.
     */
    public static Tooltip tooltip(Explanations.Explained e) {
        Tooltip t = plain(e.tooltip());
        t.setShowDelay(Duration.millis(350));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    /** A tooltip of plain text, wrapped at 420 px and drawn like the explanations (see {@link TipText}). */
    public static Tooltip plain(String text) {
        return wrapped(new TipText(text, 420));
    }

    /** A tooltip drawn by {@code text}, whose text is also the tooltip's own (read by accessibility and tests). */
    static Tooltip wrapped(TipText text) {
        Tooltip t = new Tooltip(text.getText());
        t.setGraphic(text);
        t.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        return t;
    }

    /**
     * Gives every control under {@code root} whose id the catalogue knows its explanation as tooltip, and every other
     * control its {@link #plainLater} text (toolbar items and scroll-pane content included, whether skinned yet or
     * not).
     *
     * @return how many controls got one
     */
    public static int install(Node root) {
        int n = 0;
        if (root instanceof Control c) {
            Explanations.Explained e = Explanations.forControl(c.getId());
            Object pending = c.getProperties().remove(PENDING);
            if (e != null) {
                c.setTooltip(tooltip(e));
                n++;
            } else if (pending instanceof String text) {
                c.setTooltip(plain(text));
                n++;
            }
        }
        if (root instanceof ToolBar tb) {
            for (Node item : tb.getItems()) {
                n += install(item);
            }
        } else if (root instanceof ScrollPane sp && sp.getContent() != null) {
            n += install(sp.getContent());
        } else if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += install(child);
            }
        }
        return n;
    }
}
