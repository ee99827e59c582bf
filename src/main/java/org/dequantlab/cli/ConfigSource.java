package org.dequantlab.cli;

import java.nio.file.Path;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import picocli.CommandLine.Option;

/**
 * {@code --preset NAME | --config FILE}: where a command's experiment comes from (an exclusive,
 * required argument group).
 */
final class ConfigSource {
    @Option(names = "--preset", paramLabel = "NAME", description = "a built-in experiment (see 'dequantlab presets')")
    String preset;

    @Option(names = "--config", paramLabel = "FILE", description = "a configuration JSON file")
    Path config;

    /** The configuration, or a {@link UsageException} naming the preset or file and what is wrong. */
    ExperimentConfig load() {
        if (preset != null) {
            try {
                return Presets.byName(preset).config();
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return CommandFiles.readConfig(config);
    }

    /** "preset blog" or the file name, for summaries. */
    String label() {
        return preset != null ? "preset " + Presets.byName(preset).name() : config.toString();
    }
}
