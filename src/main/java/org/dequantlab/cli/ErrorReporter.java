package org.dequantlab.cli;

import java.io.PrintWriter;
import org.dequantlab.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every error into ONE line {@code dequantlab: <reason>} on stderr, never a stack trace: bad
 * flags and bad input exit with 2, failed runs with 1. Set the environment variable
 * {@code DEQUANTLAB_DEBUG=1} to also get the stack trace of unexpected errors.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int USAGE = CommandLine.ExitCode.USAGE; // 2
    static final int FAILED = CommandLine.ExitCode.SOFTWARE; // 1

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        report(cmd.getErr(), ex.getMessage() + " (see '" + help + "')");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof UsageException || ex instanceof ConfigException) {
            report(err, ex.getMessage());
            return USAGE;
        }
        if (ex instanceof RunFailedException) {
            report(err, ex.getMessage());
            return FAILED;
        }
        report(err, "internal error: " + ex + " (set DEQUANTLAB_DEBUG=1 for details)");
        if (System.getenv("DEQUANTLAB_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return FAILED;
    }

    /** Prints a message as a single line. */
    static void report(PrintWriter err, String message) {
        String line = (message == null ? "unknown error" : message).strip().replaceAll("\\s*\\R\\s*", "; ");
        if (line.startsWith("Error: ")) {
            line = line.substring("Error: ".length());
        }
        err.println("dequantlab: " + line);
        err.flush();
    }
}
