package org.dequantlab.ui;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * The wrapped text of a tooltip: a {@link Paragraph} (text with p̃ in it wraps correctly) at most
 * {@code maxWidth} wide, light on the tooltip's dark background. A tooltip sizes its graphic without a
 * width to wrap at, and a wrapped paragraph asked for its height at no width answers with one word per
 * line: a tooltip of a few lines came out 450×1,500 px, black text on a dark screen-high box. This reports
 * a fixed width (the unwrapped text, or {@code maxWidth} when longer) and the paragraph's height at that
 * width, so the tooltip is exactly as large as its text.
 */
final class TipText extends Region {
    private static final double FONT_PX = 13;
    private final Paragraph text = new Paragraph();
    private final double maxWidth;
    private double scale = 1;

    TipText(double maxWidth) {
        this.maxWidth = maxWidth;
        getChildren().add(text);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        style();
    }

    TipText(String s, double maxWidth) {
        this(maxWidth);
        setText(s);
    }

    void setText(String s) {
        text.setText(s);
        requestLayout();
    }

    String getText() {
        return text.getText();
    }

    /** Grows the text and its width (presentation mode). */
    void setScale(double s) {
        scale = s;
        style();
        requestLayout();
    }

    private void style() {
        text.setTextStyle(String.format(java.util.Locale.ROOT, "-fx-fill: white; -fx-font-size: %.1fpx;",
                FONT_PX * scale));
    }

    private double wrapWidth() {
        return Math.ceil(Math.min(maxWidth * scale, text.prefWidth(-1)));
    }

    @Override
    public Orientation getContentBias() {
        return null; // the width is fixed: the height never depends on what a container offers
    }

    @Override
    protected double computePrefWidth(double height) {
        return wrapWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.ceil(text.prefHeight(wrapWidth()));
    }

    @Override
    protected void layoutChildren() {
        double w = wrapWidth();
        text.resizeRelocate(0, 0, w, text.prefHeight(w));
    }
}
