package org.dequantlab.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * Writes one file so that nobody ever sees half of it: an {@link OutputSet} of one. The bytes go to a
 * temporary file in the target's folder, which is then put in place; if the body fails or is
 * cancelled (any exception), or the program is stopped by a signal, the temporary file is deleted and
 * the target is left as it was. Only regular files are written ({@link OutputTarget}); an existing one
 * is replaced only when the caller says the user agreed ({@code overwrite}), and a file that appears
 * while the body runs is never replaced without that.
 *
 * <p>Failures come as {@link IOException}s whose message reads {@code "cannot write PATH: REASON"},
 * with the operating system's reason ({@code Permission denied}, {@code No space left on device}).
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code text} as UTF-8, replacing an existing regular file (the caller has asked for consent
     * or checked with {@link #check} first).
     */
    public static void writeString(Path target, CharSequence text) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        write(target, true, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} with what {@code body} puts into the stream (the body must not close it).
     *
     * @param overwrite whether an existing regular file may be replaced
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     * @throws IOException                with a one-line reason for any other failure
     */
    public static void write(Path target, boolean overwrite, IoConsumer<OutputStream> body) throws IOException {
        try (OutputSet set = new OutputSet(overwrite)) {
            OutputSet.Pending p = set.add(target);
            try (OutputStream out = p.open()) {
                body.accept(out);
            } catch (IOException e) {
                throw translate(target, e);
            }
            set.commit();
        }
    }

    /**
     * Checks, before any work, that {@code target} could be written: a regular file or nothing, in a
     * folder that exists, and not existing unless {@code overwrite} ({@link OutputTarget#check}).
     *
     * @return the absolute target
     */
    public static Path check(Path target, boolean overwrite) throws IOException {
        return OutputTarget.check(target, overwrite);
    }

    /** A one-line message with the operating system's reason; cancellation passes through unchanged. */
    static IOException translate(Path target, IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("cannot write ") || e instanceof ClosedByInterruptException
                || e instanceof InterruptedIOException) {
            return e;
        }
        return new IOException(OutputTarget.reason(target, FileErrors.reason(e)), e);
    }
}
