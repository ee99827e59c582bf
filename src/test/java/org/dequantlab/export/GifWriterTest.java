package org.dequantlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifWriterTest {
    @TempDir
    Path dir;

    private static final int[] CATEGORY = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442};

    /** A flat frame: white, one category bar moving right frame by frame. */
    private static BufferedImage flatFrame(int i) {
        BufferedImage img = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 60);
        for (int c = 0; c < CATEGORY.length; c++) {
            g.setColor(new Color(CATEGORY[c]));
            g.fillRect(10 + c * 25 + i, 10, 20, 40);
        }
        g.dispose();
        return img;
    }

    @Test
    void delaysAreInCentisecondsAndNeverBelowTwo() {
        assertEquals(5, GifWriter.delayFor(20));
        assertEquals(10, GifWriter.delayFor(10));
        assertEquals(100, GifWriter.delayFor(1));
        assertEquals(3, GifWriter.delayFor(30)); // 3.33 cs rounds to 3
        assertEquals(2, GifWriter.delayFor(50));
        assertEquals(2, GifWriter.delayFor(100)); // would be 1 cs: browsers slow that down to 10 cs
    }

    @Test
    void writesFramesDelaysLoopAndExactFlatColours() throws Exception {
        Path file = dir.resolve("a.gif");
        try (OutputStream out = Files.newOutputStream(file); GifWriter gif = new GifWriter(out, true)) {
            for (int i = 0; i < 4; i++) {
                gif.write(flatFrame(i), i == 3 ? 205 : 5);
            }
        }
        GifInspector g = new GifInspector(file);
        assertEquals(4, g.frames);
        assertEquals(java.util.List.of(5, 5, 5, 205), g.delays);
        assertEquals(java.util.List.of("none", "none", "none", "none"), g.disposals);
        assertEquals(0, g.loopCount, "NETSCAPE2.0 loop count 0 = forever");
        assertEquals(120, g.width);
        assertEquals(60, g.height);
        for (int i = 0; i < 4; i++) {
            BufferedImage img = g.images.get(i);
            BufferedImage source = flatFrame(i);
            for (int y = 0; y < 60; y++) {
                for (int x = 0; x < 120; x++) {
                    assertEquals(source.getRGB(x, y), img.getRGB(x, y), "frame " + i + " as shown, at " + x + "," + y);
                }
            }
            assertEquals(120, img.getWidth());
            assertEquals(60, img.getHeight());
            assertEquals(0xFFFFFF, img.getRGB(2, 2) & 0xFFFFFF, "white stays pure white");
            for (int c = 0; c < CATEGORY.length; c++) {
                assertEquals(CATEGORY[c], img.getRGB(20 + c * 25 + i, 30) & 0xFFFFFF, "category " + c + " colour exact");
            }
        }
    }

    @Test
    void playOnceHasNoLoopExtension() throws Exception {
        Path file = dir.resolve("once.gif");
        try (OutputStream out = Files.newOutputStream(file); GifWriter gif = new GifWriter(out, false)) {
            gif.write(flatFrame(0), 10);
            gif.write(flatFrame(1), 10);
        }
        GifInspector g = new GifInspector(file);
        assertEquals(2, g.frames);
        assertNull(g.loopCount);
    }

    @Test
    void manyColoursKeepTheMostFrequentOnesExact() throws Exception {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                img.setRGB(x, y, x < 100 ? 0xFFFFFF : (x * 1237 + y * 7919) & 0xFFFFFF);
            }
        }
        Path file = dir.resolve("noisy.gif");
        try (OutputStream out = Files.newOutputStream(file); GifWriter gif = new GifWriter(out, true)) {
            gif.write(img, 5);
        }
        GifInspector g = new GifInspector(file);
        assertEquals(0xFFFFFF, g.images.get(0).getRGB(10, 10) & 0xFFFFFF, "the most frequent colour stays exact");
        int noisy = img.getRGB(150, 50) & 0xFFFFFF, back = g.images.get(0).getRGB(150, 50) & 0xFFFFFF;
        assertTrue(Math.abs((noisy >> 16) - (back >> 16)) < 128, "a rare colour is drawn with a near one");
    }
}
