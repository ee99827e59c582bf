package org.dequantlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ConfigFile;
import org.dequantlab.io.OutputSet;
import org.dequantlab.io.OutputTarget;

/**
 * How every command reads its inputs and reserves its outputs, so that they are refused the same way
 * and with the same exit code: problems found before the run starts are bad usage (exit 2), problems
 * after it started make the run fail (exit 1).
 */
final class CommandFiles {
    /** The name that means standard output where a command can write there. */
    static final String STDOUT = "-";

    private CommandFiles() {}

    /** Whether {@code p} is {@code -} (standard output). */
    static boolean isStdout(Path p) {
        return p != null && STDOUT.equals(p.toString());
    }

    /** A configuration file, read exactly as {@code check} reads it; a bad one is bad usage. */
    static ExperimentConfig readConfig(Path file) {
        try {
            return ConfigFile.read(file);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Checks an output and creates its temporary file now, before the run starts.
     *
     * @param stdoutAllowed whether the command could have written {@code -} instead (added to the
     *                      message for a device, FIFO or link, e.g. {@code /dev/stdout})
     */
    static OutputSet.Pending reserve(OutputSet outputs, Path target, boolean stdoutAllowed) {
        try {
            return outputs.add(target);
        } catch (OutputTarget.NotRegularFileException e) {
            throw new UsageException(e.getMessage() + (stdoutAllowed ? " (for standard output, write -)" : ""));
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
