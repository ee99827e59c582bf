package org.dequantlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

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
        ColourTable table = new ColourTable();
        int last = 0;
        int lastSlot = -1;
        boolean transparent = false;
        for (int p = 0; p < w * h; p++) {
            int c = pixels[p] == TRANSPARENT ? TRANSPARENT : pixels[p] & 0xFFFFFF;
            if (c == TRANSPARENT) {
                transparent = true;
                continue;
            }
            if (lastSlot < 0 || c != last) {
                lastSlot = table.slotAdding(c);
                last = c;
            }
            table.values[lastSlot]++;
        }
        int limit = Math.max(2, Math.min(MAX_COLOURS, maxColours)) - (transparent ? 1 : 0);
        // most frequent first, ties by colour: (MAX - count) in the high half, the colour in the low half
        long[] order = new long[table.size];
        int e = 0;
        for (int i = 0; i < table.keys.length; i++) {
            if (table.used[i]) {
                order[e++] = (long) (Integer.MAX_VALUE - table.values[i]) << 32 | table.keys[i];
            }
        }
        Arrays.sort(order);
        int n = Math.min(limit, order.length);
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            palette[i] = (int) order[i];
            table.values[table.slot(palette[i])] = i;
        }
        for (int i = n; i < order.length; i++) {
            int c = (int) order[i];
            table.values[table.slot(c)] = nearest(palette, c);
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
        lastSlot = -1;
        for (int p = 0; p < w * h; p++) {
            int c = pixels[p] == TRANSPARENT ? TRANSPARENT : pixels[p] & 0xFFFFFF;
            if (c == TRANSPARENT) {
                target[p] = (byte) transparentIndex;
                continue;
            }
            if (lastSlot < 0 || c != last) {
                lastSlot = table.slot(c);
                last = c;
            }
            target[p] = (byte) table.values[lastSlot];
        }
        return new Indexed(out, transparentIndex);
    }

    /**
     * Colour → count, later colour → palette index: open addressing on 24-bit colours, no boxing (a frame has
     * 360,000 pixels; a HashMap of Integer was a tenth of the export's time).
     */
    private static final class ColourTable {
        int[] keys = new int[1024];
        int[] values = new int[1024];
        boolean[] used = new boolean[1024];
        int size;

        /** The slot of {@code colour}, which must be in the table. */
        int slot(int colour) {
            int mask = keys.length - 1;
            int i = mix(colour) & mask;
            while (used[i] && keys[i] != colour) {
                i = (i + 1) & mask;
            }
            return i;
        }

        /** The slot of {@code colour}, added (count 0) if new. */
        int slotAdding(int colour) {
            int i = slot(colour);
            if (used[i]) {
                return i;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
                i = slot(colour);
            }
            used[i] = true;
            keys[i] = colour;
            size++;
            return i;
        }

        private void grow() {
            int[] oldKeys = keys, oldValues = values;
            boolean[] oldUsed = used;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldUsed[j]) {
                    int i = slot(oldKeys[j]);
                    used[i] = true;
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }

        private static int mix(int colour) {
            int h = colour * 0x9E3779B9;
            return h ^ (h >>> 15);
        }
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
