package org.dequantlab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers see either the old content or the whole new content, never a half
 * written file: the bytes go to a temporary file in the same folder, which is then moved over the
 * target ({@code ATOMIC_MOVE}, {@code REPLACE_EXISTING}). If anything fails the temporary file is
 * deleted and the target is left as it was.
 *
 * <p>These methods replace an existing file; asking the user for consent is the caller's job.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that writes a file's bytes to a stream (it must not close the stream). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes whatever {@code content} produces. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
