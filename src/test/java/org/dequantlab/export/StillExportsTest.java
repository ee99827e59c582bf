package org.dequantlab.export;

import org.dequantlab.io.ConfigFile;
import org.dequantlab.config.ConfigJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.render.Frame;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.History;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG, SVG (frame and curves), CSV and JSON exports. */
class StillExportsTest {
    static ExperimentConfig config = ExperimentConfig.defaults().withCategories(3, null).withSteps(50);
    static History history;
    static Frame frame;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        TrainingSession s = new TrainingSession(config);
        s.run(50);
        s.recordNow();
        history = s.history();
        frame = new HistoryFrames(config, history.records(), history.changes()).frameNear(50);
    }

    @Test
    void pngIsTheRenderedFrameAtTheAskedSize() throws Exception {
        Path f = dir.resolve("f.png");
        FrameImages.png(frame, RenderOptions.defaults(config.methods()), 640, 360, f, false);
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(360, img.getHeight());
        BufferedImage direct = FrameImages.render(frame, RenderOptions.defaults(config.methods()), 640, 360);
        assertEquals(direct.getRGB(320, 100), img.getRGB(320, 100), "lossless");
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> FrameImages.png(frame, RenderOptions.defaults(config.methods()), 640, 360, f, false));
        assertEquals("width", assertThrows(ExportSettingException.class,
                () -> FrameImages.render(frame, RenderOptions.defaults(config.methods()), 0, 360)).field());
    }

    @Test
    void svgOfFrameAndCurvesAreVectorDocuments() {
        String svg = FrameImages.svg(frame, RenderOptions.defaults(config.methods()), 800, 450);
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 40));
        assertTrue(svg.contains("<path"), "shapes are vector paths");
        assertTrue(svg.contains("CatNF") && svg.contains("TRUFL"), "panel titles as text");
        String curves = FrameImages.curvesSvg(frame, RenderOptions.defaults(config.methods()), 600, 300);
        assertTrue(curves.contains("step"), "the curves' axis label");
    }

    @Test
    void csvHasOneRowPerStepAndMethodWithPerCategoryKl() {
        String csv = MetricCsv.csv(config, history.records(), history.changes());
        List<String> lines = csv.lines().toList();
        assertEquals("step,method,loss,recon,kl,kl_0,kl_1,kl_2,elbo,log_px,mutual_information,decode_accuracy,"
                + "ocean_mass,lambda_rec,lambda_kl,learning_rate", lines.get(0));
        assertEquals(1 + history.records().size() * 2, lines.size());
        String[] row = lines.get(1).split(",");
        assertEquals("0", row[0]);
        assertEquals("catnf", row[1]);
        assertEquals(16, row.length);
        double loss = Double.parseDouble(row[2]);
        assertEquals(history.records().get(0).points().get(0).loss(), loss, 0.0, "full precision");
    }

    @Test
    void jsonRoundTripsTheExperimentIncludingTheSeed() throws Exception {
        ExperimentConfig c = config.withSeed(987654321L).withWeights(5, 2);
        Path f = dir.resolve("e.json");
        ConfigFile.write(f, c, true);
        assertTrue(Files.readString(f).contains("\"seed\" : 987654321"));
        assertEquals(c, ConfigFile.read(f));
    }
}
