package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's frame painter: frames drawn off the FX thread reach the canvas at a pulse, the latest
 * request wins, a direct paint is never covered by an older frame, and a failing drawing keeps the
 * previous frame up.
 */
@ExtendWith({ApplicationExtension.class, SettlingRobots.class})
class FramePainterTest {
    private static final int W = 120, H = 80;
    private static final long GUARD = 30;
    private Canvas canvas;
    private FramePainter painter;

    @Start
    void start(Stage stage) {
        canvas = new Canvas(W, H);
        painter = new FramePainter();
        stage.setScene(new Scene(new Pane(canvas), W, H));
        stage.show();
    }

    @AfterEach
    void close() {
        painter.close();
    }

    private static Consumer<Graphics2D> fill(java.awt.Color c) {
        return g -> {
            g.setColor(c);
            g.fillRect(0, 0, W, H);
        };
    }

    private Color centre(FxRobot robot) {
        Color[] out = new Color[1];
        Fx.run(() -> out[0] = canvas.snapshot(null, null).getPixelReader().getColor(W / 2, H / 2));
        return out[0];
    }

    private static void assertColour(java.awt.Color want, Color got) {
        assertEquals(want.getRed(), (int) Math.round(got.getRed() * 255), 1, "red of " + got);
        assertEquals(want.getGreen(), (int) Math.round(got.getGreen() * 255), 1, "green of " + got);
        assertEquals(want.getBlue(), (int) Math.round(got.getBlue() * 255), 1, "blue of " + got);
    }

    private boolean tick(FxRobot robot) {
        boolean[] shown = new boolean[1];
        Fx.run(() -> shown[0] = painter.tick(canvas.getGraphicsContext2D()));
        return shown[0];
    }

    private void awaitDrawn(long frames) throws Exception {
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> painter.framesDrawn() >= frames);
    }

    @Test
    void aRequestedFrameIsDrawnOffTheFxThreadAndShownAtTheNextPulse(FxRobot robot) throws Exception {
        String[] drawnOn = new String[1];
        Fx.run(() -> painter.request(W, H, g -> {
            drawnOn[0] = Thread.currentThread().getName();
            fill(java.awt.Color.RED).accept(g);
        }));
        awaitDrawn(1);
        assertEquals("frame-painter", drawnOn[0]);
        assertTrue(tick(robot), "the drawn frame goes up at the next pulse");
        assertColour(java.awt.Color.RED, centre(robot));
        assertFalse(tick(robot), "nothing new to show");
        assertColour(java.awt.Color.RED, centre(robot));
    }

    @Test
    void theLatestRequestWinsAndADirectPaintIsNotCoveredByAnOlderFrame(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        List<String> drawn = new CopyOnWriteArrayList<>();
        Fx.run(() -> painter.request(W, H, g -> {
            started.countDown();
            try {
                release.await(GUARD, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            drawn.add("A");
            fill(java.awt.Color.RED).accept(g);
        }));
        assertTrue(started.await(GUARD, TimeUnit.SECONDS));
        Fx.run(() -> {
            painter.request(W, H, g -> drawn.add("B"));
            painter.request(W, H, g -> {
                drawn.add("C");
                fill(java.awt.Color.GREEN).accept(g);
            });
        });
        release.countDown();
        awaitDrawn(2);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> tick(robot));
        assertEquals(List.of("A", "C"), drawn, "B was replaced before it started");
        assertColour(java.awt.Color.GREEN, centre(robot));

        // an older request that finishes while a direct paint waits never goes over it
        CountDownLatch redStarted = new CountDownLatch(1), redRelease = new CountDownLatch(1);
        Fx.run(() -> painter.request(W, H, g -> {
            redStarted.countDown();
            try {
                redRelease.await(GUARD, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fill(java.awt.Color.RED).accept(g);
        }));
        assertTrue(redStarted.await(GUARD, TimeUnit.SECONDS));
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(200); // usually lets paintNow start waiting for the red frame first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            redRelease.countDown();
        });
        releaser.start();
        Fx.run(() -> painter.paintNow(canvas.getGraphicsContext2D(), W, H, fill(java.awt.Color.YELLOW)));
        releaser.join();
        awaitDrawn(4); // A, C, red, yellow
        for (int i = 0; i < 5; i++) {
            assertFalse(tick(robot), "the red frame was overtaken by the direct paint");
        }
        assertColour(java.awt.Color.YELLOW, centre(robot));
    }

    @Test
    void aFailingDrawingKeepsThePreviousFrameAndThePainterGoesOn(FxRobot robot) throws Exception {
        Fx.run(() -> painter.paintNow(canvas.getGraphicsContext2D(), W, H, fill(java.awt.Color.BLUE)));
        CountDownLatch tried = new CountDownLatch(1);
        Fx.run(() -> painter.request(W, H, g -> {
            tried.countDown();
            throw new IllegalStateException("a drawing bug");
        }));
        assertTrue(tried.await(GUARD, TimeUnit.SECONDS));
        for (int i = 0; i < 5; i++) {
            assertFalse(tick(robot), "a failed frame is never shown");
        }
        assertColour(java.awt.Color.BLUE, centre(robot));
        long before = painter.framesDrawn();
        Fx.run(() -> painter.request(W, H, fill(java.awt.Color.GREEN)));
        awaitDrawn(before + 1);
        assertTrue(tick(robot));
        assertColour(java.awt.Color.GREEN, centre(robot));
    }

    @Test
    void shownSurfacesCoolDownBeforeReuseAndTheirNumberStaysBounded(FxRobot robot) throws Exception {
        for (int i = 0; i < 12; i++) {
            java.awt.Color c = new java.awt.Color(i * 20, 255 - i * 20, 100);
            Fx.run(() -> painter.request(W, H, fill(c)));
            awaitDrawn(i + 1);
            assertTrue(tick(robot));
            assertColour(c, centre(robot));
        }
        int n = painter.surfaceCount();
        assertTrue(n >= FramePainter.COOL_DOWN_PULSES, "a frame every pulse needs one surface per cool-down pulse: " + n);
        assertTrue(n <= FramePainter.COOL_DOWN_PULSES + 2, "surfaces are reused, not piled up: " + n);
    }

    @Test
    void showWhenDrawnWaitsForTheRequestedFrameAndShowsItBeforeAnyPulse(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Fx.run(() -> painter.request(W, H, g -> {
            started.countDown();
            try {
                Thread.sleep(150); // a slow first frame: the FX thread must wait for it, not skip it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fill(java.awt.Color.MAGENTA).accept(g);
        }));
        assertTrue(started.await(GUARD, TimeUnit.SECONDS));
        boolean[] shown = new boolean[1];
        Fx.run(() -> shown[0] = painter.showWhenDrawn(canvas.getGraphicsContext2D(), GUARD * 1000));
        assertTrue(shown[0]);
        assertColour(java.awt.Color.MAGENTA, centre(robot));
        assertFalse(tick(robot), "already shown");

        // a frame that is not drawn in time is left to a later pulse
        CountDownLatch release = new CountDownLatch(1);
        Fx.run(() -> painter.request(W, H, g -> {
            try {
                release.await(GUARD, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fill(java.awt.Color.CYAN).accept(g);
        }));
        Fx.run(() -> shown[0] = painter.showWhenDrawn(canvas.getGraphicsContext2D(), 50));
        assertFalse(shown[0], "gave up waiting");
        assertColour(java.awt.Color.MAGENTA, centre(robot));
        release.countDown();
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> tick(robot));
        assertColour(java.awt.Color.CYAN, centre(robot));
    }

    @Test
    void closingStopsThePaintersThread() {
        assertTrue(painter.alive());
        painter.close();
        assertFalse(painter.alive());
    }
}
