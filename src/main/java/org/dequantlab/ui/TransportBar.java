package org.dequantlab.ui;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.Trainer;
import org.dequantlab.ui.session.LabSession;

/**
 * The transport bar: play / pause, one, ten or a hundred steps, reset, new seed, the speed, Help and
 * the side panel's switch; and the step counter with the measured rate (shown by the timeline). Every button asks the
 * {@link LabSession}; the play button follows the session's {@code playing} property.
 */
final class TransportBar {
    static final double DEFAULT_SPEED = 500;
    /** Speed slider positions per + / − key press. */
    private static final double SPEED_KEY_STEP = 10;

    private final LabSession session;
    private final ToggleButton play = new ToggleButton("▶ Play");
    private final Slider speed = new Slider(0, SpeedScale.MAX, SpeedScale.position(DEFAULT_SPEED));
    private final Label speedValue = new Label();
    private final Label stepLabel = new Label("Starting…");
    private final Label rateLabel = new Label("");
    private final ToggleButton panel = new ToggleButton("Panel ▸");
    private final FlowPane bar;
    private final javafx.scene.layout.HBox counters;

    TransportBar(LabSession session, Runnable toggleHelp) {
        this.session = session;
        Trainer trainer = session.trainer();
        trainer.setSpeed(SpeedScale.stepsPerSecond(speed.getValue()));
        play.setId("play");
        play.setOnAction(e -> {
            session.togglePlay();
            sync();
        });
        session.playingProperty().addListener((o, a, b) -> sync());
        Button step1 = Bars.button("Step 1", "step1", () -> session.step(1));
        Button step10 = Bars.button("Step 10", "step10", () -> session.step(10));
        Button step100 = Bars.button("Step 100", "step100", () -> session.step(100));
        Button reset = Bars.button("Reset", "reset", session::reset);
        Button newSeed = Bars.button("New seed", "newSeed", session::newSeed);
        Button help = Bars.button("Help (H)", "helpButton", toggleHelp);
        speed.setId("speed");
        speed.setPrefWidth(150);
        speed.setMinWidth(90);
        speed.valueProperty().addListener((o, a, b) -> {
            double sps = SpeedScale.stepsPerSecond(b.doubleValue());
            trainer.setSpeed(sps);
            speedValue.setText(SpeedScale.describe(sps));
        });
        speedValue.setText(SpeedScale.describe(SpeedScale.stepsPerSecond(speed.getValue())));
        speedValue.setMinWidth(90);
        speedValue.setPrefWidth(90);
        stepLabel.setId("stepLabel");
        stepLabel.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        stepLabel.setMinWidth(150); // fixed widths: a growing counter must not re-wrap the bar
        stepLabel.setPrefWidth(150);
        rateLabel.setId("rateLabel");
        rateLabel.setMinWidth(110);
        rateLabel.setPrefWidth(110);
        panel.setId("sidePanelToggle");
        bar = Bars.bar("transportBar",
                Bars.group(play, step1, step10, step100),
                Bars.group(reset, newSeed),
                Bars.group(new Label("speed"), speed, speedValue),
                Bars.group(help, panel));
        counters = Bars.group(stepLabel, rateLabel);
    }

    Node node() {
        return bar;
    }

    /** The step counter and the measured rate (the window puts them by the timeline). */
    Node counters() {
        return counters;
    }

    /** The side panel's switch (the window binds it to the panel). */
    ToggleButton panelToggle() {
        return panel;
    }

    Slider speed() {
        return speed;
    }

    void faster() {
        speed.setValue(Math.min(SpeedScale.MAX, speed.getValue() + SPEED_KEY_STEP));
    }

    void slower() {
        speed.setValue(Math.max(0, speed.getValue() - SPEED_KEY_STEP));
    }

    /** Flat out and playing (the fps report). */
    void flatOut() {
        speed.setValue(SpeedScale.MAX);
        session.trainer().setSpeed(Trainer.FLAT_OUT);
        session.play();
    }

    /** The step counter, when a new snapshot is shown. */
    void showStep(long step) {
        String text = SnapshotRenderer.stepText(step);
        if (!text.equals(stepLabel.getText())) {
            stepLabel.setText(text);
        }
    }

    void showRate(long stepsPerSecond) {
        rateLabel.setText(String.format(Locale.UK, "%,d steps/s", stepsPerSecond));
    }

    private void sync() {
        boolean on = session.playingProperty().get();
        if (play.isSelected() != on) {
            play.setSelected(on);
        }
        play.setText(on ? "❚❚ Pause" : "▶ Play");
    }
}
