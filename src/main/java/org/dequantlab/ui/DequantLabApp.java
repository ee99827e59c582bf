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
                warmUpDrawing();
            } catch (Throwable e) {
                // only a warm-up: the trainer reports any real failure when it needs the grid
            }
        }, "warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Draws a typical frame a few dozen times into an off-screen image, so the JIT has compiled the
     * drawing (Java2D's Marlin rasteriser is Java code) before the first frames: cold, a frame took
     * 30–85 ms and the first seconds of training missed the 50 ms frame budget.
     */
    private static void warmUpDrawing() {
        org.dequantlab.train.TrainingSession session = new org.dequantlab.train.TrainingSession(
                ExperimentConfig.defaults());
        session.run(20);
        org.dequantlab.train.Snapshot snapshot = session.snapshot(true,
                org.dequantlab.train.TrainerStatus.RUNNING, null, 0);
        org.dequantlab.render.RenderOptions options = new org.dequantlab.render.RenderOptions(
                snapshot.config().methods(), false, false, 1.0, true, 0.6);
        org.dequantlab.render.Frame frame = new org.dequantlab.render.Frame(snapshot, java.util.List.of(),
                java.util.List.of());
        org.dequantlab.render.SnapshotRenderer renderer = new org.dequantlab.render.SnapshotRenderer();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1200, 560,
                java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        for (int i = 0; i < 40; i++) {
            java.awt.Graphics2D g = image.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            renderer.draw(g, 1200, 560, frame, options);
            g.dispose();
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
        warmUpNd4j();
        Application.launch(DequantLabApp.class, args);
    }
}
