package org.dequantlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dequantlab.export.ChartImages;
import org.dequantlab.io.FileErrors;
import org.dequantlab.io.IoConsumer;
import org.dequantlab.io.OutputSet;
import org.jfree.chart.JFreeChart;

/**
 * The output files of one command, by option, on an {@link OutputSet}: each is checked and its
 * temporary file created by {@link #add} before any work (regular files only, never the input, never
 * replaced without {@code --force}), written by {@link #write}, and put in place together by
 * {@link #commit} (all or none). One text output may be {@code -}, standard output; the command then
 * prints its table for people on stderr ({@link #dataOnStdout}).
 */
final class OutputFiles implements AutoCloseable {
    private final OutputSet set;
    private final Map<String, OutputSet.Pending> files = new LinkedHashMap<>();
    private String stdoutOption;
    private String stdoutText;

    /** @param input the configuration file the command reads, or null (an output may never be it) */
    OutputFiles(boolean force, Path input) {
        this.set = new OutputSet(force, input == null ? List.of() : List.of(input));
    }

    /**
     * Reserves {@code target} for {@code option} (null: nothing to write).
     *
     * @param text whether the output is text (only text may go to standard output)
     * @throws UsageException naming the file and the reason
     */
    OutputFiles add(String option, Path target, boolean text) {
        if (target == null) {
            return this;
        }
        if (CommandFiles.isStdout(target)) {
            if (!text) {
                throw new UsageException(option + " cannot go to standard output (-): it is not text");
            }
            if (stdoutOption != null) {
                throw new UsageException(stdoutOption + " and " + option + " cannot both go to standard output (-)");
            }
            stdoutOption = option;
            return this;
        }
        files.put(option, CommandFiles.reserve(set, target, text));
        return this;
    }

    /** Whether some output goes to standard output (then tables for people go to stderr). */
    boolean dataOnStdout() {
        return stdoutOption != null;
    }

    /** Whether {@code option} has an output. */
    boolean has(String option) {
        return files.containsKey(option) || option.equals(stdoutOption);
    }

    /** Writes text for {@code option}. */
    void write(String option, String text) throws IOException {
        if (option.equals(stdoutOption)) {
            stdoutText = text;
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(option, out -> out.write(bytes));
    }

    /** Writes what {@code body} puts into the stream for {@code option} (a file). */
    void write(String option, IoConsumer<OutputStream> body) throws IOException {
        if (option.equals(stdoutOption)) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            body.accept(b);
            stdoutText = b.toString(StandardCharsets.UTF_8);
            return;
        }
        OutputSet.Pending p = files.get(option);
        try (OutputStream o = p.open()) {
            body.accept(o);
        } catch (IOException e) {
            throw new IOException("cannot write " + p.target() + ": " + FileErrors.reason(e), e);
        }
    }

    /**
     * Writes the chart {@code chart} builds as {@code --png} and {@code --svg}, where the command has
     * them (built once, only if one is wanted).
     */
    void writeChart(Supplier<JFreeChart> chart, int width, int height) throws IOException {
        if (!has("--png") && !has("--svg")) {
            return;
        }
        JFreeChart c = chart.get();
        if (has("--png")) {
            write("--png", o -> ChartImages.png(c, width, height, o));
        }
        if (has("--svg")) {
            write("--svg", ChartImages.svg(c, width, height));
        }
    }

    /** Puts every file in place (all or none), names them on {@code err} and prints the standard output share. */
    void commit(PrintWriter out, PrintWriter err) throws IOException {
        set.commit();
        for (OutputSet.Pending p : files.values()) {
            err.println("wrote " + p.target());
        }
        err.flush();
        if (stdoutText != null) {
            out.print(stdoutText);
            out.flush();
        }
    }

    @Override
    public void close() {
        set.close();
    }
}
