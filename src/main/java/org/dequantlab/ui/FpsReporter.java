package org.dequantlab.ui;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;

/**
 * {@code --fps-report}, attached to a window's {@link FrameScheduler}: waits for the first frame to be
 * on screen, lets the window settle ({@link FpsReport#SETTLE_SECONDS}), then trains every method flat out,
 * records every pulse for the measuring time, prints the {@link FpsReport} and closes the window.
 */
final class FpsReporter implements FrameScheduler.PulseListener {
    private final FpsReport report;
    private final Trainer trainer;
    private final Pane root;
    private final Runnable flatOut;
    private final Runnable finish;
    private final Rectangle heartbeat = new Rectangle(1, 1);
    private long startStep;

    /**
     * @param flatOut starts training flat out (the window's speed control follows)
     * @param finish  closes the window once the report is printed
     */
    FpsReporter(double seconds, Trainer trainer, Pane root, Runnable flatOut, Runnable finish) {
        this.report = new FpsReport(seconds, FpsReport.SETTLE_SECONDS);
        this.trainer = trainer;
        this.root = root;
        this.flatOut = flatOut;
        this.finish = finish;
    }

    @Override
    public boolean beforePulse(long now) {
        FpsReport.Phase phase = report.pulse(now);
        switch (phase) {
            case DONE -> {
                Snapshot s = trainer.latest();
                report.print(System.out, s == null ? 0 : s.step() - startStep);
                finish.run();
                return false;
            }
            case WAITING -> beat();
            case SETTLING -> heartbeat.setVisible(false);
            case STARTED -> {
                heartbeat.setVisible(false);
                Snapshot s = trainer.latest();
                startStep = s == null ? 0 : s.step();
                // keep training for the whole measurement (the default run stops at 10,000 steps)
                trainer.applyHot(trainer.latestConfig().withSteps(ExperimentConfig.MAX_STEPS));
                flatOut.run();
            }
            default -> { }
        }
        return true;
    }

    /** The window's last parts are built ({@link LaterParts}): in this pulse, or before the first one. */
    void windowCompleted() {
        report.windowCompleted();
    }

    @Override
    public void firstFrameDrawn(boolean inPulse) {
        report.firstFrameDrawn(inPulse);
    }

    /**
     * Until the first frame is proven on screen: changes one all but transparent pixel each pulse. A
     * pulse with nothing to render does not wait for the previous rendering, and the report's proof
     * (the pulse after next) needs every pulse to wait.
     */
    private void beat() {
        if (heartbeat.getParent() == null) {
            heartbeat.setManaged(false);
            heartbeat.setMouseTransparent(true);
            root.getChildren().add(heartbeat);
        }
        heartbeat.setOpacity(heartbeat.getOpacity() == 0.01 ? 0.02 : 0.01);
    }
}
