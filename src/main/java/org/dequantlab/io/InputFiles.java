package org.dequantlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.dequantlab.io.json.StrictJson;

/**
 * Reads input files with limits, for every file DequantLab reads (configurations, experiment files).
 * Only regular files are opened: a folder, a FIFO (which would wait for a writer forever), a device
 * such as {@code /dev/zero} (endless) or a socket is refused by name before it is opened. The size is
 * not taken from the file system (it is 0 for {@code /proc} files and devices, and a file can grow
 * while it is read): at most the limit plus one byte is read, and more is refused.
 *
 * <p>Failures are {@link IOException}s reading {@code cannot read FILE: REASON}, with the operating
 * system's reason ("No such file or directory", "Permission denied").
 */
public final class InputFiles {
    private InputFiles() {}

    /** Reads a whole file of at most {@link StrictJson#MAX_BYTES} bytes. */
    public static byte[] read(Path file) throws IOException {
        return read(file, StrictJson.MAX_BYTES);
    }

    /** Reads a whole regular file of at most {@code maxBytes} bytes (below 2 GB). */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        checkRegular(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw failure(file, FileErrors.reason(e));
        }
        if (bytes.length > maxBytes) {
            throw failure(file, "it holds more than " + maxBytes + " bytes (" + (maxBytes >> 20)
                    + " MB), the most a DequantLab file may hold");
        }
        return bytes;
    }

    /** Refuses anything but an existing regular file (a link to one is fine), without opening it. */
    public static void checkRegular(Path file) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw failure(file, "it is a symbolic link to " + target(file) + ", which does not exist");
            }
            throw failure(file, FileErrors.reason(e));
        }
        if (a.isDirectory()) {
            throw failure(file, "it is a folder, not a file");
        }
        if (!a.isRegularFile()) {
            throw failure(file, "it is " + FileErrors.target(file) + ", not a regular file");
        }
    }

    private static String target(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing file";
        }
    }

    private static IOException failure(Path file, String reason) {
        return new IOException("cannot read " + file + ": " + reason);
    }
}
