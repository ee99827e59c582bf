package org.dequantlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The DequantLab window. STUB: being implemented on branch {@code ui}. */
public final class DequantLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("DequantLab");
        stage.show();
    }

    /** Launches the window with the command-line arguments (e.g. {@code --open FILE}, {@code --fps-report N}). */
    public static void launchApp(String[] args) {
        Application.launch(DequantLabApp.class, args);
    }
}
