package org.dequantlab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.Methods;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.History;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GifExportTest {
    static History history;
    static ExperimentConfig config;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        config = ExperimentConfig.defaults().withSteps(300);
        TrainingSession session = new TrainingSession(config);
        session.run(300);
        session.recordNow();
        history = session.history();
    }

    /** A small, fast request over the whole run. */
    static GifExportRequest small(int frames) {
        return GifExportRequest.defaults(config, history.records(), history.changes()).withSize(160, 90)
                .withFrames(frames).withFps(10).withLoop(true, 1.5);
    }

    @Test
    void exportHasFramesSizeDelaysHoldAndLoop() throws Exception {
        Path file = dir.resolve("run.gif");
        AtomicInteger calls = new AtomicInteger();
        GifExport.Result r = new GifExport().export(small(6), file, false, (done, total) -> {
            assertEquals(calls.incrementAndGet(), done);
            assertEquals(6, total);
        }, () -> false);
        assertEquals(6, calls.get());
        assertEquals(Files.size(file), r.bytes());
        GifInspector g = new GifInspector(file);
        assertEquals(6, g.frames);
        for (var img : g.images) {
            assertEquals(160, img.getWidth());
            assertEquals(90, img.getHeight());
        }
        assertEquals(List.of(10, 10, 10, 10, 10, 160), g.delays, "10 fps = 10 cs; last frame held 1.5 s more");
        assertEquals(0, g.loopCount);
        assertNoTempFiles();
    }

    @Test
    void framesFollowTheRequestedSteps() {
        assertArrayEquals(new long[] {0, 75, 150, 225, 300}, HistoryFrames.plannedSteps(0, 300, 5));
        assertArrayEquals(new long[] {300}, HistoryFrames.plannedSteps(0, 300, 1));
        HistoryFrames frames = new HistoryFrames(config, history.records(), history.changes());
        assertEquals(300, frames.nearest(300).step(), "recordNow() recorded the final state");
        assertEquals(299, frames.nearest(299).step());
        assertEquals(120, frames.frameNear(120).snapshot().step());
        assertTrue(frames.frameNear(120).history().stream().allMatch(r -> r.step() <= 120),
                "a frame's curves show only the history up to its step");
    }

    @Test
    void estimateIsCloseToTheRealSize() throws Exception {
        GifExportRequest req = small(12);
        GifExport.Estimate e = new GifExport().estimate(req);
        Path file = dir.resolve("est.gif");
        long real = new GifExport().export(req, file, false, null, null).bytes();
        assertTrue(e.bytes() > real / 2 && e.bytes() < real * 2, "estimate " + e.bytes() + " vs real " + real);
        assertTrue(e.millisPerFrame() > 0);
    }

    @Test
    void cancelledExportLeavesNoFileAndKeepsAnExistingOne() throws Exception {
        Path fresh = dir.resolve("fresh.gif");
        AtomicInteger written = new AtomicInteger();
        assertThrows(ExportCancelledException.class, () -> new GifExport().export(small(8), fresh, false,
                (done, total) -> written.set(done), () -> written.get() >= 3));
        assertEquals(3, written.get(), "stopped at the first check after the flag was set");
        assertFalse(Files.exists(fresh));

        Path existing = dir.resolve("existing.gif");
        Files.writeString(existing, "old content");
        assertThrows(ExportCancelledException.class, () -> new GifExport().export(small(8), existing, true,
                null, () -> true));
        assertEquals("old content", Files.readString(existing));
        assertNoTempFiles();
    }

    @Test
    void overwriteIsRefusedWithoutConsent() throws Exception {
        Path existing = dir.resolve("existing.gif");
        Files.writeString(existing, "old content");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> new GifExport().export(small(2), existing, false, null, null));
        assertTrue(e.getMessage().contains("file exists"), e.getMessage());
        assertEquals("old content", Files.readString(existing));
        new GifExport().export(small(2), existing, true, null, null);
        assertEquals(2, new GifInspector(existing).frames, "replaced with consent");
        assertNoTempFiles();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 15, 4097, 100000})
    void badSizesAreRefusedNamingTheField(int bad) {
        ExportSettingException w = assertThrows(ExportSettingException.class, () -> small(2).withSize(bad, 90));
        assertEquals("width", w.field());
        assertTrue(w.getMessage().startsWith("width: must be an integer from 16 to 4096"), w.getMessage());
        ExportSettingException h = assertThrows(ExportSettingException.class, () -> small(2).withSize(160, bad));
        assertEquals("height", h.field());
    }

    @Test
    void badSizeTextIsRefused() {
        assertArrayEquals(new int[] {800, 450}, GifExportRequest.parseSize("800x450"));
        assertEquals("size", assertThrows(ExportSettingException.class, () -> GifExportRequest.parseSize("800")).field());
        assertEquals("width", assertThrows(ExportSettingException.class, () -> GifExportRequest.parseSize("ax5")).field());
        assertEquals("height", assertThrows(ExportSettingException.class,
                () -> GifExportRequest.parseSize("800x100000")).field());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51, 1000})
    void badFpsIsRefused(int fps) {
        ExportSettingException e = assertThrows(ExportSettingException.class, () -> small(2).withFps(fps));
        assertEquals("fps", e.field());
        assertTrue(e.getMessage().contains("1 to 50"), e.getMessage());
    }

    @Test
    void badFramesRangeAndMethodsAreRefused() {
        assertEquals("frames", assertThrows(ExportSettingException.class, () -> small(0)).field());
        assertEquals("frames", assertThrows(ExportSettingException.class, () -> small(2001)).field());
        assertEquals("from", assertThrows(ExportSettingException.class, () -> small(2).withRange(-1, 100)).field());
        assertEquals("to", assertThrows(ExportSettingException.class, () -> small(2).withRange(0, 301)).field());
        assertEquals("to", assertThrows(ExportSettingException.class, () -> small(2).withRange(200, 100)).field());
        ExperimentConfig catnfOnly = config.withMethods(List.of(Methods.CATNF));
        ExportSettingException m = assertThrows(ExportSettingException.class,
                () -> GifExportRequest.defaults(catnfOnly, history.records(), history.changes())
                        .withOptions(RenderOptions.defaults(List.of(Methods.TRUFL))));
        assertEquals("methods", m.field());
        assertEquals("history", assertThrows(ExportSettingException.class,
                () -> GifExportRequest.defaults(config, List.of(), List.of())).field());
    }

    @Test
    void missingFolderGivesAClearMessage() {
        Path target = dir.resolve("no/such/folder/x.gif");
        IOException e = assertThrows(IOException.class, () -> new GifExport().export(small(2), target, false, null, null));
        assertTrue(e.getMessage().startsWith("cannot write " + target + ": folder"), e.getMessage());
        assertTrue(e.getMessage().endsWith("does not exist"), e.getMessage());
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }

    /** The export draws and compresses frames on several threads and still writes what one thread would. */
    @Test
    void parallelExportIsByteForByteTheFrameByFrameWriters() throws Exception {
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
        assertEquals(Math.min(Runtime.getRuntime().availableProcessors(), 120), GifExport.workers(120));
        assertEquals(1, GifExport.workers(1));
    }
}
