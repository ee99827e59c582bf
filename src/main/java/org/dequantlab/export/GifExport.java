package org.dequantlab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.dequantlab.io.AtomicFiles;
import org.dequantlab.render.Frame;
import org.dequantlab.render.SnapshotRenderer;

/**
 * Exports part of a recorded run as an animated GIF. For each frame the record nearest the frame's
 * step is rebuilt with density curves and drawn by {@link SnapshotRenderer} into an off-screen image
 * of the requested size (independent of any window), then compressed and appended with
 * {@link GifWriter}.
 *
 * <p>Frames are drawn and compressed on every core, each worker with its own renderer: a frame is
 * compressed on its own as soon as it and the frame before it (whose pixels its changed area is taken
 * against) are drawn, and the calling thread appends the compressed frames in order. The file is byte
 * for byte the one a single thread writes.
 * The calling thread (the window calls it from a background task) reports progress per frame and checks
 * a cancel flag (and thread interruption) before each frame. The file appears atomically, only when
 * complete.
 */
public final class GifExport {
    /** Makes one renderer per drawing thread (a renderer caches fonts and strokes: not thread-safe). */
    private final Supplier<SnapshotRenderer> renderers;

    public GifExport() {
        this(SnapshotRenderer::new);
    }

    public GifExport(Supplier<SnapshotRenderer> renderers) {
        this.renderers = renderers;
    }

    /** What an export wrote. */
    public record Result(Path file, int frames, long bytes, long millis) { }

    /**
     * Encodes the GIF into {@code out} (not closed), for a caller that owns the file (the command line's
     * output set, standard output).
     *
     * @throws ExportCancelledException if cancelled
     */
    public void writeTo(GifExportRequest request, OutputStream out, ExportProgress progress,
            BooleanSupplier cancelled) throws IOException {
        encodeAll(request, out, progress == null ? ExportProgress.NONE : progress,
                cancelled == null ? () -> false : cancelled);
    }

    /**
     * A size estimate made before encoding: a few sample frames (first, middle, last) are drawn and
     * encoded, and their mean size is extrapolated to all frames.
     *
     * @param bytes          estimated file size
     * @param millisPerFrame measured time to draw and encode one frame on this machine
     * @param samples        how many frames were encoded for the estimate
     */
    public record Estimate(long bytes, double millisPerFrame, int samples) {
        /** E.g. {@code "≈ 2.3 MB, about 9 s"}. */
        public String describe(int frames) {
            return "≈ " + humanBytes(bytes) + ", about " + Math.max(1, Math.round(millisPerFrame * frames / 1000))
                    + " s to encode";
        }
    }

    /**
     * Writes the GIF to {@code target}.
     *
     * @param overwrite whether an existing file may be replaced (the user confirmed, or {@code --force})
     * @param cancelled polled before each frame; when true the export stops and leaves no file
     * @throws ExportCancelledException if cancelled (nothing written, an existing target untouched)
     * @throws IOException              with a one-line reason if the file cannot be written
     */
    public Result export(GifExportRequest request, Path target, boolean overwrite, ExportProgress progress,
            BooleanSupplier cancelled) throws IOException {
        long t0 = System.nanoTime();
        ExportProgress listener = progress == null ? ExportProgress.NONE : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        try {
            AtomicFiles.write(target, overwrite, out -> encodeAll(request, out, listener, stop));
        } catch (ClosedByInterruptException e) {
            throw new ExportCancelledException();
        }
        long bytes = Files.size(target);
        return new Result(target, request.frames(), bytes, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Draws, encodes and measures a few sample frames; see {@link Estimate}. Later frames store only
     * what changed since the one before, so the samples are pairs of neighbours (at the start, middle and
     * end): the first frame's size plus (M − 1) times the mean size of a neighbour's difference.
     */
    public Estimate estimate(GifExportRequest request) throws IOException {
        int m = request.frames();
        int[] picks;
        int[] timed; // positions in picks whose size is a neighbour difference
        if (m <= 6) {
            picks = allFrames(m);
            timed = new int[m - 1];
            for (int i = 1; i < m; i++) {
                timed[i - 1] = i;
            }
        } else {
            picks = new int[] {0, 1, m / 2 - 1, m / 2, m - 2, m - 1};
            timed = new int[] {1, 3, 5};
        }
        CountingStream counter = new CountingStream();
        long[] bytesAfter = new long[picks.length + 1];
        long[] times = new long[picks.length + 1];
        times[0] = System.nanoTime();
        encode(request, counter, picks, (done, total) -> {
            bytesAfter[done] = counter.count;
            times[done] = System.nanoTime();
        }, () -> false);
        long first = bytesAfter[1];
        double diff = 0;
        double millis = Double.MAX_VALUE; // the first frame pays for start-up: take the fastest of the others
        for (int t : timed) {
            diff += bytesAfter[t + 1] - bytesAfter[t];
            millis = Math.min(millis, (times[t + 1] - times[t]) / 1e6);
        }
        if (timed.length == 0) {
            millis = (times[1] - times[0]) / 1e6;
        } else {
            diff /= timed.length;
        }
        long trailer = counter.count - bytesAfter[picks.length];
        return new Estimate(Math.round(first + diff * (m - 1) + trailer), millis, picks.length);
    }

    /** Counts bytes, keeps none. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Draws one frame of the request as it will appear in the GIF. */
    public BufferedImage frameImage(GifExportRequest request, int index) {
        HistoryFrames frames = new HistoryFrames(request.config(), request.records(), request.changes());
        long[] steps = HistoryFrames.plannedSteps(request.fromStep(), request.toStep(), request.frames());
        BufferedImage image = new BufferedImage(request.width(), request.height(), BufferedImage.TYPE_INT_RGB);
        draw(renderers.get(), image, frames.frameNear(steps[index]), request);
        return image;
    }

    /** Threads that draw and compress an export of {@code frames} frames: one per core. */
    public static int workers(int frames) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), frames));
    }

    /** Frames drawn or compressed ahead of the one being appended: keeps every worker busy, memory bounded. */
    static int framesInFlight(int workers) {
        return 4 * workers;
    }

    /** A drawing thread's own frame source, renderer and image (none of them is thread-safe). */
    private record Drawing(HistoryFrames frames, SnapshotRenderer renderer, BufferedImage image) { }

    /**
     * Draws and compresses all frames on {@link #workers} threads and appends them in order: frame i is drawn
     * as soon as a worker is free, compressed once it and frame i − 1 are drawn, and appended after frame
     * i − 1; at most {@link #framesInFlight} frames are ahead of the one being appended.
     */
    private void encodeAll(GifExportRequest request, OutputStream out, ExportProgress progress,
            BooleanSupplier cancelled) throws IOException {
        int m = request.frames();
        int threads = workers(m);
        long[] steps = HistoryFrames.plannedSteps(request.fromStep(), request.toStep(), m);
        int delay = GifWriter.delayFor(request.fps());
        int lastDelay = delay + (int) Math.round(request.holdLastSeconds() * 100);
        int w = request.width(), h = request.height();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger names = new AtomicInteger();
        ThreadLocal<Drawing> drawings = ThreadLocal.withInitial(() -> new Drawing(
                new HistoryFrames(request.config(), request.records(), request.changes()), renderers.get(),
                new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gif-export-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<CompletableFuture<int[]>> drawn = new ArrayList<>(m);
        List<CompletableFuture<byte[]>> encoded = new ArrayList<>(m);
        IntConsumer submit = i -> {
            CompletableFuture<int[]> pixels = CompletableFuture.supplyAsync(() -> {
                if (stop.get()) {
                    throw new ExportCancelledException();
                }
                Drawing d = drawings.get();
                draw(d.renderer(), d.image(), d.frames().frameNear(steps[i]), request);
                return GifWriter.pixels(d.image());
            }, pool);
            CompletableFuture<int[]> before = i == 0 ? CompletableFuture.completedFuture(null) : drawn.get(i - 1);
            drawn.add(pixels);
            encoded.add(pixels.thenCombineAsync(before, (now, previous) -> {
                try {
                    return GifWriter.encodeFrame(now, previous, w, h, i == m - 1 ? lastDelay : delay,
                            i == 0 && request.loop());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, pool));
        };
        try (GifWriter gif = new GifWriter(out, request.loop())) {
            for (int i = 0; i < Math.min(m, framesInFlight(threads)); i++) {
                submit.accept(i);
            }
            for (int i = 0; i < m; i++) {
                byte[] frame = await(encoded.get(i), cancelled);
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new ExportCancelledException();
                }
                gif.append(frame);
                encoded.set(i, null);
                if (i > 0) {
                    drawn.set(i - 1, null); // frame i was its last use
                }
                progress.framesWritten(i + 1, m);
                if (drawn.size() < m) {
                    submit.accept(drawn.size());
                }
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }

    /** Waits for a frame, checking the cancel flag and interruption while it is drawn and compressed. */
    private static byte[] await(CompletableFuture<byte[]> frame, BooleanSupplier cancelled) throws IOException {
        while (true) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new ExportCancelledException();
            }
            try {
                return frame.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still drawing
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExportCancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            }
        }
    }

    private void encode(GifExportRequest request, OutputStream out, int[] picks, ExportProgress progress,
            BooleanSupplier cancelled) throws IOException {
        HistoryFrames frames = new HistoryFrames(request.config(), request.records(), request.changes());
        long[] steps = HistoryFrames.plannedSteps(request.fromStep(), request.toStep(), request.frames());
        int delay = GifWriter.delayFor(request.fps());
        int lastDelay = delay + (int) Math.round(request.holdLastSeconds() * 100);
        BufferedImage image = new BufferedImage(request.width(), request.height(), BufferedImage.TYPE_INT_RGB);
        SnapshotRenderer renderer = renderers.get();
        try (GifWriter gif = new GifWriter(out, request.loop())) {
            for (int n = 0; n < picks.length; n++) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new ExportCancelledException();
                }
                int i = picks[n];
                draw(renderer, image, frames.frameNear(steps[i]), request);
                gif.write(image, i == request.frames() - 1 ? lastDelay : delay);
                progress.framesWritten(n + 1, picks.length);
            }
        }
    }

    private static void draw(SnapshotRenderer renderer, BufferedImage image, Frame frame, GifExportRequest request) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            renderer.draw(g, image.getWidth(), image.getHeight(), frame, request.options());
        } finally {
            g.dispose();
        }
    }

    private static int[] allFrames(int m) {
        int[] all = new int[m];
        for (int i = 0; i < m; i++) {
            all[i] = i;
        }
        return all;
    }

    /** E.g. {@code 812 kB}, {@code 2.4 MB} (decimal units, as file managers and upload limits use). */
    public static String humanBytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return Math.round(bytes / 1000.0) + " kB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
