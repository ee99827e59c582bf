package org.dequantlab.ui;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.ui.session.LabSession;

/**
 * The guided tour's small non-modal panel (Next / Back / Close). It loads the {@code blog} preset,
 * runs the trainer flat out to each stop's step (resetting first when going back), waits for that
 * snapshot, then shows what to watch for and asks the window to highlight the element.
 */
public final class TourPanel extends VBox {
    private final LabSession session;
    private final Consumer<GuidedTour.Stop> focus;
    private final Runnable onClose;
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Paragraph text = new Paragraph();
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final AnimationTimer waiter;
    private ExperimentConfig blog;
    private volatile int index = -1;
    private volatile long target = -1;
    private double savedSpeed = Double.NaN;

    public TourPanel(LabSession session, Consumer<GuidedTour.Stop> focus, Runnable onClose) {
        this.session = session;
        this.focus = focus;
        this.onClose = onClose;
        setId("tourPanel");
        setSpacing(6);
        setPadding(new Insets(12));
        setMaxSize(460, USE_PREF_SIZE);
        setPrefWidth(460);
        setStyle("-fx-background-color: rgba(255,255,255,0.95); -fx-background-radius: 6; -fx-border-color: #FFA000;"
                + " -fx-border-width: 2; -fx-border-radius: 6;");
        counter.setStyle("-fx-text-fill: #666;");
        counter.setId("tourCounter");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.2em;");
        title.setWrapText(true);
        title.setId("tourTitle");
        title.setMinHeight(USE_PREF_SIZE); // a wrapped label in a VBox otherwise overlaps its own lines
        text.setId("tourText");
        back.setId("tourBack");
        next.setId("tourNext");
        Button close = new Button("Close");
        close.setId("tourClose");
        back.setOnAction(e -> go(index - 1));
        next.setOnAction(e -> go(index + 1));
        close.setOnAction(e -> close());
        HBox buttons = new HBox(8, back, next, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(counter, title, text, buttons);
        double[] grab = new double[2]; // the panel can be dragged out of the way
        setOnMousePressed(e -> {
            grab[0] = e.getSceneX() - getTranslateX();
            grab[1] = e.getSceneY() - getTranslateY();
        });
        setOnMouseDragged(e -> {
            setTranslateX(e.getSceneX() - grab[0]);
            setTranslateY(e.getSceneY() - grab[1]);
        });
        waiter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                poll();
            }
        };
        setVisible(false);
    }

    /** Starts the tour (asks first: it replaces the current run by the blog preset). */
    public boolean start() {
        blog = Presets.byName(GuidedTour.PRESET).config();
        if (!session.startNewRun(blog,
                "Start the guided tour? It loads the 'blog' preset; the current run is discarded.")) {
            return false;
        }
        Trainer t = session.trainer();
        savedSpeed = t.speed();
        setVisible(true);
        index = -1;
        go(0);
        return true;
    }

    /** Which stop is shown (−1 when closed). */
    public int index() {
        return index;
    }

    /** Whether the panel waits for the trainer to reach the stop's step. */
    public boolean waiting() {
        return target >= 0;
    }

    public void go(int i) {
        if (i < 0 || i >= GuidedTour.STOPS.size()) {
            return;
        }
        GuidedTour.Stop stop = GuidedTour.STOPS.get(i);
        Trainer t = session.trainer();
        Snapshot s = t.latest();
        long from = s == null || !s.config().sameRunAs(blog) || i < index ? 0 : s.step();
        if (from > stop.step() || i < index) {
            t.reset();
            from = 0;
        }
        index = i;
        t.setSpeed(Trainer.FLAT_OUT);
        if (stop.step() > from) {
            t.step(stop.step() - from);
        }
        target = stop.step();
        counter.setText("Stop " + (i + 1) + " of " + GuidedTour.STOPS.size());
        title.setText(stop.title());
        text.setText("Training to step " + String.format(java.util.Locale.UK, "%,d", stop.step()) + "…");
        back.setDisable(true);
        next.setDisable(true);
        focus.accept(null);
        waiter.start();
    }

    private void poll() {
        Snapshot s = session.trainer().latest();
        if (target < 0 || s == null || s.step() != target || !s.config().sameRunAs(blog)
                || s.status() == TrainerStatus.RUNNING) {
            return;
        }
        waiter.stop();
        restoreSpeed();
        GuidedTour.Stop stop = GuidedTour.STOPS.get(index);
        text.setText(stop.text());
        back.setDisable(index == 0);
        next.setDisable(index == GuidedTour.STOPS.size() - 1);
        focus.accept(stop);
        target = -1; // last: readers of waiting() then see the stop complete
    }

    private void restoreSpeed() {
        if (!Double.isNaN(savedSpeed)) {
            session.trainer().setSpeed(savedSpeed);
        }
    }

    /** The window closed: stops waiting for the trainer (a running timer would keep the window). */
    void dispose() {
        waiter.stop();
    }

    public void close() {
        waiter.stop();
        if (target >= 0) {
            session.trainer().pause();
        }
        target = -1;
        restoreSpeed();
        index = -1;
        setVisible(false);
        focus.accept(null);
        onClose.run();
    }
}
