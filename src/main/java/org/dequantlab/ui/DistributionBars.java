package org.dequantlab.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.dequantlab.render.CategoryPalette;

/**
 * A bar editor for p̃(x): one bar per category; dragging a bar's top sets its probability and the
 * others are rescaled so the total stays 1. Listeners hear every change with {@code released} false
 * while dragging and true when the mouse is let go.
 */
public final class DistributionBars extends Region {
    /** Smallest probability a bar can have (the configuration needs positive entries). */
    public static final double MIN_P = 0.01;
    private final Canvas canvas = new Canvas(260, 130);
    private double[] p = {0.5, 0.5};
    private int dragging = -1;
    private BiConsumer<double[], Boolean> listener = (v, r) -> {};

    public DistributionBars() {
        SharedGlyphLayoutPin.pin(); // the canvas draws text: see there
        setId("toyBars");
        getChildren().add(canvas);
        setMinSize(160, 90);
        setPrefSize(260, 130);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragging = barAt(e.getX());
            drag(e.getY(), false);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> drag(e.getY(), false));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            drag(e.getY(), true);
            dragging = -1;
        });
    }

    public void setOnChange(BiConsumer<double[], Boolean> listener) {
        this.listener = listener;
    }

    /** The probabilities shown (a copy; they sum to 1). */
    public double[] values() {
        return p.clone();
    }

    /** Shows new probabilities (normalised) without telling the listener. */
    public void setValues(double[] values) {
        p = normalise(values);
        paint();
    }

    /**
     * Sets bar {@code x} to {@code value} (clamped so every bar keeps at least {@link #MIN_P}) and
     * rescales the others in proportion so the total stays 1.
     */
    public static double[] setBar(double[] p, int x, double value) {
        int k = p.length;
        double v = Math.max(MIN_P, Math.min(1 - MIN_P * (k - 1), value));
        double others = 0;
        for (int i = 0; i < k; i++) {
            if (i != x) {
                others += p[i];
            }
        }
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = i == x ? v : others > 0 ? p[i] * (1 - v) / others : (1 - v) / (k - 1);
        }
        // keep every other bar above the floor, taking the excess from the largest of them
        for (int i = 0; i < k; i++) {
            if (i != x && out[i] < MIN_P) {
                double need = MIN_P - out[i];
                out[i] = MIN_P;
                int big = -1;
                for (int j = 0; j < k; j++) {
                    if (j != x && j != i && (big < 0 || out[j] > out[big])) {
                        big = j;
                    }
                }
                if (big >= 0) {
                    out[big] -= need;
                }
            }
        }
        return normalise(out);
    }

    static double[] normalise(double[] v) {
        double t = Arrays.stream(v).sum();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / t;
        }
        return out;
    }

    /** Where the top of bar x is, in the editor's coordinates (for tests that drag it). */
    public double[] barTop(int x) {
        double[] g = geometry();
        double cx = g[0] + (x + 0.5) * g[2];
        return new double[] {cx, g[1] + g[3] * (1 - p[x])};
    }

    /** [left, top, bar slot width, plot height] */
    private double[] geometry() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        double top = 18, bottom = 18;
        return new double[] {6, top, (w - 12) / p.length, h - top - bottom};
    }

    private int barAt(double x) {
        double[] g = geometry();
        int i = (int) Math.floor((x - g[0]) / g[2]);
        return i >= 0 && i < p.length ? i : -1;
    }

    private void drag(double y, boolean released) {
        if (dragging < 0) {
            return;
        }
        double[] g = geometry();
        double v = 1 - (y - g[1]) / g[3];
        p = setBar(p, dragging, v);
        paint();
        listener.accept(p.clone(), released);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, getWidth()), h = Math.max(1, getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, h);
        double[] g = geometry();
        gc.setStroke(Color.gray(0.8));
        gc.strokeLine(g[0], g[1] + g[3], w - 6, g[1] + g[3]);
        gc.setFont(Font.font(11));
        gc.setTextAlign(TextAlignment.CENTER);
        for (int x = 0; x < p.length; x++) {
            double x0 = g[0] + x * g[2] + g[2] * 0.15, bw = g[2] * 0.7;
            double y = g[1] + g[3] * (1 - p[x]);
            java.awt.Color c = CategoryPalette.color(x);
            gc.setFill(Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), 0.75));
            gc.fillRect(x0, y, bw, g[1] + g[3] - y);
            gc.setStroke(Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            gc.setLineWidth(3);
            gc.strokeLine(x0, y, x0 + bw, y); // the handle
            gc.setLineWidth(1);
            gc.setFill(Color.gray(0.2));
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(String.format(Locale.UK, "%.2f", p[x]), x0 + bw / 2, y - 2);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText("x=" + x, x0 + bw / 2, g[1] + g[3] + 2);
        }
    }
}
