package org.dequantlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --png OUT} and {@code --svg OUT}: a command's chart as pictures (a mixin). */
final class ChartFiles {
    @Option(names = "--png", paramLabel = "OUT", description = "write the chart as PNG")
    Path png;

    @Option(names = "--svg", paramLabel = "OUT", description = "write the chart as SVG (- for standard output)")
    Path svg;

    /** Reserves both on {@code files} (written by {@link OutputFiles#writeChart}). */
    OutputFiles reserve(OutputFiles files) {
        return files.add("--png", png, false).add("--svg", svg, true);
    }
}
