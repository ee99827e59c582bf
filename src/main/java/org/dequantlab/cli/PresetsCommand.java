package org.dequantlab.cli;

import java.util.concurrent.Callable;
import org.dequantlab.config.Preset;
import org.dequantlab.config.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dequantlab presets}: lists the built-in experiments. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "List the built-in experiments (use one with 'train --preset NAME').")
final class PresetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int width = Presets.all().stream().mapToInt(p -> p.name().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Preset p : Presets.all()) {
            sb.append(p.name()).append(" ".repeat(width - p.name().length() + 2)).append(p.description()).append('\n');
        }
        spec.commandLine().getOut().print(sb);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
