package org.dequantlab.ui;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Presentation mode for a projector: full screen, text and lines scaled by {@link #scalePercent()}
 * (the renderer through RenderOptions.scale, the JavaFX controls through the root's
 * {@code -fx-font-size}), and the controls (the toolbars on top, the side panel) floating over the
 * drawing, faded out after {@link #IDLE} without pointer movement and back on the next movement.
 * The step counter and the weighting stay visible because the renderer's header draws them.
 *
 * <p>The idle timer is injectable ({@link #setIdleTimer}) so tests fire it instead of waiting.
 */
public final class PresentationMode {
    /** How long the pointer must rest before the controls fade. */
    public static final Duration IDLE = Duration.millis(2500);
    public static final int MIN_PERCENT = 100;
    public static final int MAX_PERCENT = 250;
    /** The root font size of the controls at 100%. */
    private static final double BASE_FONT_PX = 13;
    /** The platform's own font size, used outside presentation mode. */
    private static final double NORMAL_FONT_PX = javafx.scene.text.Font.getDefault().getSize();

    /** Calls back once after the pointer rested; {@link #restart} starts the wait afresh. */
    public interface IdleTimer {
        void restart(Runnable onIdle);

        void stop();
    }

    /** The real timer: a PauseTransition of {@link #IDLE}. */
    public static IdleTimer fxTimer() {
        PauseTransition pause = new PauseTransition(IDLE);
        return new IdleTimer() {
            @Override
            public void restart(Runnable onIdle) {
                pause.setOnFinished(e -> onIdle.run());
                pause.playFromStart();
            }

            @Override
            public void stop() {
                pause.stop();
            }
        };
    }

    private final BorderPane root;
    private final Runnable redraw;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<Number> relayout = (o, a, b) -> placeControls();
    private final ChangeListener<Boolean> fullScreenLeft = (o, was, now) -> {
        if (!now && active.get()) {
            leave(); // Esc left full screen: leave presentation mode too
        }
    };
    private Stage stage;
    private IdleTimer idle = fxTimer();
    private int percent = 175;
    private boolean controlsShown = true;
    private Node top, side;
    private FadeTransition fadeTop, fadeSide;

    /**
     * @param root   the window's root: its top (toolbars) and right (side panel) float in this mode
     * @param redraw asks the window to redraw at the new scale
     */
    public PresentationMode(BorderPane root, Runnable redraw) {
        this.root = root;
        this.redraw = redraw;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
        stage.fullScreenProperty().addListener(fullScreenLeft);
    }

    /** The window closed: lets go of its stage (which may outlive it) and stops the idle timer. */
    public void detach() {
        idle.stop();
        if (stage != null) {
            stage.fullScreenProperty().removeListener(fullScreenLeft);
        }
    }

    /** Replaces the idle timer (tests use one they fire by hand). */
    public void setIdleTimer(IdleTimer timer) {
        idle.stop();
        idle = timer;
    }

    public boolean active() {
        return active.get();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The size setting, 100–250 (%). */
    public int scalePercent() {
        return percent;
    }

    /** Sets the size (clamped to 100–250 %); redraws at once when active. */
    public void setScalePercent(int p) {
        percent = Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, p));
        if (active.get()) {
            applyFont();
            placeControls();
            redraw.run();
        }
    }

    /** The renderer's scale: the setting when active, 1 otherwise. */
    public double renderScale() {
        return active.get() ? percent / 100.0 : 1.0;
    }

    /** Whether the controls are shown (false once faded after inactivity). */
    public boolean controlsShown() {
        return controlsShown;
    }

    public void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (active.get()) {
            return;
        }
        active.set(true);
        top = root.getTop();
        side = root.getRight();
        for (Node n : new Node[] {top, side}) {
            if (n != null) {
                n.setManaged(false); // the drawing takes the whole window; controls float over it
                n.setViewOrder(-1); // drawn (and picked) above the centre without reordering the BorderPane
            }
        }
        root.widthProperty().addListener(relayout);
        root.heightProperty().addListener(relayout);
        applyFont();
        if (stage != null) {
            stage.setFullScreenExitHint("Presentation mode: P or Esc leaves");
            stage.setFullScreen(true);
        }
        showControls();
        placeControls();
        redraw.run();
    }

    public void leave() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        idle.stop();
        root.widthProperty().removeListener(relayout);
        root.heightProperty().removeListener(relayout);
        stopFades();
        for (Node n : new Node[] {top, side}) {
            if (n != null) {
                n.setManaged(true);
                n.setViewOrder(0);
                n.setOpacity(1);
                n.setMouseTransparent(false);
                n.setVisible(true);
            }
        }
        controlsShown = true;
        // back to the normal size explicitly: with the style merely removed, the menu bar kept the large font
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", NORMAL_FONT_PX));
        if (root.getScene() != null) {
            root.getScene().setCursor(Cursor.DEFAULT);
        }
        if (stage != null) {
            stage.setFullScreenExitHint(null); // F must not say "Presentation mode: P or Esc leaves" later
            if (stage.isFullScreen()) {
                stage.setFullScreen(false);
            }
        }
        root.requestLayout();
        redraw.run();
    }

    /** The pointer moved: show the controls and start the idle wait again. */
    public void pointerMoved() {
        if (!active.get()) {
            return;
        }
        if (!controlsShown) {
            showControls();
        }
        idle.restart(this::idleElapsed);
    }

    /** The pointer rested for {@link #IDLE}: fade the controls out and hide the cursor. */
    public void idleElapsed() {
        if (!active.get() || !controlsShown) {
            return;
        }
        controlsShown = false;
        stopFades();
        fadeTop = fade(top, 0);
        fadeSide = fade(side, 0);
        if (root.getScene() != null) {
            root.getScene().setCursor(Cursor.NONE);
        }
    }

    private void showControls() {
        controlsShown = true;
        stopFades();
        for (Node n : new Node[] {top, side}) {
            if (n != null) {
                n.setVisible(true);
                n.setMouseTransparent(false);
            }
        }
        fadeTop = fade(top, 1);
        fadeSide = fade(side, 1);
        if (root.getScene() != null) {
            root.getScene().setCursor(Cursor.DEFAULT);
        }
        idle.restart(this::idleElapsed);
    }

    private FadeTransition fade(Node n, double to) {
        if (n == null) {
            return null;
        }
        n.setMouseTransparent(to == 0);
        FadeTransition f = new FadeTransition(Duration.millis(to == 0 ? 600 : 150), n);
        f.setToValue(to);
        f.play();
        return f;
    }

    private void stopFades() {
        if (fadeTop != null) {
            fadeTop.stop();
        }
        if (fadeSide != null) {
            fadeSide.stop();
        }
    }

    private void applyFont() {
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", controlsFontPx()));
    }

    /**
     * The controls' font size: grows with the square root of the setting (250% gives 1.6×), so the
     * toolbars stay on one line on a 1280-pixel projector while the drawing grows in full.
     */
    public double controlsFontPx() {
        return BASE_FONT_PX * Math.sqrt(percent / 100.0);
    }

    /** Lays the floating controls out by hand (unmanaged nodes are not laid out by the BorderPane). */
    private void placeControls() {
        double w = root.getWidth(), h = root.getHeight();
        root.applyCss();
        double topH = 0;
        if (top != null) {
            topH = top.prefHeight(w);
            top.resizeRelocate(0, 0, w, topH);
        }
        if (side != null) {
            double sw = Math.min(w * 0.4, Math.max(side.prefWidth(-1), 300));
            side.resizeRelocate(w - sw, topH, sw, Math.max(0, h - topH));
        }
    }
}
