package org.dequantlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;

/** The DequantLab window: a thin Application that opens a {@link LabWindow}. */
public final class DequantLabApp extends Application {
    private LabWindow window;

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
        window.show(stage, true);
        if (options.open() != null && !window.files().open(options.open())) {
            System.err.println("dequantlab: could not open " + options.open() + " (see the window)");
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /**
     * Loads ND4J's native backend (1–3 s, stack.md §7) on a background thread while JavaFX starts,
     * so the trainer's first snapshot, whose density grid needs it, is not delayed by it.
     */
    static void warmUpNd4j() {
        Thread t = new Thread(() -> {
            try {
                org.nd4j.linalg.factory.Nd4j.scalar(0.0);
            } catch (Throwable e) {
                // the trainer reports the failure when it needs the grid
            }
        }, "nd4j-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Launches the window with the command-line arguments (e.g. {@code --open FILE}, {@code --fps-report N}). */
    public static void launchApp(String[] args) {
        try {
            LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dequantlab: " + e.getMessage());
            System.exit(2);
        }
        warmUpNd4j();
        Application.launch(DequantLabApp.class, args);
    }
}
