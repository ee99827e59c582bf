package org.dequantlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.export.GifExportRequest;
import org.dequantlab.train.History;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog headless (Monocle): defaults, estimate before encoding, export in the background, cancel. */
class GifExportDialogTest {
    static ExperimentConfig config = ExperimentConfig.defaults().withSteps(200);
    static History history;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        TrainingSession s = new TrainingSession(config);
        s.run(200);
        s.recordNow();
        history = s.history();
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    static void waitFor(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(c));
    }

    @Test
    void defaultsEstimateAndExport() throws Exception {
        GifExportDialog d = fx(() -> new GifExportDialog(null, () -> config, history));
        GifExportRequest req = fx(d::request);
        assertEquals(20, req.fps());
        assertEquals(800, req.width());
        assertEquals(450, req.height());
        assertEquals(120, req.frames());
        assertEquals(0, req.fromStep());
        assertEquals(200, req.toStep(), "the whole recorded history, including the final state");
        assertTrue(req.loop());
        waitFor(() -> d.estimate.getText().startsWith("≈ "));

        fx(() -> {
            d.width.getValueFactory().setValue(200);
            d.height.getValueFactory().setValue(120);
            d.frames.getValueFactory().setValue(5);
            d.range.setLowValue(50);
            return null;
        });
        GifExportRequest small = fx(d::request);
        assertEquals(50, small.fromStep());
        Path target = dir.resolve("d.gif");
        fx(() -> {
            d.exportTo(small, target, false);
            return null;
        });
        waitFor(() -> d.status.getText().startsWith("Wrote"));
        assertTrue(Files.size(target) > 0);
        assertFalse(fx(() -> d.exportButton.isDisabled()));
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        GifExportDialog d = fx(() -> new GifExportDialog(null, () -> config, history));
        GifExportRequest many = fx(() -> d.request().withFrames(2000).withSize(400, 225));
        Path target = dir.resolve("c.gif");
        fx(() -> {
            d.exportTo(many, target, false);
            return null;
        });
        waitFor(() -> d.status.getText().startsWith("frame "));
        fx(() -> {
            d.cancelButton.fire();
            return null;
        });
        waitFor(() -> d.status.getText().startsWith("Cancelled"));
        assertFalse(Files.exists(target));
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count(), "no temporary file left either");
        }
    }
}
