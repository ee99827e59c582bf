package org.dequantlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Converts an RGB frame to an indexed one whose palette is exactly the frame's colours, when there are
 * at most 256 of them. Our frames are mostly flat fills on white, so this keeps white white and every
 * category colour exact, with no banding and no dither speckle. Frames with more colours (anti-aliasing)
 * get the {@link #popular} palette.
 */
public final class IndexedFrames {
    /** Most colours a GIF palette holds. */
    public static final int MAX_COLOURS = 256;
    private static final int TABLE = 1024; // open-addressing table, > 2 × MAX_COLOURS, power of two

    private IndexedFrames() {}

    /** The frame as an indexed image with an exact palette, or null if it has more than 256 colours. */
    public static BufferedImage exact(BufferedImage rgb) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        int[] keys = new int[TABLE];
        int[] values = new int[TABLE];
        Arrays.fill(values, -1);
        int[] palette = new int[MAX_COLOURS];
        int count = 0;
        byte[] indices = new byte[w * h];
        int lastColour = 0, lastIndex = -1;
        for (int p = 0; p < pixels.length; p++) {
            int c = pixels[p] & 0xFFFFFF;
            if (c == lastColour && lastIndex >= 0) {
                indices[p] = (byte) lastIndex;
                continue;
            }
            int slot = mix(c) & (TABLE - 1);
            while (values[slot] >= 0 && keys[slot] != c) {
                slot = (slot + 1) & (TABLE - 1);
            }
            int index = values[slot];
            if (index < 0) {
                if (count == MAX_COLOURS) {
                    return null;
                }
                index = count++;
                palette[index] = c;
                keys[slot] = c;
                values[slot] = index;
            }
            indices[p] = (byte) index;
            lastColour = c;
            lastIndex = index;
        }
        int size = 2; // GIF colour tables have a power-of-two size
        while (size < count) {
            size <<= 1;
        }
        byte[] r = new byte[size], g = new byte[size], b = new byte[size];
        for (int i = 0; i < count; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        IndexColorModel model = new IndexColorModel(8, size, r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(indices, 0, target, 0, indices.length);
        return out;
    }

    /**
     * The frame as an indexed image whose palette is its 256 most frequent colours, exactly; every other
     * colour (anti-aliased edges, blends of overlapping fills) is drawn with its nearest palette colour.
     * For our frames (flat fills, a few lines and text on white) the frequent colours are white, the
     * category colours and their light fills, so these stay exact, unlike with a tree quantiser that
     * averages them (white came out as #FEFEFE and #56B4E9 as #56B3E8 with the JDK's). No dithering, so no
     * speckle that changes from frame to frame.
     */
    public static BufferedImage popular(BufferedImage rgb) {
        return popular(rgb, MAX_COLOURS);
    }

    /** Like {@link #popular(BufferedImage)} with at most {@code maxColours} (2..256) palette entries. */
    public static BufferedImage popular(BufferedImage rgb, int maxColours) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
        java.util.HashMap<Integer, int[]> counts = new java.util.HashMap<>();
        int last = -1;
        int[] lastCount = null;
        for (int p : pixels) {
            int c = p & 0xFFFFFF;
            if (c != last) {
                lastCount = counts.computeIfAbsent(c, k -> new int[2]);
                last = c;
            }
            lastCount[0]++;
        }
        int n = Math.min(Math.max(2, Math.min(MAX_COLOURS, maxColours)), counts.size());
        int[][] entries = new int[counts.size()][];
        int e = 0;
        for (var en : counts.entrySet()) {
            entries[e++] = new int[] {en.getKey(), en.getValue()[0]};
        }
        Arrays.sort(entries, (a, b) -> Integer.compare(b[1], a[1]));
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            palette[i] = entries[i][0];
            counts.get(palette[i])[1] = i;
        }
        for (int i = n; i < entries.length; i++) {
            counts.get(entries[i][0])[1] = nearest(palette, entries[i][0]);
        }
        int size = 2;
        while (size < n) {
            size <<= 1;
        }
        byte[] r = new byte[size], g = new byte[size], b = new byte[size];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, size, r, g, b));
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        last = -1;
        int index = 0;
        for (int p = 0; p < pixels.length; p++) {
            int c = pixels[p] & 0xFFFFFF;
            if (c != last) {
                index = counts.get(c)[1];
                last = c;
            }
            target[p] = (byte) index;
        }
        return out;
    }

    /** Index of the palette colour nearest {@code c} (squared distance, weighted for the eye's sensitivity). */
    private static int nearest(int[] palette, int c) {
        int r = c >> 16 & 0xFF, g = c >> 8 & 0xFF, b = c & 0xFF;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = r - (palette[i] >> 16 & 0xFF), dg = g - (palette[i] >> 8 & 0xFF), db = b - (palette[i] & 0xFF);
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static int mix(int c) {
        int x = c * 0x9E3779B1;
        return x ^ (x >>> 15);
    }
}
