package org.dequantlab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs test actions on the FX thread and waits until the window has caught up, by events rather than by
 * sleeps. TestFX's {@code FxRobot.interact} and {@code waitForFxEvents} sleep five times 10 ms after every
 * action whatever happens; {@link #settle()} waits for what the FX thread has queued, for one pulse (CSS
 * and layout of every showing window) and for what that pulse queued. Used by the window tests instead of
 * {@code interact}; the robot's own clicks, moves and typing still go through TestFX.
 */
public final class Fx {
    private static final long GUARD_SECONDS = 60;
    /** A pulse is requested and normally comes within a frame; this only bounds a wait nobody needs. */
    private static final long PULSE_WAIT_MS = 1_000;

    private Fx() {}

    /** Runs {@code action} on the FX thread, rethrows what it threw, then {@link #settle()}s. */
    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Computes {@code action} on the FX thread, rethrows what it threw, then {@link #settle()}s. */
    public static <T> T call(Callable<T> action) {
        T result = onFx(action);
        settle(); // returns at once on the FX thread
        return result;
    }

    /**
     * Returns when the FX thread has handled everything queued before this call, one pulse has laid out
     * every showing window, and what that pulse queued has been handled too.
     */
    public static void settle() {
        if (Platform.isFxApplicationThread()) {
            return;
        }
        barrier();
        CountDownLatch pulsed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene scene = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (scene == null) {
                pulsed.countDown(); // nothing shown: no pulse to wait for
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                pulsed.countDown(); // removed later: the scene is iterating over its listeners now
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        try {
            pulsed.await(PULSE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        barrier();
    }

    /**
     * Whether every selector matches a node in a showing window, looked up on the FX thread: a lookup from
     * the test thread walks child lists the FX thread may be rebuilding at that moment (the metrics table
     * after a change of K), and fails with an index out of bounds.
     */
    public static boolean has(FxRobot robot, String... selectors) {
        return call(() -> java.util.Arrays.stream(selectors).allMatch(s -> robot.lookup(s).tryQuery().isPresent()));
    }

    /**
     * The node {@code query} finds in a showing window, looked up on the FX thread (see {@link #has}): TestFX's
     * {@code robot.lookup(query).query()} walks the windows' child lists on the calling thread.
     */
    public static <T extends Node> T lookup(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).query());
    }

    /** {@link #lookup(FxRobot, String)} as a {@code type}, as TestFX's {@code queryAs} gives it. */
    public static <T extends Node> T lookup(FxRobot robot, String query, Class<T> type) {
        return onFx(() -> robot.lookup(query).queryAs(type));
    }

    /** Computes {@code action} on the FX thread without waiting for a pulse after it. */
    private static <T> T onFx(Callable<T> action) {
        if (Platform.isFxApplicationThread()) {
            try {
                return action.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.waitFor(GUARD_SECONDS, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + GUARD_SECONDS + " s", e);
        }
    }

    /** Waits until the FX thread has run everything queued before this call. */
    private static void barrier() {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(done::countDown);
        try {
            if (!done.await(GUARD_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the FX thread did not answer within " + GUARD_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Fails if the FX thread threw: the message lists them all, and the report carries each one's stack trace
     * (the first as the cause, the others suppressed), so a rare failure can be read from one run's report.
     */
    public static void assertNoErrors(java.util.List<Throwable> fxErrors) {
        java.util.List<Throwable> seen = java.util.List.copyOf(fxErrors);
        if (!seen.isEmpty()) {
            AssertionError e = new AssertionError("no exceptions on the FX thread: " + seen, seen.get(0));
            seen.subList(1, seen.size()).forEach(e::addSuppressed);
            throw e;
        }
    }
}
