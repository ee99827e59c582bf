package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless export-gif command: a small run end to end, and one-line refusals with exit code 2. */
class ExportGifCommandTest {
    @TempDir
    Path dir;

    /** Runs the command, returns {exit code, stderr}. */
    private Object[] run(String... args) {
        PrintStream old = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try {
            int code = ExportGifCommand.run(args);
            return new Object[] {code, buf.toString()};
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void trainsAndWritesAGif() throws Exception {
        Path out = dir.resolve("blog.gif");
        Object[] r = run("--preset", "blog", "--steps", "60", "--out", out.toString(), "--frames", "4", "--size",
                "160x90", "--fps", "25", "--method", "trufl", "--no-curves");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("wrote " + out), (String) r[1]);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            assertEquals(160, reader.getWidth(0));
            assertEquals(90, reader.getHeight(0));
        }
        // a second run refuses to replace it without --force, and keeps it
        long size = Files.size(out);
        Object[] again = run("--preset", "blog", "--steps", "60", "--out", out.toString());
        assertEquals(2, again[0]);
        assertTrue(((String) again[1]).contains("file exists"), (String) again[1]);
        assertEquals(size, Files.size(out));
    }

    @Test
    void badFlagsExitWithTwoAndOneLineNamingTheField() {
        String out = dir.resolve("x.gif").toString();
        String[][] cases = {
            {"width", "--preset", "blog", "--steps", "10", "--out", out, "--size", "0x450"},
            {"width", "--preset", "blog", "--steps", "10", "--out", out, "--size", "-5x450"},
            {"height", "--preset", "blog", "--steps", "10", "--out", out, "--size", "800x100000"},
            {"size", "--preset", "blog", "--steps", "10", "--out", out, "--size", "big"},
            {"fps", "--preset", "blog", "--steps", "10", "--out", out, "--fps", "0"},
            {"fps", "--preset", "blog", "--steps", "10", "--out", out, "--fps", "51"},
            {"frames", "--preset", "blog", "--steps", "10", "--out", out, "--frames", "0"},
            {"preset", "--preset", "nope", "--steps", "10", "--out", out},
            {"method", "--preset", "blog", "--steps", "10", "--out", out, "--method", "vae"},
            {"steps", "--preset", "blog", "--steps", "0", "--out", out},
            {"to", "--preset", "blog", "--steps", "10", "--out", out, "--to", "11"},
            {"--steps", "--preset", "blog", "--out", out},
            {"--preset", "--steps", "10", "--out", out},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            Object[] r = run(args);
            String err = ((String) r[1]).strip();
            assertEquals(2, r[0], String.join(" ", args) + " -> " + err);
            assertEquals(1, err.lines().count(), "one line: " + err);
            assertTrue(err.contains(c[0]), "names " + c[0] + ": " + err);
        }
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void unwritableFolderIsRefusedBeforeTraining() {
        Object[] r = run("--preset", "blog", "--steps", "10", "--out", dir.resolve("missing/x.gif").toString());
        String err = ((String) r[1]).strip();
        assertTrue(err.contains("cannot write") && err.contains("does not exist"), err);
        assertFalse(err.contains("training"), "checked before training: " + err);
    }
}
