package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.dequantlab.render.why.SweepChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path dir;

    @Test
    void sweepWritesOneCsvRowPerRunAndTheChartAsPngAndSvg() throws Exception {
        Path csv = dir.resolve("s.csv"), png = dir.resolve("s.png"), svg = dir.resolve("s.svg");
        CliRunner r = CliRunner.run("sweep", "--preset", "blog", "--vary", "lambdaRec=1,10", "--vary", "K=2,3",
                "--seeds", "2", "--steps", "60", "--threads", "2", "--csv", csv.toString(), "--png", png.toString(),
                "--svg", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("trained 16 runs x 60 steps"), r.err());
        assertTrue(r.out().startsWith("lambdaRec  categories  method  runs"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("lambdaRec,categories,seedIndex,seed,method,status,steps,loss,recon,kl,mutualInformation,decodeAccuracy,"
                + "marginalKl,oceanMass,failure", lines.get(0));
        assertEquals(1 + 2 * 2 * 2 * 2, lines.size());
        assertTrue(lines.get(1).startsWith("1,2,0,42,catnf,done,60,"), lines.get(1));
        assertTrue(lines.get(16).startsWith("10,3,1,43,trufl,done,60,"), lines.get(16));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(SweepChart.WIDTH, image.getWidth());
        assertEquals(SweepChart.HEIGHT, image.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("Sweep of λ_rec and K") && text.contains("TRUFL, K=3"),
                "the SVG carries the chart's text");
    }

    @Test
    void csvGoesToStandardOutputWithTheTableOnStderrAndPngNever() {
        CliRunner r = CliRunner.run("sweep", "--preset", "blog", "--vary", "lambdaRec=2", "--seeds", "1", "--steps",
                "20", "--csv", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("lambdaRec,seedIndex,seed,method,status"), r.out());
        assertEquals(3, r.out().lines().count());
        assertTrue(r.err().contains("lambdaRec  method  runs"), "the table for people on stderr: " + r.err());
        CliRunner png = CliRunner.run("sweep", "--preset", "blog", "--vary", "lambdaRec=2", "--png", "-");
        assertEquals(2, png.code());
        assertTrue(png.err().contains("--png cannot go to standard output"), png.err());
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndNothingIsOverwritten() throws Exception {
        Path csv = Files.writeString(dir.resolve("keep.csv"), "mine");
        CliRunner r = CliRunner.run("sweep", "--preset", "blog", "--vary", "lambdaRec=1", "--steps", "10", "--csv",
                csv.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dequantlab: ") && r.err().contains("--force"), r.err());
        assertEquals("mine", Files.readString(csv));
        assertFalse(r.err().contains("trained"), "nothing trained before the outputs were checked");

        for (String[] args : new String[][] {
            {"--vary", "alpha=1"}, {"--vary", "lambdaRec=1,5000"}, {"--vary", "K=2", "--threads", "0"},
            {"--vary", "K=2", "--seeds", "0"}, {"--vary", "K=2", "--vary", "lr=0.1", "--vary", "seed=1"},
            {"--vary", "K=3", "--method", "argmax"}}) {
            String[] full = new String[args.length + 5];
            full[0] = "sweep";
            full[1] = "--preset";
            full[2] = "blog";
            full[3] = "--steps";
            full[4] = "10";
            System.arraycopy(args, 0, full, 5, args.length);
            CliRunner bad = CliRunner.run(full);
            assertEquals(2, bad.code(), String.join(" ", args) + ": " + bad.err());
            assertTrue(bad.err().startsWith("dequantlab: ") && bad.err().strip().lines().count() == 1,
                    String.join(" ", args) + ": " + bad.err());
        }
        CliRunner k = CliRunner.run("sweep", "--preset", "blog", "--vary", "lambdaRec=1,5000");
        assertTrue(k.err().contains("lambdaRec") && k.err().contains("5000"), k.err());
    }
}
