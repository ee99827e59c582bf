package org.dequantlab.ui;

import javafx.scene.canvas.Canvas;

/** A Canvas that takes whatever size its parent gives it (plain Canvas is not resizable). */
public class ResizableCanvas extends Canvas {
    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public double minWidth(double height) {
        return 200;
    }

    @Override
    public double minHeight(double width) {
        return 150;
    }

    @Override
    public double prefWidth(double height) {
        return 1000;
    }

    /** Small: in the window's column the canvas takes what the curves leave (it grows, they keep their share). */
    @Override
    public double prefHeight(double width) {
        return 200;
    }

    @Override
    public double maxWidth(double height) {
        return Double.MAX_VALUE;
    }

    @Override
    public double maxHeight(double width) {
        return Double.MAX_VALUE;
    }

    @Override
    public void resize(double width, double height) {
        setWidth(width);
        setHeight(height);
    }
}
