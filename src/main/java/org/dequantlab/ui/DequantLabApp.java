package org.dequantlab.ui;

import java.io.IOException;
import javafx.application.Application;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.metrics.Nd4jBackend;

/** The DequantLab window: a thin Application that opens a {@link LabWindow}. */
public final class DequantLabApp extends Application {
    /** The file given with {@code --open}, read and checked before the toolkit started. */
    private static volatile ExperimentFile.Experiment earlyExperiment;
    private LabWindow window;

    /**
     * Started directly (an IDE's "run"), this class still goes through {@link #launchApp}, which
     * defers ND4J until the first frame is on screen.
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
            javafx.application.Platform.exit();
            return;
        }
        window = new LabWindow(ExperimentConfig.defaults(), options);
        window.launch(stage);
        BackendLoader.afterFirstFrame();
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

    @Override
    public void stop() {
        Nd4jBackend.stopDeferring();
        if (window != null) {
            window.close();
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
        // ND4J (about a second) loads once the window's first frame is on screen (BackendLoader); until
        // then the trainer waits for it, and the window shows its layout with a 'Starting…' canvas
        Nd4jBackend.defer(javafx.application.Platform::isFxApplicationThread);
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
