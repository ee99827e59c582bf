package org.dequantlab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;

/**
 * A configuration as a file: read with {@link InputFiles}' limits and {@link ConfigJson}'s
 * translation (which reads JSON with the same policy as experiment files), written atomically.
 * {@code train --config}, {@code export-gif --config} and {@code check} all read through
 * {@link #read}.
 */
public final class ConfigFile {
    private ConfigFile() {}

    /**
     * Reads a configuration file; reading changes nothing.
     *
     * @throws IOException a one-line message {@code cannot read FILE: REASON} for a missing, unreadable,
     *                     non-regular or too large file, text that is not JSON, or a bad field
     *                     ({@code cannot read FILE: seed: must be ...})
     */
    public static ExperimentConfig read(Path file) throws IOException {
        return parse(InputFiles.read(file), file.toString());
    }

    /** Parses the bytes of a configuration file; {@code name} is used in messages. */
    public static ExperimentConfig parse(byte[] utf8, String name) throws IOException {
        try {
            return ConfigJson.parse(utf8);
        } catch (IOException | ConfigException e) {
            throw new IOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a configuration atomically; an existing regular file is replaced only with
     * {@code overwrite} (see {@link AtomicFiles}).
     */
    public static void write(Path file, ExperimentConfig c, boolean overwrite) throws IOException {
        byte[] bytes = ConfigJson.toJson(c).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, overwrite, out -> out.write(bytes));
    }
}
