package org.dequantlab.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The operating system's own words for a failed file operation ("Permission denied", "No space left
 * on device", "File name too long") and plain names for kinds of files, for one-line messages such as
 * {@code cannot write out.json: Permission denied}.
 */
public final class FileErrors {
    private FileErrors() {}

    /** The reason of a failure as the operating system puts it, without the file's name. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return f.getReason();
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // FileOutputStream and friends say "PATH (Reason)"
        int open = m.lastIndexOf(" (");
        if (open > 0 && m.endsWith(")")) {
            return m.substring(open + 2, m.length() - 1);
        }
        return m;
    }

    /**
     * What a path names, without following a symbolic link: "a folder", "a symbolic link",
     * "a FIFO (named pipe)", "a character device", "a block device", "a socket", "a regular file", or
     * null if nothing is there.
     */
    public static String kind(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(p)) {
            return "a symbolic link";
        }
        return kindOf(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** What a path leads to, following symbolic links (as reading it would); null if nothing. */
    public static String target(Path p) {
        return Files.exists(p) ? kindOf(p) : null;
    }

    private static String kindOf(Path p, LinkOption... options) {
        if (Files.isDirectory(p, options)) {
            return "a folder";
        }
        if (Files.isRegularFile(p, options)) {
            return "a regular file";
        }
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode", options) & 0170000;
            switch (type) {
                case 0010000:
                    return "a FIFO (named pipe)";
                case 0020000:
                    return "a character device";
                case 0060000:
                    return "a block device";
                case 0140000:
                    return "a socket";
                default:
                    break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // not a Unix file system: the generic name below
        }
        return "not a regular file";
    }
}
