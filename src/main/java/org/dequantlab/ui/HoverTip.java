package org.dequantlab.ui;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The drawing's hover explanation: a wrapped tooltip ({@link TipText}) shown over its owner while the pointer rests on
 * something that has one, and removed where nothing does. Made at the first such hover, not with the window: a
 * tooltip costs CSS and, for a window's first, the classes of tooltips and popups, which the first frame does without.
 */
final class HoverTip {
    private final Node owner;
    private final double maxWidth;
    private double scale = 1;
    private Tooltip tip;
    private TipText text;
    private boolean installed;

    HoverTip(Node owner, double maxWidth) {
        this.owner = owner;
        this.maxWidth = maxWidth;
    }

    /** The presentation's scale for the text, now or when made. */
    void setScale(double s) {
        scale = s;
        if (text != null) {
            text.setScale(s);
        }
    }

    /** Shows {@code s} while the pointer rests on the owner. */
    void show(String s) {
        if (tip == null) {
            text = new TipText(maxWidth); // wrapped text with p̃ (see TipText)
            text.setScale(scale);
            tip = ExplanationTooltips.wrapped(text);
            tip.setShowDelay(Duration.millis(250));
            tip.setShowDuration(Duration.seconds(30));
            tip.setHideDelay(Duration.millis(100));
        }
        tip.setText(s);
        text.setText(s);
        if (!installed) {
            Tooltip.install(owner, tip);
            installed = true;
        }
    }

    /** Nothing to explain here: no tooltip over the owner. */
    void hide() {
        if (installed) {
            Tooltip.uninstall(owner, tip);
            installed = false;
        }
    }
}
