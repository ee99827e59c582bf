import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * The yardstick of scripts/launch-ratio.sh: a bare JavaFX window of DequantLab's size (1560×960 at most)
 * with one label. It prints "launch-to-first-frame: N ms" measured exactly as DequantLab's
 * --fps-report does: from JVM start (RuntimeMXBean) to the pulse that proves the first rendering is on
 * screen (each rendering pulse waits for the previous rendering; a 1-pixel heartbeat gives every pulse
 * something to render), then exits. Its own main class is a plain class, so JavaFX on the class path works.
 */
public final class BareWindow extends Application {
    private int pulses;

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Rectangle heartbeat = new Rectangle(1, 1);
        heartbeat.setManaged(false);
        heartbeat.setOpacity(0.01);
        StackPane root = new StackPane(new Label("A bare JavaFX window"), heartbeat);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight())));
        stage.setTitle("bare");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                heartbeat.setOpacity(heartbeat.getOpacity() == 0.01 ? 0.02 : 0.01);
                if (++pulses == 3) { // the first pulse renders the window; the third proves it is on screen
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("launch-to-first-frame: " + ms + " ms");
                    stop();
                    Platform.exit();
                }
            }
        }.start();
        stage.show();
    }

    /** The launcher's main class: not an Application, so JavaFX may sit on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            BareWindow.main(args);
        }
    }
}
