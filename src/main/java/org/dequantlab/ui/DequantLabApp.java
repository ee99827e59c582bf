package org.dequantlab.ui;

import java.io.IOException;
import javafx.application.Application;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.metrics.Nd4jBackend;
import org.dequantlab.train.Trainer;

/** The DequantLab window: a thin Application that opens a {@link LabWindow}. */
public final class DequantLabApp extends Application {
    /** The trainer {@link #launchApp} starts while the toolkit starts; the window takes it. */
    private static volatile Trainer earlyTrainer;
    /** The file given with {@code --open}, read and checked before the toolkit started. */
    private static volatile ExperimentFile.Experiment earlyExperiment;
    private LabWindow window;

    /**
     * Started directly (an IDE's "run"), this class still goes through {@link #launchApp}, which
     * loads ND4J before the toolkit starts.
     */
    public static void main(String[] args) {
        launchApp(args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw().toArray(new String[0]));
        } catch (IllegalArgumentException e) {
            System.err.println("dequantlab: " + e.getMessage());
            Trainer unused = takeEarlyTrainer();
            if (unused != null) {
                unused.close();
            }
            javafx.application.Platform.exit();
            return;
        }
        Trainer trainer = takeEarlyTrainer();
        ExperimentConfig initial = ExperimentConfig.defaults();
        if (trainer != null && !trainer.initialConfig().equals(initial)) {
            trainer.close();
            trainer = null;
        }
        window = trainer != null ? new LabWindow(initial, options, trainer) : new LabWindow(initial, options);
        window.show(stage, true);
        ExperimentFile.Experiment opened = earlyExperiment;
        earlyExperiment = null;
        if (options.open() != null) {
            boolean ok = opened != null ? window.files().open(options.open(), opened)
                    : window.files().open(options.open());
            if (!ok) {
                System.err.println("dequantlab: could not open " + options.open() + " (see the window)");
            }
        }
    }

    private static Trainer takeEarlyTrainer() {
        Trainer t = earlyTrainer;
        earlyTrainer = null;
        return t;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /**
     * Loads ND4J's native backend before JavaFX starts: its start-up cannot overlap the toolkit's (see
     * {@link Nd4jBackend}). A drawing warm-up thread used to run next to the window's start; with the
     * class preloader it no longer made the first frames measurably smoother and it cost about 0.2 s
     * of launch time on two cores (A/B, four runs each), so it is gone.
     */
    static void loadBackend() {
        try {
            Nd4jBackend.load();
        } catch (Throwable e) {
            // the trainer reports a missing backend in the window (banner), where the user sees it
        }
    }

    /**
     * Launches the window with the command-line arguments (e.g. {@code --open FILE}, {@code --fps-report N}).
     * Refused before any window work, with one line {@code dequantlab: REASON}: bad flags and a file to
     * open that {@code check} would refuse (exit 2), no display to open a window on (exit 1).
     */
    public static void launchApp(String[] args) {
        LaunchOptions options = null;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            exit(2, e.getMessage());
        }
        if (options.open() != null) {
            try {
                // read exactly as File → Open and 'check' read it, before the toolkit starts
                earlyExperiment = ExperimentFile.read(options.open());
            } catch (IOException e) {
                exit(2, e.getMessage());
            }
        }
        String noDisplay = WindowSupport.missingDisplay();
        if (noDisplay != null) {
            exit(1, noDisplay);
        }
        loadBackend();
        // the first snapshot (metrics, density grids) is computed while the toolkit starts, on the
        // trainer's own low-priority thread, so the window can show it in its first rendering
        earlyTrainer = new Trainer(ExperimentConfig.defaults());
        try {
            Application.launch(DequantLabApp.class, args);
        } catch (RuntimeException | Error e) {
            exit(1, "the window could not open: " + WindowSupport.reason(e));
        }
    }

    private static void exit(int code, String message) {
        System.err.println("dequantlab: " + message);
        System.exit(code);
    }
}
