package org.dequantlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Converts an RGB frame to an indexed one whose palette is exactly the frame's colours, when there are
 * at most 256 of them. Our frames are mostly flat fills on white, so this keeps white white and every
 * category colour exact, with no banding and no dither speckle; otherwise the caller falls back to
 * the JDK's quantiser.
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

    private static int mix(int c) {
        int x = c * 0x9E3779B1;
        return x ^ (x >>> 15);
    }
}
