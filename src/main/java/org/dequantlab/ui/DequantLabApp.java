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

    /** Launches the window with the command-line arguments (e.g. {@code --open FILE}, {@code --fps-report N}). */
    public static void launchApp(String[] args) {
        try {
            LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dequantlab: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(DequantLabApp.class, args);
    }
}
