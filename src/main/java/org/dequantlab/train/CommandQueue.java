package org.dequantlab.train;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A worker's command queue: any thread submits commands; the worker takes them all at once between
 * steps, sleeps while it has nothing to do, and wakes whoever waits for it to be idle.
 *
 * @param <T> what a command acts on (the worker's owner)
 */
final class CommandQueue<T> {
    /** What {@code nanosUntilWork} says when the worker has nothing to do until a command comes. */
    static final long IDLE = Long.MAX_VALUE;

    private final Object lock = new Object();
    private final ArrayDeque<Consumer<T>> commands = new ArrayDeque<>();
    private boolean closed;
    private boolean idle;

    /** Queues a command (ignored once closed). */
    void submit(Consumer<T> command) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            commands.add(command);
            idle = false;
            lock.notifyAll();
        }
    }

    /**
     * Worker side: waits until a command is queued or the worker has work.
     *
     * @param nanosUntilWork asked with the lock held: 0 (or less) to go on now, nanoseconds to sleep at
     *                       most, or {@link #IDLE}
     * @param onIdle         runs just before the worker goes idle
     * @return the queued commands, oldest first (maybe none), or null once the queue is closed
     */
    List<Consumer<T>> take(LongSupplier nanosUntilWork, Runnable onIdle) throws InterruptedException {
        synchronized (lock) {
            while (true) {
                if (closed) {
                    return null;
                }
                if (!commands.isEmpty()) {
                    break;
                }
                long wait = nanosUntilWork.getAsLong();
                if (wait <= 0) {
                    break;
                }
                if (wait != IDLE) {
                    TimeUnit.NANOSECONDS.timedWait(lock, wait);
                    continue;
                }
                idle = true;
                onIdle.run();
                lock.notifyAll();
                lock.wait();
            }
            idle = false;
            List<Consumer<T>> out = new ArrayList<>(commands);
            commands.clear();
            return out;
        }
    }

    /**
     * Waits until every command has been taken and the worker went idle, or the queue closed.
     *
     * @return false on time-out
     */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (lock) {
            while (!(idle && commands.isEmpty()) && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
        return true;
    }

    /** Refuses further commands and wakes the worker (which then stops) and every waiter. */
    void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    /** The worker stopped for good (an error it could not survive): waiters return at once. */
    void stopped() {
        synchronized (lock) {
            idle = true;
            closed = true;
            lock.notifyAll();
        }
    }
}
