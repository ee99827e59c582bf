package org.dequantlab.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A child JVM for {@link SharedGlyphLayoutRaceTest}: lays text out on the FX thread and on a second thread at the
 * same time, as the render thread does with a canvas's text while the FX thread lays out the window. Text with a
 * combining tilde, as in the window's p̃, takes JavaFX's Pango path. Without {@link SharedGlyphLayoutPin} the test
 * failed in 3 of 4 runs of 40,000 layouts (2 of 3 with 20,000), the JVM killed by glibc ("malloc(): unaligned tcache
 * chunk detected" and the like) or a {@code ConcurrentModificationException} thrown from
 * {@code PangoGlyphLayout.dispose}; with it, it passed every time.
 *
 * <p>Arguments: the layouts the second thread makes (the FX thread keeps laying out until it is done).
 */
final class GlyphLayoutRace {
    private GlyphLayoutRace() {}

    public static void main(String[] args) throws Exception {
        int layouts = Integer.parseInt(args[0]);
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
                new TextFlow(new Text("p\u0303(x) = " + n % 97 + ", \u03bb_KL\u00b7H(p\u0303)")).prefHeight(200);
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
