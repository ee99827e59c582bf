package org.dequantlab.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import org.dequantlab.io.FileErrors;

/**
 * Standard output that remembers why writing failed. A {@link PrintStream} keeps only a flag, so
 * {@code train ... > /dev/full} used to exit 0 with the summary lost; with this stream the command
 * exits 1 with {@code dequantlab: cannot write to standard output: No space left on device}
 * ({@link DequantLabCli#run}).
 */
public final class StandardOutput extends PrintStream {
    private final Recorder recorder;

    private StandardOutput(Recorder recorder, Charset charset) {
        super(new BufferedOutputStream(recorder, 8192), false, charset);
        this.recorder = recorder;
    }

    /** Over any stream (tests). */
    public static StandardOutput over(OutputStream raw, Charset charset) {
        return new StandardOutput(new Recorder(raw), charset);
    }

    /** Over file descriptor 1, in the encoding {@link System#out} uses. */
    public static StandardOutput system() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset;
        try {
            charset = encoding != null ? Charset.forName(encoding) : Charset.defaultCharset();
        } catch (IllegalArgumentException e) {
            charset = Charset.defaultCharset();
        }
        return over(new FileOutputStream(FileDescriptor.out), charset);
    }

    /** The operating system's reason for the first failed write, or null if none failed. */
    public String failure() {
        IOException e = recorder.failure;
        return e == null ? null : FileErrors.reason(e);
    }

    /** Passes bytes on and keeps the first failure. */
    private static final class Recorder extends FilterOutputStream {
        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
