package org.dequantlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.HashMap;

/**
 * Converts RGB pixels to an indexed GIF image without a tree quantiser. When the pixels have at most
 * 256 colours (flat frames) the palette is exactly those colours. Otherwise it is the 256 most frequent
 * colours, exactly, and every other colour (anti-aliased edges, blends of overlapping fills) is drawn
 * with its nearest palette colour. For our frames (flat fills, a few lines and text on white) the
 * frequent colours are white, the category colours and their light fills, so these stay exact, unlike
 * with the JDK writer's own quantiser, which averages them (white came out as #FEFEFE and #56B4E9 as
 * #56B3E8). No dithering, so no speckle that changes from frame to frame.
 *
 * <p>Pixels equal to {@link #TRANSPARENT} (not a 24-bit colour) get a transparent palette entry: the
 * GIF writer uses it for pixels that did not change since the previous frame.
 */
public final class IndexedFrames {
    /** Most colours a GIF palette holds. */
    public static final int MAX_COLOURS = 256;
    /** Marks a pixel that should be transparent (keep what the previous frame showed). */
    public static final int TRANSPARENT = -1;

    private IndexedFrames() {}

    /** An indexed image and the index of its transparent entry (-1 if none). */
    public record Indexed(BufferedImage image, int transparentIndex) { }

    /** The RGB image as an indexed one (exact palette if it has at most 256 colours). */
    public static BufferedImage index(BufferedImage rgb) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        return index(rgb.getRGB(0, 0, w, h, null, 0, w), w, h, MAX_COLOURS).image();
    }

    /**
     * Indexes {@code w×h} pixels (0xRRGGBB, or {@link #TRANSPARENT}) with at most {@code maxColours}
     * palette entries (2..256, one of them the transparent entry if any pixel is transparent).
     */
    public static Indexed index(int[] pixels, int w, int h, int maxColours) {
        HashMap<Integer, int[]> counts = new HashMap<>(); // colour -> {count, palette index}
        int last = 0;
        int[] lastCount = null;
        boolean transparent = false;
        for (int p = 0; p < w * h; p++) {
            int c = pixels[p] == TRANSPARENT ? TRANSPARENT : pixels[p] & 0xFFFFFF;
            if (c == TRANSPARENT) {
                transparent = true;
                continue;
            }
            if (lastCount == null || c != last) {
                lastCount = counts.computeIfAbsent(c, k -> new int[2]);
                last = c;
            }
            lastCount[0]++;
        }
        int limit = Math.max(2, Math.min(MAX_COLOURS, maxColours)) - (transparent ? 1 : 0);
        int[][] entries = new int[counts.size()][];
        int e = 0;
        for (var en : counts.entrySet()) {
            entries[e++] = new int[] {en.getKey(), en.getValue()[0]};
        }
        Arrays.sort(entries, (a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        int n = Math.min(limit, entries.length);
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            palette[i] = entries[i][0];
            counts.get(palette[i])[1] = i;
        }
        for (int i = n; i < entries.length; i++) {
            counts.get(entries[i][0])[1] = nearest(palette, entries[i][0]);
        }
        int used = n + (transparent ? 1 : 0);
        int size = 2; // GIF colour tables have a power-of-two size
        while (size < used) {
            size <<= 1;
        }
        int transparentIndex = transparent ? n : -1;
        byte[] r = new byte[size], g = new byte[size], b = new byte[size];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        IndexColorModel model = transparent ? new IndexColorModel(8, size, r, g, b, transparentIndex)
                : new IndexColorModel(8, size, r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        lastCount = null;
        for (int p = 0; p < w * h; p++) {
            int c = pixels[p] == TRANSPARENT ? TRANSPARENT : pixels[p] & 0xFFFFFF;
            if (c == TRANSPARENT) {
                target[p] = (byte) transparentIndex;
                continue;
            }
            if (lastCount == null || c != last) {
                lastCount = counts.get(c);
                last = c;
            }
            target[p] = (byte) lastCount[1];
        }
        return new Indexed(out, transparentIndex);
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
}
