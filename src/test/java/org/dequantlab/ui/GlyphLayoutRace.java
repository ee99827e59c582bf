package org.dequantlab.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A child JVM for {@link SharedGlyphLayoutRaceTest}: lays plain text out on a second thread, as the render thread
 * does with a canvas's text (the curves' axes, the distribution editor's labels), while the FX thread lays out the
 * window's paragraphs, whose p̃ (a combining tilde) takes JavaFX's Pango path. Without {@link SharedGlyphLayoutPin}
 * the test failed in 3 of 6 runs of 100,000 layouts and 2 of 5 of 40,000 (a {@code ConcurrentModificationException}
 * from {@code PangoGlyphLayout.dispose}; with p̃ on both threads glibc killed the JVM in 3 of 4 runs); with it, it
 * passed 10 of 10. Complex text (p̃) laid out on two threads at once can still crash inside Pango itself, pin or not
 * ({@code pango_font_describe}, 1 run in 7): the window lays such text out on the FX thread only.
 *
 * <p>Arguments: the layouts the second thread makes (the FX thread keeps laying out until it is done).
 */
final class GlyphLayoutRace {
    private GlyphLayoutRace() {}

    public static void main(String[] args) throws Exception {
        int layouts = Integer.parseInt(args[0]);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> { // a layout that threw ends the race at once
            e.printStackTrace();
            Runtime.getRuntime().halt(3);
        });
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch pinned = new CountDownLatch(1);
        Platform.runLater(() -> {
            System.out.println("pinned: " + SharedGlyphLayoutPin.pin()); // as the window does when it is built
            pinned.countDown();
        });
        pinned.await();
        Thread second = new Thread(() -> {
            for (int n = 0; n < layouts; n++) {
                new Text("x=" + n % 8 + "  0." + n % 97 + "  step " + n).getLayoutBounds(); // plain, as on a canvas
            }
        }, "second-layout-thread");
        second.start();
        long[] onFx = {0};
        while (second.isAlive()) {
            CountDownLatch batch = new CountDownLatch(1);
            Platform.runLater(() -> {
                for (int i = 0; i < 50; i++) {
                    new TextFlow(new Text("ELBO \u2212 log p(x) " + onFx[0]++ % 89 + ", p\u0303")).prefHeight(300);
                }
                batch.countDown();
            });
            batch.await();
        }
        System.out.println("laid out " + layouts + " texts on a second thread and " + onFx[0] + " on the FX thread");
        Platform.exit();
    }
}
