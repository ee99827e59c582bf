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
        description = "Watch dequantisation methods (CatNF, TRUFL, Argmax, Voronoi) learn on 1-D and 2-D toy problems. "
                + "Without a command the window opens.",
        subcommands = {PresetsCommand.class, TrainCommand.class, BenchCommand.class, ExportGifCommand.class,
            CheckCommand.class, GradientsCommand.class, LandscapeCommand.class, SweepCommand.class,
            CommandLine.HelpCommand.class})
public final class DequantLabCli implements Callable<Integer> {
    /** Root options that belong to the command line rather than to the window. */
    private static final Set<String> ROOT_FLAGS = Set.of("-h", "--help", "-V", "--version");

    @Spec
    CommandSpec spec;

    private final boolean terminal;
    private final PrintStream stdout;

    DequantLabCli(boolean terminal, PrintStream stdout) {
        this.terminal = terminal;
        this.stdout = stdout;
    }

    /** Standard output as bytes (for binary data such as {@code export-gif --out -}). */
    PrintStream stdout() {
        return stdout;
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
     * Runs one command line. Every command reports errors the same way ({@link ErrorReporter}): one line
     * {@code dequantlab: REASON} on {@code err}. If standard output could not take everything written
     * to it (a full disk, a closed pipe), a run that would have succeeded exits 1 with the reason.
     *
     * @param terminal whether {@code err} is an interactive terminal
     * @return the exit code: 0 success, 1 the run failed or its output was not written, 2 bad usage or
     *         input (refused before anything was done)
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        PrintWriter o = writer(out);
        PrintWriter e = writer(err);
        int code;
        try {
            CommandLine cmd = new CommandLine(new DequantLabCli(terminal, out));
            ErrorReporter errors = new ErrorReporter();
            cmd.setOut(o).setErr(e).setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors)
                    .setCaseInsensitiveEnumValuesAllowed(true).setAbbreviatedOptionsAllowed(false);
            describeConfigFields(cmd.getSubcommands().get("train"));
            code = cmd.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
        if (out.checkError()) {
            String why = out instanceof StandardOutput s && s.failure() != null ? ": " + s.failure() : "";
            ErrorReporter.report(e, "cannot write to standard output" + why + "; the output is incomplete");
            return code == 0 ? ErrorReporter.FAILED : code;
        }
        return code;
    }

    /** Runs a command line in a non-interactive setting (tests, pipes). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /** Adds the configuration file's fields, from the settings table, to a command's help. */
    private static void describeConfigFields(CommandLine command) {
        if (command == null) {
            return;
        }
        java.util.List<String> footer = new java.util.ArrayList<>(java.util.List.of(
                command.getCommandSpec().usageMessage().footer()));
        footer.add("");
        footer.add("Configuration file (--config FILE): a JSON object with these fields; one left out takes the "
                + "'blog' preset's value.");
        for (String line : org.dequantlab.config.Settings.fileHelp().split("\n")) {
            footer.add(line.replace("%", "%%"));
        }
        command.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    }

    private static PrintWriter writer(PrintStream s) {
        return new PrintWriter(s, true);
    }
}
