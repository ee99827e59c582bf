package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.LoggerFactory;

/**
 * Puts frames on the window's canvas: the renderer draws with Java2D into an image (as every export
 * does), on this painter's own thread, and the canvas receives that one image at the next pulse.
 *
 * <p>Why this shape (each measured under Xvfb with the software pipeline, 2 cores):
 * <ul>
 *   <li>Drawing the frame as hundreds of anti-aliased, translucent canvas paths cost the render
 *       thread 60–390 ms per frame; an image costs it one texture update.</li>
 *   <li>Drawing a frame with Java2D takes 10–20 ms, and 25–45 ms while the JIT is still compiling
 *       the renderer. On the FX thread that left too little of a 16.7 ms pulse; on this thread a slow
 *       frame only makes the picture one pulse older, while the window stays at 60 fps.</li>
 *   <li>The Java2D raster and the JavaFX image share one {@code int[]} through a
 *       {@link PixelBuffer} in {@code INT_ARGB_PRE}, the software pipeline's own texture format.
 *       Copying it with {@code setPixels} instead converted every pixel twice per frame.</li>
 * </ul>
 *
 * <p>Surfaces cycle FREE → drawn (painter thread) → READY → SHOWN (FX thread). A shown surface's pixels
 * may be read by the render thread until the pulse after next has waited for that rendering, so it
 * is drawn into again only {@value #COOL_DOWN_PULSES} pulses later: no torn frames. Requests and
 * {@link #tick} come from the FX thread; the latest request wins.
 */
final class FramePainter implements AutoCloseable {
    /** Pulses after a surface was shown before its pixels may be drawn into again. */
    static final int COOL_DOWN_PULSES = 3;

    private final Object lock = new Object();
    /** One frame is drawn at a time: the renderer keeps caches (fonts, strokes) and is not thread-safe. */
    private final ReentrantLock drawingLock = new ReentrantLock();
    private final List<Surface> surfaces = new ArrayList<>(); // guarded by lock
    private final Thread thread;
    private Job pending; // guarded by lock: the latest request not yet started
    private Surface ready; // guarded by lock: drawn, not yet shown
    private long pulses; // guarded by lock
    private long requested; // guarded by lock: sequence number of the latest request or direct paint
    private long shownSeq = -1; // guarded by lock
    private boolean drawing; // guarded by lock: the painter's thread is drawing a requested frame
    private boolean closed; // guarded by lock
    private volatile long framesDrawn;

    FramePainter() {
        this("frame-painter");
    }

    /** @param threadName the painter's thread name (for profilers and thread dumps) */
    FramePainter(String threadName) {
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Asks for a frame: {@code drawing} draws it into a {@code w}×{@code h} image on the painter's thread,
     * and a later {@link #tick} shows it. A request not yet started is replaced by a newer one.
     * {@code drawing} must only use what it captured (it runs off the FX thread).
     */
    void request(int w, int h, Consumer<Graphics2D> drawing) {
        if (w < 1 || h < 1) {
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            pending = new Job(++requested, w, h, drawing);
            lock.notifyAll();
        }
    }

    /**
     * FX thread, once at the start of every pulse: counts the pulse and shows the newest frame drawn
     * since the last one shown, if it still fits the canvas.
     *
     * @return whether a new frame was put on the canvas
     */
    boolean tick(GraphicsContext gc) {
        Surface s;
        synchronized (lock) {
            pulses++;
            s = ready;
            ready = null;
            if (s == null) {
                return false;
            }
            if (s.seq <= shownSeq || s.width != (int) gc.getCanvas().getWidth()
                    || s.height != (int) gc.getCanvas().getHeight()) {
                s.free(); // overtaken by a direct paint, or drawn for an old size
                lock.notifyAll();
                return false;
            }
            s.show(pulses);
            shownSeq = s.seq;
        }
        show(gc, s);
        return true;
    }

    /**
     * FX thread: waits, at most {@code timeoutMillis}, for the frames requested so far to be drawn and
     * shows the newest at once, without waiting for a pulse. For the window's first frame, which the
     * painter draws while the window itself is being created.
     *
     * @return whether a new frame was put on the canvas
     */
    boolean showWhenDrawn(GraphicsContext gc, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        Surface s;
        synchronized (lock) {
            while ((pending != null || drawing) && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            s = ready;
            if (s == null || s.seq <= shownSeq) {
                return false;
            }
            ready = null;
            s.show(pulses);
            shownSeq = s.seq;
        }
        show(gc, s);
        return true;
    }

    /**
     * FX thread: draws a frame now and shows it (an explicit redraw, the first frame); frames
     * requested earlier are not shown over it. Waits for a frame the painter is drawing, if any.
     */
    void paintNow(GraphicsContext gc, int w, int h, Consumer<Graphics2D> drawing) {
        if (w < 1 || h < 1) {
            return;
        }
        Surface s;
        synchronized (lock) {
            s = acquire(w, h);
            s.seq = ++requested;
            pending = null;
        }
        if (!draw(s, drawing)) {
            synchronized (lock) {
                s.free();
            }
            return;
        }
        synchronized (lock) {
            s.show(pulses);
            shownSeq = s.seq;
        }
        show(gc, s);
    }

    /** Frames drawn so far (on either thread). */
    long framesDrawn() {
        return framesDrawn;
    }

    /** Stops the painter's thread (a frame being drawn is finished first). Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending = null;
            lock.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many surfaces exist (for tests: bounded, and enough to respect the cool-down). */
    int surfaceCount() {
        synchronized (lock) {
            return surfaces.size();
        }
    }

    /** Whether the painter's thread is still alive (for tests). */
    boolean alive() {
        return thread.isAlive();
    }

    // ----------------------------------------------------------------- internals

    private static void show(GraphicsContext gc, Surface s) {
        // the pixels are drawn already: this only tells the image they changed
        s.pixels.updateBuffer(pb -> new Rectangle2D(0, 0, s.width, s.height));
        gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        gc.drawImage(s.image, 0, 0);
    }

    private void loop() {
        while (true) {
            Job job;
            Surface s;
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
                job = pending;
                pending = null;
                drawing = true;
                s = acquire(job.width, job.height);
                s.seq = job.seq;
            }
            boolean drawn = draw(s, job.drawing);
            synchronized (lock) {
                drawing = false;
                lock.notifyAll();
                if (!drawn || s.seq <= shownSeq) {
                    s.free();
                } else {
                    if (ready != null) {
                        ready.free(); // never shown: a newer frame replaces it
                    }
                    ready = s;
                }
            }
        }
    }

    /** Draws into {@code s}; false if the drawing failed (logged; the previous frame stays up). */
    private boolean draw(Surface s, Consumer<Graphics2D> drawing) {
        drawingLock.lock();
        try {
            Graphics2D g = s.raster.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                drawing.accept(g);
            } finally {
                g.dispose();
            }
            framesDrawn++;
            return true;
        } catch (RuntimeException e) {
            // looked up here, not in a static field, which would start logging (~50 ms) before the first frame
            LoggerFactory.getLogger(FramePainter.class)
                    .warn("could not draw a frame; the previous one stays on screen", e);
            return false;
        } finally {
            drawingLock.unlock();
        }
    }

    /**
     * A surface of the given size that nobody reads or draws: a free one, one shown long enough ago,
     * or a new one. Surfaces of another size are dropped once free. Under {@link #lock}.
     */
    private Surface acquire(int w, int h) {
        Surface found = null;
        for (var it = surfaces.iterator(); it.hasNext(); ) {
            Surface s = it.next();
            if (!s.reusable(pulses)) {
                continue;
            }
            if (s.width != w || s.height != h) {
                it.remove();
            } else if (found == null) {
                found = s;
            }
        }
        if (found == null) {
            found = new Surface(w, h);
            surfaces.add(found);
        }
        found.busy = true;
        found.shownAt = -1;
        return found;
    }

    private record Job(long seq, int width, int height, Consumer<Graphics2D> drawing) {}

    /** One Java2D raster and the JavaFX image that shows the same pixels. */
    private static final class Surface {
        final int width, height;
        final BufferedImage raster;
        final PixelBuffer<IntBuffer> pixels;
        final WritableImage image;
        long seq;
        boolean busy; // being drawn, or drawn and waiting to be shown
        long shownAt = -1; // pulse it was shown at, -1 if never or free again

        Surface(int width, int height) {
            this.width = width;
            this.height = height;
            this.raster = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] data = ((DataBufferInt) raster.getRaster().getDataBuffer()).getData();
            this.pixels = new PixelBuffer<>(width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
            this.image = new WritableImage(pixels);
        }

        void free() {
            busy = false;
            shownAt = -1;
        }

        void show(long pulse) {
            busy = false;
            shownAt = pulse;
        }

        boolean reusable(long pulse) {
            return !busy && (shownAt < 0 || pulse >= shownAt + COOL_DOWN_PULSES);
        }
    }
}
