package org.dequantlab.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any work, that a path can take an output file: DequantLab writes regular files only.
 * A symbolic link (dangling or not), a folder, a device such as {@code /dev/full}, a FIFO or a socket
 * is refused by name, with or without permission to replace; an existing regular file only without it.
 * The folder must exist. Whether the folder is writable and the name short enough is proved by
 * {@link OutputSet#add}, which creates the temporary file there at once.
 */
public final class OutputTarget {
    private OutputTarget() {}

    /** A path that names something DequantLab does not write: a link, a device, a FIFO, a folder. */
    public static final class NotRegularFileException extends IOException {
        NotRegularFileException(String message) {
            super(message);
        }
    }

    /**
     * @param overwrite whether an existing regular file may be replaced
     * @return the absolute target
     * @throws FileAlreadyExistsException if it exists and {@code overwrite} is false
     * @throws NotRegularFileException    if it names anything but a regular file
     * @throws IOException                if its folder does not exist
     */
    public static Path check(Path target, boolean overwrite) throws IOException {
        if (target.toString().isEmpty()) {
            throw new IOException("cannot write an output with an empty name");
        }
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw new NotRegularFileException(reason(target, "it is a folder"));
        }
        String kind = FileErrors.kind(file);
        if ("a symbolic link".equals(kind)) {
            String to = linkTarget(file);
            boolean dangling = !Files.exists(file);
            throw new NotRegularFileException(reason(target, "it is a symbolic link to " + to
                    + (dangling ? ", which does not exist" : "") + "; DequantLab writes regular files only, so name "
                    + "the file itself"));
        }
        if ("a folder".equals(kind)) {
            throw new NotRegularFileException(reason(target, "it is a folder"));
        }
        if (kind != null && !"a regular file".equals(kind)) {
            throw new NotRegularFileException(reason(target, "it is " + kind
                    + ", not a regular file; DequantLab writes regular files only"));
        }
        if (kind != null && !overwrite) {
            throw exists(target, file);
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(reason(target, Files.exists(folder) ? folder + " is not a folder"
                    : "folder " + folder + " does not exist"));
        }
        return file;
    }

    /** The refusal of an existing file without permission to replace it. */
    static FileAlreadyExistsException exists(Path target, Path file) {
        return new FileAlreadyExistsException(file.toString(), null,
                reason(target, "file exists (confirm replacing it, or use --force)")) {
            @Override
            public String getMessage() {
                return getReason();
            }
        };
    }

    /** {@code cannot write TARGET: WHY}. */
    static String reason(Path target, String why) {
        return "cannot write " + target + ": " + why;
    }

    /**
     * Where the file would be, with its folder's links resolved: two names that lead to the same place
     * give the same path (the folder must exist).
     */
    static Path identity(Path file) {
        try {
            return file.getParent().toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            return file.normalize();
        }
    }

    private static String linkTarget(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            return "another file";
        }
    }
}
