package org.dequantlab;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Fixtures for the hostile-input tests: FIFOs and device nodes, the real launcher in a child JVM (for
 * signals, closed or full standard output, a missing display), and waiting for a file to appear.
 */
public final class Hostile {
    /** The longest any wait in these tests may take before it counts as a hang. */
    public static final long PATIENCE_SECONDS = 90;

    private Hostile() {}

    /** Makes a FIFO with {@code mkfifo}; false where that is not possible. */
    public static boolean mkfifo(Path p) {
        return run("mkfifo", p.toString());
    }

    /** Makes a private copy of {@code /dev/full} (needs root); false where that is not possible. */
    public static boolean mknodFull(Path p) {
        return run("mknod", p.toString(), "c", "1", "7");
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the tests run as root (which ignores file permissions). */
    public static boolean root() {
        try {
            return Files.getOwner(Path.of("/proc/self")).getName().equals("root");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * JVM options for a short-lived child JVM in a test: C1 alone, the serial collector and the JDK's class-data
     * archive, and no second verification of the bytecode (less CPU to start and run a few seconds; what the child
     * does is the same).
     */
    public static final List<String> CHILD_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote");

    /** {@code java -cp TEST_CLASSPATH org.dequantlab.Launcher ARGS}, without the test JVM's display settings. */
    public static ProcessBuilder launcher(String... args) {
        return child(List.of(), "org.dequantlab.Launcher", args);
    }

    /** {@code java -Xmx512m CHILD_JVM OPTIONS -cp TEST_CLASSPATH MAIN ARGS}. */
    private static ProcessBuilder child(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(CHILD_JVM);
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * {@code java OPTIONS -cp TEST_CLASSPATH MAIN ARGS} on the test JVMs' 1280×800 headless screen, which does not
     * compose pixels ({@code UnseenHeadlessPlatformFactory}): a child JVM that shows windows.
     */
    public static ProcessBuilder onTestScreen(List<String> options, String mainClass, String... args) {
        List<String> screen = new ArrayList<>(List.of("-Dprism.order=sw", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=UnseenHeadless", "-Dheadless.geometry=1280x800-32", "-Djava.awt.headless=true"));
        screen.addAll(options);
        return child(screen, mainClass, args);
    }

    /** How a child process ended: whether within {@link #PATIENCE_SECONDS}, its exit value and what it printed. */
    public record Ended(boolean inTime, int exitValue, String output) {}

    /** Runs {@code child} with its output (stdout and stderr) in {@code out}; kills it after the patience. */
    public static Ended run(ProcessBuilder child, Path out) throws IOException, InterruptedException {
        Process p = child.redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        return new Ended(ended, p.exitValue(), Files.readString(out, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Waits until a file in {@code dir} whose name matches {@code glob} satisfies {@code ready}. */
    public static Optional<Path> waitFor(Path dir, String glob, Predicate<Path> ready) throws InterruptedException {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(dir)) {
                Optional<Path> hit = s.filter(p -> m.matches(p.getFileName())).filter(ready).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            } catch (IOException e) {
                // the folder is changing; look again
            }
            Thread.sleep(20);
        }
        return Optional.empty();
    }

    /** The names in {@code dir}, sorted. */
    public static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Whether this JVM ignores SIGINT, and so every child it starts: a shell starts a command put in the
     * background ({@code cmd &}, without job control) with SIGINT ignored, the JVM then installs no handler
     * for it, and an ignored signal stays ignored across fork and exec. Read from Linux's
     * {@code /proc/self/status} (false where it is missing).
     */
    public static boolean sigintIgnored() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("SigIgn:")).findFirst()
                    .map(l -> (Long.parseUnsignedLong(l.substring(7).trim(), 16) & (1L << (2 - 1))) != 0)
                    .orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Sends a signal ({@code INT}, {@code TERM}) to a process. */
    public static void signal(Process p, String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor(30, TimeUnit.SECONDS);
    }
}
