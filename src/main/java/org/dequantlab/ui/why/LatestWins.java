package org.dequantlab.ui.why;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.dequantlab.train.BackgroundPriority;

/**
 * One background thread that computes results from requests, latest wins: while a computation runs,
 * newer requests replace each other and only the newest is computed next; the newest finished result
 * waits in {@link #poll} for the next frame. Requests and results cross threads as immutable values.
 *
 * @param <Q> request
 * @param <R> result
 */
final class LatestWins<Q, R> {
    /** A finished computation: its request, its result (null if it failed) and why it failed. */
    record Done<Q, R>(Q request, R result, String failure, long nanos) {}

    private final Function<Q, R> compute;
    private final AtomicReference<Done<Q, R>> done = new AtomicReference<>();
    private final Object lock = new Object();
    private final Thread thread;
    private Q pending;
    private boolean busy;
    private boolean closed;

    LatestWins(String name, Function<Q, R> compute) {
        this.compute = compute;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for {@code request} to be computed (replacing a request not yet started). */
    void submit(Q request) {
        synchronized (lock) {
            pending = request;
            lock.notifyAll();
        }
    }

    /** Whether a request is queued or being computed. */
    boolean busy() {
        synchronized (lock) {
            return busy || pending != null;
        }
    }

    /** The newest finished computation not taken yet, or null. */
    Done<Q, R> poll() {
        return done.getAndSet(null);
    }

    /** Stops the thread after its current computation. */
    void close() {
        synchronized (lock) {
            closed = true;
            pending = null;
            lock.notifyAll();
        }
    }

    private void loop() {
        BackgroundPriority.lowerCurrentThread();
        while (true) {
            Q q;
            synchronized (lock) {
                while (pending == null && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                q = pending;
                pending = null;
                busy = true;
            }
            long t0 = System.nanoTime();
            Done<Q, R> d;
            try {
                d = new Done<>(q, compute.apply(q), null, System.nanoTime() - t0);
            } catch (RuntimeException e) {
                d = new Done<>(q, null, e.getMessage() == null ? e.toString() : e.getMessage(), System.nanoTime() - t0);
            }
            done.set(d);
            synchronized (lock) {
                busy = false;
            }
        }
    }

    /** Whether {@code other} is still pending or running (for tests). */
    boolean alive() {
        return thread.isAlive();
    }
}
