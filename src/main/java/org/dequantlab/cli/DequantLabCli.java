package org.dequantlab.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command {@code dequantlab}. {@link #run} parses and executes one command line and returns
 * its exit code without calling {@link System#exit}, so tests run it in-process.
 */
@Command(name = "dequantlab", mixinStandardHelpOptions = true, version = "DequantLab 0.1.0",
        description = "Watch dequantisation methods (CatNF, TRUFL, Argmax, Voronoi) learn on 1-D toy problems. "
                + "Without a command the window opens.",
        subcommands = {PresetsCommand.class, TrainCommand.class, BenchCommand.class, ExportGifCommand.class,
            CommandLine.HelpCommand.class})
public final class DequantLabCli implements Callable<Integer> {
    /** Root options that belong to the command line rather than to the window. */
    private static final Set<String> ROOT_FLAGS = Set.of("-h", "--help", "-V", "--version");

    @Spec
    CommandSpec spec;

    private final boolean terminal;

    DequantLabCli(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether stderr is an interactive terminal (progress then redraws one line). */
    boolean terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        // reached only through run() without a command: the launcher opens the window instead
        spec.commandLine().usage(spec.commandLine().getErr());
        return ErrorReporter.USAGE;
    }

    /**
     * Whether these launcher arguments are a command line (a sub-command or --help/--version) rather
     * than window flags such as {@code --open FILE}.
     */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || ROOT_FLAGS.contains(args[0]));
    }

    /**
     * Runs one command line.
     *
     * @param terminal whether {@code err} is an interactive terminal
     * @return the exit code: 0 success, 1 the run failed, 2 bad usage or input
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        PrintWriter o = writer(out);
        PrintWriter e = writer(err);
        try {
            CommandLine cmd = new CommandLine(new DequantLabCli(terminal));
            ErrorReporter errors = new ErrorReporter();
            cmd.setOut(o).setErr(e).setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors)
                    .setCaseInsensitiveEnumValuesAllowed(true).setAbbreviatedOptionsAllowed(false);
            return cmd.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** Runs a command line in a non-interactive setting (tests, pipes). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    private static PrintWriter writer(PrintStream s) {
        return new PrintWriter(s, true);
    }
}
