package org.dequantlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.io.AtomicFiles;
import org.dequantlab.io.IoConsumer;

/**
 * The output files of one command: checked together before any work (folder exists, not a folder,
 * not named twice, not existing unless {@code --force}), then each written atomically.
 */
final class OutputFiles {
    private final boolean force;
    private final List<Path> targets = new ArrayList<>();

    OutputFiles(boolean force) {
        this.force = force;
    }

    /**
     * Checks {@code target} (null: nothing to write) and remembers it.
     *
     * @throws UsageException naming the option and the reason
     */
    OutputFiles add(String option, Path target) {
        if (target == null) {
            return this;
        }
        Path normal = target.toAbsolutePath().normalize();
        for (Path p : targets) {
            if (p.equals(normal)) {
                throw new UsageException(option + " names " + target + ", which another option already writes");
            }
        }
        try {
            AtomicFiles.check(target, force);
        } catch (IOException e) {
            throw new UsageException(e.getMessage().replace("(confirm replacing it, or use --force)",
                    "(pass --force to replace it)"));
        }
        targets.add(normal);
        return this;
    }

    /** Writes {@code text} as UTF-8 to {@code target}. */
    void write(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code target} with what {@code body} puts into the stream. */
    void write(Path target, IoConsumer<java.io.OutputStream> body) throws IOException {
        AtomicFiles.write(target, force, body);
    }
}
