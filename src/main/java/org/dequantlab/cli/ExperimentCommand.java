package org.dequantlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dequantlab.config.ExperimentConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the commands that look at an experiment ({@code gradients}, {@code landscape}, {@code sweep})
 * share: {@code --preset NAME | --config FILE}, {@code --method}, {@code --force}, the streams and
 * whether stderr is a terminal. The configuration is read as every command reads it
 * ({@link ConfigSource}) and the outputs are reserved the same way ({@link OutputFiles}).
 */
abstract class ExperimentCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    ConfigSource source;

    @Option(names = "--method", paramLabel = "METHODS", converter = Choices.MethodsConverter.class,
            description = "which methods (default: the configuration's): " + Choices.METHOD_VALUES)
    Choices.MethodSelection methods;

    @Option(names = "--force", description = "replace existing output files (regular files only)")
    boolean force;

    @Spec
    CommandSpec spec;

    @ParentCommand
    DequantLabCli parent;

    /** Where results go. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where progress and messages go. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Whether stderr is an interactive terminal (progress then redraws one line). */
    final boolean terminal() {
        return parent != null && parent.terminal();
    }

    /** The preset or file, with the methods {@code --method} chose; a bad one is bad usage. */
    final ExperimentConfig config() {
        ExperimentConfig config = source.load();
        return methods == null ? config : config.withMethods(methods.methods());
    }

    /** The command's output files, none reserved yet; none may be the configuration file. */
    final OutputFiles outputs() {
        return new OutputFiles(force, source.config);
    }
}
