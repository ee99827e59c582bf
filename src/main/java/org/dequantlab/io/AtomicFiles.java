package org.dequantlab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that nobody ever sees half of it: the bytes go to a temporary file in the target's
 * folder, which is then moved into place. If the body fails or is cancelled (any exception), the
 * temporary file is deleted and the target is left as it was. An existing target is replaced only
 * when the caller says the user agreed ({@code overwrite}).
 *
 * <p>Failures come as {@link IOException}s whose message reads {@code "cannot write PATH: REASON"},
 * e.g. {@code folder is not writable}, {@code disk full}, {@code file exists}.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code text} as UTF-8, replacing an existing file (the caller has asked for consent or
     * checked with {@link #check} first).
     */
    public static void writeString(Path target, CharSequence text) throws IOException {
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        write(target, true, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} with what {@code body} puts into the stream (the body must not close it).
     *
     * @param overwrite whether an existing file may be replaced
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     * @throws IOException                with a one-line reason for any other failure
     */
    public static void write(Path target, boolean overwrite, IoConsumer<OutputStream> body) throws IOException {
        Path file = check(target, overwrite);
        Path folder = file.getParent();
        // Not Files.createTempFile: that makes the file private (0600), and it keeps those rights after the move.
        Path temp = folder.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        OutputStream out;
        try {
            out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            IOException t = translate(target, e);
            throw t.getMessage().endsWith("disk full") ? t
                    : new IOException(reason(target, "folder is not writable (" + detail(e) + ")"), e);
        }
        boolean done = false;
        try {
            try (OutputStream stream = out) {
                body.accept(stream);
            } catch (IOException e) {
                throw translate(target, e);
            }
            moveIntoPlace(target, temp, file, overwrite);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Checks, before any work, that {@code target} could be written: its folder exists and is writable,
     * it is not a folder, and it does not exist unless {@code overwrite}.
     *
     * @return the absolute, normalised target
     */
    public static Path check(Path target, boolean overwrite) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(reason(target, "folder " + folder + " does not exist"));
        }
        if (Files.isDirectory(file)) {
            throw new IOException(reason(target, "it is a folder"));
        }
        if (!overwrite && Files.exists(file)) {
            throw exists(target, file);
        }
        if (!Files.isWritable(folder)) {
            throw new IOException(reason(target, "folder is not writable"));
        }
        return file;
    }

    private static void moveIntoPlace(Path target, Path temp, Path file, boolean overwrite) throws IOException {
        if (!overwrite) {
            // A hard link fails atomically if the target appeared meanwhile; a plain move is the fallback.
            try {
                Files.createLink(file, temp);
                Files.delete(temp);
                return;
            } catch (FileAlreadyExistsException e) {
                throw exists(target, file);
            } catch (UnsupportedOperationException | IOException e) {
                try {
                    Files.move(temp, file);
                    return;
                } catch (FileAlreadyExistsException e2) {
                    throw exists(target, file);
                }
            }
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAlreadyExistsException exists(Path target, Path file) {
        return new FileAlreadyExistsException(file.toString(), null,
                reason(target, "file exists (confirm replacing it, or use --force)")) {
            @Override
            public String getMessage() {
                return getReason();
            }
        };
    }

    private static String reason(Path target, String why) {
        return "cannot write " + target + ": " + why;
    }

    /** A clear one-line message for the usual causes. */
    private static IOException translate(Path target, IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("cannot write ") || e instanceof java.nio.channels.ClosedByInterruptException
                || e instanceof java.io.InterruptedIOException) {
            return e;
        }
        if (m.contains("No space left") || m.contains("Disk quota exceeded")) {
            return new IOException(reason(target, "disk full"), e);
        }
        if (e instanceof AccessDeniedException || m.contains("Permission denied") || m.contains("Read-only")) {
            return new IOException(reason(target, "folder is not writable"), e);
        }
        return new IOException(reason(target, detail(e)), e);
    }

    private static String detail(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
