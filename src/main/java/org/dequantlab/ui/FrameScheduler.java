package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.dequantlab.train.Snapshot;

/**
 * The window's frame loop. Every pulse it shows a frame the painter finished, lets the attached
 * parts take their turn (timeline, files, sampling, readouts), and asks the {@link FramePainter} for
 * a new frame only when there is something new to show: a newer snapshot, a new canvas size, or a
 * redraw asked for (zoom, overlays). The painter's thread draws it and a later pulse shows it (latest
 * wins, never one {@code runLater} per step). The first frame is drawn on the FX thread, even before
 * the window is shown, so the window's first rendering already shows the run.
 */
final class FrameScheduler {
    /** Told about every pulse before anything is drawn, and when the first frame is drawn (fps report). */
    interface PulseListener {
        /** @return false to skip the rest of this pulse (the window is closing) */
        boolean beforePulse(long now);

        /** The first frame of a real snapshot was drawn: in a pulse, or before the window's first pulse. */
        default void firstFrameDrawn(boolean inPulse) {}
    }

    /** What to draw for a snapshot in a w×h frame (captured on the FX thread, drawn on the painter's). */
    interface FrameSource {
        Consumer<Graphics2D> drawing(Snapshot s, int w, int h);
    }

    private final ResizableCanvas canvas;
    private final FramePainter painter = new FramePainter();
    private final Supplier<Snapshot> current;
    private final FrameSource source;
    private final List<PulseListener> listeners = new ArrayList<>();
    private final List<LongConsumer> parts = new ArrayList<>();
    private final List<Consumer<Snapshot>> onShown = new ArrayList<>();
    private final AnimationTimer timer;
    private long drawnVersion = -1;
    private double drawnW, drawnH;
    private boolean anyFrameDrawn, startingDrawn, redraw;
    private Snapshot shown;

    /**
     * @param current which snapshot to draw now (live or replayed), null until the first one
     * @param source  how to draw it
     */
    FrameScheduler(ResizableCanvas canvas, Supplier<Snapshot> current, FrameSource source) {
        SharedGlyphLayoutPin.pin(); // the canvas draws text: see there
        this.canvas = canvas;
        this.current = current;
        this.source = source;
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
    }

    void addPulseListener(PulseListener l) {
        listeners.add(l);
    }

    /** A part that takes its turn every pulse, after the painter and before the frame is requested. */
    void addPart(LongConsumer part) {
        parts.add(part);
    }

    /** Called with each snapshot that becomes the one on screen (step counter, banner, play state). */
    void onShown(Consumer<Snapshot> l) {
        onShown.add(l);
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
        painter.close();
    }

    /** Asks for a new frame at the next pulse even if the snapshot did not change. */
    void requestRedraw() {
        redraw = true;
    }

    /** Frames drawn so far, on the painter's thread or the FX thread. */
    long framesDrawn() {
        return painter.framesDrawn();
    }

    /** The snapshot drawn last (live or replayed), or null. */
    Snapshot shown() {
        return shown;
    }

    /** Draws {@code s} now (FX thread); it stays until a newer snapshot or a resize. */
    void showNow(Snapshot s) {
        draw(s, canvas.getWidth(), canvas.getHeight(), true);
    }

    /**
     * Draws the first frame while the window is being shown (the caller has laid it out).
     *
     * @return whether a frame was drawn
     */
    boolean drawFirstFrame(Snapshot s) {
        if (s == null || anyFrameDrawn) {
            return false;
        }
        drawFrame(s, canvas.getWidth(), canvas.getHeight(), false);
        return anyFrameDrawn;
    }

    /**
     * Shows the painter's first frame when drawn, waiting at most {@code millis}; listeners hear that it
     * was drawn before the first pulse.
     */
    void showFirstFrame(long millis) {
        if (painter.showWhenDrawn(canvas.getGraphicsContext2D(), millis)) {
            listeners.forEach(l -> l.firstFrameDrawn(false));
        }
    }

    private void pulse(long now) {
        for (PulseListener l : listeners) {
            if (!l.beforePulse(now)) {
                return;
            }
        }
        if (painter.tick(canvas.getGraphicsContext2D())) {
            listeners.forEach(l -> l.firstFrameDrawn(true));
        }
        for (LongConsumer p : parts) {
            p.accept(now);
        }
        Snapshot s = current.get();
        double w = canvas.getWidth(), h = canvas.getHeight();
        boolean resized = w != drawnW || h != drawnH;
        if (s == null) {
            if (!startingDrawn || resized) {
                drawStarting(w, h);
            }
            return;
        }
        if (s.version() != drawnVersion || resized || redraw) {
            redraw = false;
            // the first frame is drawn at once (nothing else is on screen yet), later ones on the painter's thread
            boolean first = !anyFrameDrawn;
            drawFrame(s, w, h, first);
            if (first && anyFrameDrawn) {
                listeners.forEach(l -> l.firstFrameDrawn(true));
            }
        }
    }

    /** {@link #draw}s {@code s} and makes it the snapshot the window shows. */
    private void drawFrame(Snapshot s, double w, double h, boolean now) {
        if (w < 1 || h < 1) {
            return; // not laid out yet (the window is not shown): nothing is drawn
        }
        anyFrameDrawn = true;
        draw(s, w, h, now);
        drawnVersion = s.version();
        for (Consumer<Snapshot> l : onShown) {
            l.accept(s);
        }
    }

    /** Draws {@code s}: {@code now} on the FX thread, else on the painter's thread for a coming pulse. */
    private void draw(Snapshot s, double w, double h, boolean now) {
        drawnW = w;
        drawnH = h;
        if (w < 1 || h < 1) {
            return;
        }
        shown = s;
        int iw = (int) w, ih = (int) h;
        Consumer<Graphics2D> drawing = source.drawing(s, iw, ih);
        if (now) {
            painter.paintNow(canvas.getGraphicsContext2D(), iw, ih, drawing);
        } else {
            painter.request(iw, ih, drawing);
        }
    }

    private void drawStarting(double w, double h) {
        drawnW = w;
        drawnH = h;
        startingDrawn = true;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, h);
        gc.setFill(Color.gray(0.3));
        gc.setFont(Font.font(20));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("Starting… (loading the numerical library, then the first snapshot)", w / 2, h / 2);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }
}
