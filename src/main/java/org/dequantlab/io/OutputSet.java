package org.dequantlab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The output files of one run, written as a set: all of them appear, or none does.
 *
 * <ol>
 * <li>{@link #add} checks a target ({@link OutputTarget}: regular files only, not one of the run's
 * inputs, not named twice) and at once creates its temporary file in the target's folder. The
 * temporary name is as long as the target's, so a read-only folder or a name too long for the file
 * system is reported here, before any work, with the operating system's reason.</li>
 * <li>The caller writes each temporary file ({@link Pending#open}).</li>
 * <li>{@link #commit} puts them all in place. Without permission to replace, each target is created
 * with a hard link, which fails if a file of that name appeared meanwhile (another run, another
 * program): nothing is ever replaced by surprise. With permission, each is renamed over the old file,
 * which is kept aside until the whole set is in place. If any step fails, the ones already placed are
 * taken back (the old files restored).</li>
 * </ol>
 * Temporary files are registered with {@link TempFiles}, so SIGINT or SIGTERM removes them, and a
 * signal during {@link #commit} waits for it to finish: a set is never left half written.
 * {@link #close} removes whatever was not committed. Not thread-safe, except for the cleanup.
 */
public final class OutputSet implements AutoCloseable {
    private enum State { OPEN, COMMITTED, ABORTED }

    private final boolean overwrite;
    private final List<Path> inputs;
    private final List<Pending> pending = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private State state = State.OPEN;
    private Runnable afterPlacing = () -> { };

    /** A set that may replace existing regular files only with {@code overwrite}. */
    public OutputSet(boolean overwrite) {
        this(overwrite, List.of());
    }

    /**
     * @param overwrite whether existing regular files may be replaced
     * @param inputs    files the run reads: an output may never be one of them, even with {@code overwrite}
     */
    public OutputSet(boolean overwrite, Collection<Path> inputs) {
        this.overwrite = overwrite;
        this.inputs = List.copyOf(inputs);
        TempFiles.register(this);
    }

    /** One output of the set: its target and its temporary file. */
    public static final class Pending {
        private final Path target;
        private final Path file;
        private final Path temp;
        private final Object key;
        private Path backup;
        private boolean placed;

        private Pending(Path target, Path file, Path temp, Object key) {
            this.target = target;
            this.file = file;
            this.temp = temp;
            this.key = key;
        }

        /** The target as it was given. */
        public Path target() {
            return target;
        }

        /** The temporary file (hidden, beside the target). */
        public Path temp() {
            return temp;
        }

        /** A stream that replaces the temporary file's content (interruptible); close it before committing. */
        public OutputStream open() throws IOException {
            return Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    /**
     * Checks a target and creates its temporary file.
     *
     * @throws FileAlreadyExistsException if it exists and the set may not replace files
     * @throws IOException                with a one-line reason: not a regular file, one of the inputs,
     *                                    named twice, folder missing or not writable, name too long
     */
    public Pending add(Path target) throws IOException {
        lock.lock();
        try {
            if (state != State.OPEN) {
                throw new IllegalStateException("the set is " + state);
            }
            Path file = OutputTarget.check(target, overwrite);
            for (Path in : inputs) {
                if (Files.exists(file) && Files.exists(in) && Files.isSameFile(file, in)) {
                    throw new IOException(OutputTarget.reason(target, "it is the input file " + in
                            + "; choose another name"));
                }
            }
            for (Pending p : pending) {
                if (OutputTarget.identity(p.file).equals(OutputTarget.identity(file))
                        || (Files.exists(file) && Files.isSameFile(file, p.file))) {
                    throw new IOException(OutputTarget.reason(target, "the same file is named twice (also as "
                            + p.target + ")"));
                }
            }
            Path temp = reserve(target, file);
            Object key = Files.readAttributes(temp, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            Pending p = new Pending(target, file, temp, key);
            pending.add(p);
            return p;
        } finally {
            lock.unlock();
        }
    }

    /** Creates an empty temporary file whose name is as long as the target's. */
    private static Path reserve(Path target, Path file) throws IOException {
        String name = file.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path temp = file.resolveSibling(tempName(name, "part"));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 8) {
                    throw new IOException(OutputTarget.reason(target, "no free temporary name beside it"));
                }
            } catch (IOException e) {
                throw new IOException(OutputTarget.reason(target, FileErrors.reason(e)), e);
            }
        }
    }

    /**
     * A hidden name beside {@code name}, {@code .NAME~1a2b3c4d.EXT}, with as many bytes as {@code name}
     * when that is 16 bytes or more (the end of NAME is cut to fit): if it can be created, so can NAME.
     */
    static String tempName(String name, String ext) {
        String suffix = "~" + String.format("%08x", ThreadLocalRandom.current().nextInt()) + "." + ext;
        int room = name.getBytes(StandardCharsets.UTF_8).length - 1 - suffix.length();
        if (room <= 0) {
            return "." + name + suffix;
        }
        StringBuilder prefix = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length();) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > room) {
                break;
            }
            prefix.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        prefix.append("_".repeat(room - bytes));
        return "." + prefix + suffix;
    }

    /**
     * Puts every output in place, or none (see the class comment). Writes the data to disk first.
     *
     * @throws IOException with a one-line reason; then no target has changed
     */
    public void commit() throws IOException {
        lock.lock();
        try {
            if (state == State.ABORTED) {
                throw new IOException(OutputTarget.reason(pending.isEmpty() ? Path.of("?") : pending.get(0).target,
                        "stopped before the files were put in place"));
            }
            if (state != State.OPEN) {
                throw new IllegalStateException("the set is " + state);
            }
            for (Pending p : pending) {
                sync(p);
            }
            List<Pending> placed = new ArrayList<>();
            try {
                for (Pending p : pending) {
                    place(p);
                    placed.add(p);
                    afterPlacing.run();
                }
            } catch (IOException | RuntimeException e) {
                rollBack(placed);
                throw e;
            }
            state = State.COMMITTED;
            for (Pending p : pending) {
                Files.deleteIfExists(p.temp);
                if (p.backup != null) {
                    Files.deleteIfExists(p.backup);
                }
            }
            syncFolders();
        } finally {
            lock.unlock();
        }
    }

    private static void sync(Pending p) throws IOException {
        try (FileChannel c = FileChannel.open(p.temp, StandardOpenOption.WRITE)) {
            c.force(true);
        } catch (IOException e) {
            throw new IOException(OutputTarget.reason(p.target, FileErrors.reason(e)), e);
        }
    }

    private void syncFolders() {
        for (Pending p : pending) {
            try (FileChannel c = FileChannel.open(p.file.getParent(), StandardOpenOption.READ)) {
                c.force(true);
            } catch (IOException | RuntimeException e) {
                // not every system can sync a folder; the files themselves are on disk
            }
        }
    }

    private void place(Pending p) throws IOException {
        if (!overwrite) {
            try {
                Files.createLink(p.file, p.temp);
            } catch (FileAlreadyExistsException e) {
                throw appeared(p);
            } catch (UnsupportedOperationException | IOException e) {
                // a file system without hard links: a move that refuses an existing target
                try {
                    Files.move(p.temp, p.file);
                } catch (FileAlreadyExistsException e2) {
                    throw appeared(p);
                } catch (IOException e2) {
                    throw new IOException(OutputTarget.reason(p.target, FileErrors.reason(e2)), e2);
                }
            }
            p.placed = true;
            return;
        }
        String kind = FileErrors.kind(p.file);
        if (kind != null && !"a regular file".equals(kind)) {
            throw new IOException(OutputTarget.reason(p.target, "it became " + kind
                    + " while DequantLab was working; it was not replaced"));
        }
        if (kind != null) {
            Path backup = p.file.resolveSibling(tempName(p.file.getFileName().toString(), "old"));
            try {
                Files.createLink(backup, p.file);
                p.backup = backup;
            } catch (UnsupportedOperationException | IOException e) {
                // without a hard link the old file cannot be kept aside; the move below still replaces it atomically
            }
        }
        try {
            try {
                Files.move(p.temp, p.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(p.temp, p.file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(OutputTarget.reason(p.target, FileErrors.reason(e)), e);
        }
        p.placed = true;
    }

    private static IOException appeared(Pending p) {
        return new IOException(OutputTarget.reason(p.target, "a file of that name appeared while DequantLab was "
                + "working (another run?); it was not replaced (use --force to replace it)"));
    }

    /** Takes back placed outputs: the old file where one was kept aside, else removes ours. */
    private static void rollBack(List<Pending> placed) {
        for (int i = placed.size() - 1; i >= 0; i--) {
            Pending p = placed.get(i);
            try {
                if (p.backup != null) {
                    Files.move(p.backup, p.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    p.backup = null;
                } else if (ours(p)) {
                    Files.delete(p.file);
                }
            } catch (IOException | RuntimeException e) {
                // best effort: the error that caused the roll-back is the one reported
            }
            p.placed = false;
        }
    }

    private static boolean ours(Pending p) {
        try {
            Object key = Files.readAttributes(p.file, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey();
            return key != null && Objects.equals(key, p.key);
        } catch (IOException e) {
            return false;
        }
    }

    /** Test hook: runs after each output is put in place, inside {@link #commit}. */
    void afterPlacing(Runnable hook) {
        afterPlacing = hook;
    }

    /** Removes what was not committed (temporary files); the set cannot be committed afterwards. */
    @Override
    public void close() {
        abort(0);
        TempFiles.unregister(this);
    }

    /**
     * Stops the set unless it is committed: waits up to {@code waitMillis} for a commit in progress (so a
     * signal never splits a set), then deletes the temporary files and takes back anything placed.
     */
    void abort(long waitMillis) {
        boolean locked;
        try {
            locked = lock.tryLock(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        try {
            if (state == State.COMMITTED) {
                return;
            }
            state = State.ABORTED;
            if (locked) {
                rollBack(pending.stream().filter(p -> p.placed).toList());
            }
            for (Pending p : pending) {
                try {
                    Files.deleteIfExists(p.temp);
                    if (p.backup != null && locked) {
                        Files.deleteIfExists(p.backup);
                    }
                } catch (IOException e) {
                    // nothing more can be done about it
                }
            }
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }
}
