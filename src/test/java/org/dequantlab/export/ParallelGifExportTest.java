package org.dequantlab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.History;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export draws and compresses frames on several threads and still writes what one thread would. */
class ParallelGifExportTest {
    static History history;
    static ExperimentConfig config;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        config = ExperimentConfig.defaults().withSteps(400);
        TrainingSession session = new TrainingSession(config);
        session.run(400);
        session.recordNow();
        history = session.history();
    }

    @Test
    void fileIsByteForByteTheOneFrameByFrameWriterMakes() throws Exception {
        GifExportRequest req = GifExportRequest.defaults(config, history.records(), history.changes())
                .withSize(200, 120).withFrames(14).withFps(10).withLoop(true, 1.0);
        Set<Thread> drawingThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger renderers = new AtomicInteger();
        GifExport export = new GifExport(() -> {
            drawingThreads.add(Thread.currentThread());
            renderers.incrementAndGet();
            return new SnapshotRenderer();
        });
        Path file = dir.resolve("parallel.gif");
        export.export(req, file, false, null, null);

        ByteArrayOutputStream sequential = new ByteArrayOutputStream();
        int delay = GifWriter.delayFor(req.fps());
        try (GifWriter gif = new GifWriter(sequential, true)) {
            for (int i = 0; i < req.frames(); i++) {
                gif.write(new GifExport().frameImage(req, i), i == req.frames() - 1 ? delay + 100 : delay);
            }
        }
        assertArrayEquals(sequential.toByteArray(), Files.readAllBytes(file), "same bytes as frame by frame");
        assertEquals(renderers.get(), drawingThreads.size(), "one renderer per drawing thread, never shared");
        assertTrue(drawingThreads.size() <= GifExport.workers(req.frames()), "at most one thread per core");
        assertTrue(drawingThreads.stream().allMatch(t -> t.getName().startsWith("gif-export-")), "the pool drew");
    }

    @Test
    void everyCoreDraws() {
        assertEquals(Math.min(Runtime.getRuntime().availableProcessors(), 120), GifExport.workers(120));
        assertEquals(1, GifExport.workers(1));
    }
}
