package org.dequantlab.ui.files;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The last {@link #MAX} experiment files opened or saved, newest first, kept in the user's
 * {@link Preferences} (node {@code /org/dequantlab}); files that no longer exist are dropped.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    private static final String KEY = "recentFiles";
    private final Preferences node;

    /** The user's list (system property {@code dequantlab.prefsNode} names another node, for tests). */
    public static RecentFiles user() {
        return new RecentFiles(Preferences.userRoot().node(System.getProperty("dequantlab.prefsNode", "org/dequantlab")));
    }

    /** A list kept in {@code node} (tests use a throw-away node). */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The existing files, newest first (missing ones are pruned from the stored list). */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        boolean pruned = false;
        for (String line : node.get(KEY, "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Path p = Path.of(line);
                if (Files.isRegularFile(p) && !out.contains(p) && out.size() < MAX) {
                    out.add(p);
                } else {
                    pruned = true;
                }
            } catch (InvalidPathException e) {
                pruned = true;
            }
        }
        if (pruned) {
            store(out);
        }
        return out;
    }

    /** Puts {@code file} first. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> l = list();
        l.remove(p);
        l.add(0, p);
        while (l.size() > MAX) {
            l.remove(l.size() - 1);
        }
        store(l);
    }

    /** Drops {@code file}. */
    public void remove(Path file) {
        List<Path> l = list();
        if (l.remove(file.toAbsolutePath().normalize())) {
            store(l);
        }
    }

    private void store(List<Path> l) {
        StringBuilder sb = new StringBuilder();
        for (Path p : l) {
            sb.append(p).append('\n');
        }
        node.put(KEY, sb.toString());
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // the list is a convenience: keep working without it
        }
    }
}
