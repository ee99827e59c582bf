package org.dequantlab.ui.timeline;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.History;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;
import org.dequantlab.ui.ExplanationTooltips;

/**
 * The timeline under the plots: scrubs through the recorded history of the run ({@link History}),
 * plays it back at a chosen speed, and returns to following the trainer ("Live").
 *
 * <p>Live, the window draws {@link Trainer#latest()}. Scrubbing (mouse drag, ←/→ one record, Home/End
 * when the slider has focus) switches to replay: the chosen record is rebuilt by a
 * {@link ReplayBuilder} on its own thread and drawn instead. Only thread-safe reads of the trainer
 * are made here (history copies, initial configuration), so the run is never disturbed: it keeps
 * training, or stays exactly where it was, while you scrub. FX thread only.
 */
public final class Timeline implements AutoCloseable {
    /** Recorded records played back per second at 1×. */
    public static final double BASE_RECORDS_PER_SECOND = 30;
    static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4, 8};

    private final Trainer trainer;
    private final ReplayBuilder builder = new ReplayBuilder();
    private final Slider slider = new Slider(0, 1, 0);
    private final Button liveButton = new Button("● Live");
    private final ToggleButton playBack = new ToggleButton("▶ Replay");
    private final ComboBox<String> speed = new ComboBox<>();
    private final Label label = new Label();
    private final HBox node;

    private boolean live = true;
    private long shownStep;
    private boolean updating;
    private History history;
    private long historyVersion = -1;
    private double playAccumulator;
    private long lastPulse;

    public Timeline(Trainer trainer) {
        this.trainer = trainer;
        slider.setId("timeline");
        slider.setBlockIncrement(1);
        slider.setMinWidth(200);
        ExplanationTooltips.plainLater(slider,
                "Drag through the recorded run; ←/→ one record, Home/End the ends");
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                scrubTo(Math.round(b.doubleValue()));
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        liveButton.setId("timelineLive");
        ExplanationTooltips.plainLater(liveButton, "Follow the trainer again");
        liveButton.setOnAction(e -> goLive());
        playBack.setId("replayPlay");
        ExplanationTooltips.plainLater(playBack, "Play the recorded run back");
        playBack.setOnAction(e -> setPlaying(playBack.isSelected()));
        speed.setId("replaySpeed");
        for (double s : SPEEDS) {
            speed.getItems().add(speedText(s));
        }
        speed.setValue(speedText(1));
        ExplanationTooltips.plainLater(speed,
                "Replay speed (1× = " + (int) BASE_RECORDS_PER_SECOND + " records per second)");
        label.setId("timelineLabel");
        label.setMinWidth(230);
        node = new HBox(8, liveButton, playBack, speed, slider, label);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {liveButton, playBack, speed}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut to "…" in a narrow window
        }
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(4, 8, 4, 8));
        node.setId("timelineBar");
        showLiveLabel();
    }

    public Node node() {
        return node;
    }

    /** Whether the window follows the trainer. */
    public boolean isLive() {
        return live;
    }

    /** The step the timeline asks to show in replay (meaningless when live). */
    public long requestedStep() {
        return shownStep;
    }

    /** Whether a recorded run is being played back. */
    public boolean isPlaying() {
        return playBack.isSelected();
    }

    /** The builder (tests wait on it). */
    public ReplayBuilder builder() {
        return builder;
    }

    /** What to draw: the trainer's latest snapshot when live, else the last rebuilt record (or the live one until it is ready). */
    public Snapshot current(Snapshot liveSnapshot) {
        if (live) {
            return liveSnapshot;
        }
        Snapshot r = builder.result();
        return r != null ? r : liveSnapshot;
    }

    /** Back to following the trainer. */
    public void goLive() {
        setPlaying(false);
        if (!live) {
            live = true;
            builder.clear();
        }
        historyVersion = -1;
        showLiveLabel();
    }

    /** Shows the record at or just before {@code step} (switches to replay). */
    public void scrubTo(long step) {
        History h = trainer.history();
        HistoryRecord r = h.at(Math.max(0, step));
        if (r == null) {
            List<HistoryRecord> all = h.records();
            if (all.isEmpty()) {
                return;
            }
            r = all.get(0);
        }
        show(h, r);
    }

    /** Moves by {@code delta} records from the one shown (or from the end when live). */
    public void move(int delta) {
        History h = trainer.history();
        List<HistoryRecord> recs = h.records();
        if (recs.isEmpty()) {
            return;
        }
        int i = live ? recs.size() - 1 : indexOf(recs, shownStep);
        i = Math.max(0, Math.min(recs.size() - 1, i + delta));
        show(h, recs.get(i));
    }

    /** The first recorded step. */
    public void home() {
        move(Integer.MIN_VALUE / 2);
    }

    /** The last recorded step (still replay: it shows the record, not the trainer). */
    public void end() {
        move(Integer.MAX_VALUE / 2);
    }

    /**
     * Handles ←/→/Home/End while the slider has focus (the window's key filter asks first).
     *
     * @return whether the key was used
     */
    public boolean handleKey(KeyEvent e) {
        if (!slider.isFocused()) {
            return false;
        }
        KeyCode c = e.getCode();
        if (c == KeyCode.LEFT) {
            move(-1);
        } else if (c == KeyCode.RIGHT) {
            move(1);
        } else if (c == KeyCode.HOME) {
            home();
        } else if (c == KeyCode.END) {
            end();
        } else {
            return false;
        }
        e.consume();
        return true;
    }

    /** Starts or stops playing back the recorded run; starting at the end (or live) starts from the beginning. */
    public void setPlaying(boolean on) {
        if (playBack.isSelected() != on) {
            playBack.setSelected(on);
        }
        playBack.setText(on ? "❚❚ Replay" : "▶ Replay");
        if (!on) {
            return;
        }
        List<HistoryRecord> recs = trainer.history().records();
        if (recs.isEmpty()) {
            setPlaying(false);
            return;
        }
        if (live || indexOf(recs, shownStep) >= recs.size() - 1) {
            show(trainer.history(), recs.get(0));
        }
        playAccumulator = 0;
        lastPulse = 0;
    }

    /** Replay speed as a multiple of {@link #BASE_RECORDS_PER_SECOND}. */
    public double speedFactor() {
        String v = speed.getValue();
        try {
            return Double.parseDouble(v.replace("×", ""));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** Per animation pulse: follows the history when live, advances the playback. */
    public void pulse(long now) {
        History h = trainer.history();
        boolean runChanged = h != history;
        if (runChanged) {
            history = h;
            if (!live) {
                goLive();
            }
        }
        if (live) {
            if (h.version() != historyVersion) {
                historyVersion = h.version();
                List<HistoryRecord> recs = h.records();
                long last = recs.isEmpty() ? 0 : recs.get(recs.size() - 1).step();
                setSlider(last, last);
            }
            return;
        }
        if (h.version() != historyVersion) {
            historyVersion = h.version();
            List<HistoryRecord> recs = h.records();
            long last = recs.isEmpty() ? 0 : recs.get(recs.size() - 1).step();
            setSlider(last, shownStep);
        }
        if (isPlaying()) {
            if (lastPulse != 0) {
                playAccumulator += (now - lastPulse) * 1e-9 * BASE_RECORDS_PER_SECOND * speedFactor();
            }
            lastPulse = now;
            int whole = (int) Math.floor(playAccumulator);
            if (whole > 0) {
                playAccumulator -= whole;
                List<HistoryRecord> recs = h.records();
                int i = indexOf(recs, shownStep);
                if (i >= recs.size() - 1) {
                    setPlaying(false);
                } else {
                    move(Math.min(whole, recs.size() - 1 - i));
                }
            }
        }
        Snapshot r = builder.result();
        showReplayLabel(r == null ? shownStep : r.step(), h);
    }

    private void show(History h, HistoryRecord r) {
        boolean wasLive = live;
        live = false;
        shownStep = r.step();
        ExperimentConfig config = ConfigAtStep.at(trainer.initialConfig(), h.changes(), r.step());
        builder.request(config, r);
        List<HistoryRecord> recs = h.records();
        long last = recs.isEmpty() ? r.step() : recs.get(recs.size() - 1).step();
        setSlider(last, r.step());
        if (wasLive) {
            history = h;
        }
        showReplayLabel(shownStep, h);
    }

    private void setSlider(long max, long value) {
        updating = true;
        try {
            slider.setMax(Math.max(1, max));
            slider.setValue(value);
        } finally {
            updating = false;
        }
    }

    private void showLiveLabel() {
        label.setText("● LIVE: following the trainer");
        label.setStyle("-fx-text-fill: #2E7D32; -fx-font-weight: bold;");
        liveButton.setDisable(true);
    }

    private void showReplayLabel(long step, History h) {
        List<HistoryRecord> recs = h.records();
        long last = recs.isEmpty() ? 0 : recs.get(recs.size() - 1).step();
        String text = String.format(Locale.UK, "REPLAY %s of %,d", SnapshotRenderer.stepText(step), last);
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
        label.setStyle("-fx-text-fill: #E65100; -fx-font-weight: bold;");
        liveButton.setDisable(false);
    }

    /** Index of the record at or just before {@code step}. */
    static int indexOf(List<HistoryRecord> recs, long step) {
        int lo = 0, hi = recs.size() - 1, best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (recs.get(mid).step() <= step) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    static String speedText(double s) {
        return SnapshotRenderer.number(s) + "×";
    }

    @Override
    public void close() {
        builder.close();
    }
}
