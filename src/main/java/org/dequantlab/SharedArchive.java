package org.dequantlab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The application class-data-sharing (AppCDS) archive of the distributions: the classes the window loads
 * at launch ({@value StartupClassPreloader#LIST}) and the JDK's own default list, parsed and verified once
 * and then mapped into every launch, instead of read from some fifty jars; and the lambda classes the launch
 * generates (about 1,200: {@value #LAMBDAS}, and the JDK's own), with the method-handle holder classes they
 * need, which the JVM would otherwise spin one by one at launch.
 *
 * <p>The launchers (the zips' scripts, the app image) start the JVM with
 * {@code -XX:SharedArchiveFile=A -Xlog:cds=off -Ddequantlab.cds.archive=A}. An archive serves only the JVM
 * build and the class path it was written with; any other JVM runs without it and says nothing
 * ({@code -Xlog:cds=off} keeps newer JVMs quiet about it). So when this JVM runs without sharing (the first
 * launch, a Java update, a moved folder) and A's folder is writable, {@link #refreshLater} starts a
 * background process, at low priority, that writes a new archive with this very JVM and class path
 * ({@code java -Xshare:dump}) into a temporary file and renames it to A: the next launch uses it.
 * The app image gets its archive at package time and the .deb at install, both through
 * {@value #WRITE_FLAG}.
 */
public final class SharedArchive {
    /** The system property naming the archive; set by the launchers, unset in development and tests. */
    public static final String PROPERTY = "dequantlab.cds.archive";
    /** The launcher flag that writes the archive now and exits (package time, the .deb's postinst). */
    public static final String WRITE_FLAG = "--write-shared-archive";
    /** The launch's {@code @lambda-proxy} and {@code @lambda-form-invoker} lines, recorded with the class list. */
    static final String LAMBDAS = "startup-lambdas.txt";
    /** Delay before a background refresh starts, so it never competes with the launch itself. */
    static final long REFRESH_DELAY_MILLIS = 4000;
    /** A lock older than this belongs to a refresh that died: it is taken over. */
    static final long STALE_LOCK_MILLIS = 10 * 60 * 1000;

    private SharedArchive() {}

    /** Whether this JVM runs with a class-data-sharing archive mapped (the launcher's, when it named one). */
    public static boolean inUse() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    /** Whether the launcher named an archive and this JVM maps it (the launch classes are in it). */
    public static boolean launcherArchiveInUse() {
        return configured() != null && inUse();
    }

    /** The archive the launcher named, or null (development runs, tests). */
    static Path configured() {
        String a = System.getProperty(PROPERTY);
        return a == null || a.isBlank() ? null : Path.of(a);
    }

    /**
     * If the launcher named an archive that this JVM could not use, writes a new one in the background after
     * {@link #REFRESH_DELAY_MILLIS} (a daemon thread: a command line that ends sooner starts nothing).
     */
    public static void refreshLater() {
        Path archive = configured();
        if (archive == null || inUse()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(REFRESH_DELAY_MILLIS);
                startRefresh(archive);
            } catch (InterruptedException | IOException | RuntimeException e) {
                // only an optimisation: the app runs as fast as without an archive
            }
        }, "shared-archive-refresh");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Starts the writing process, detached from this one, unless another one is writing already. */
    static void startRefresh(Path archive) throws IOException {
        Path dir = archive.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            return;
        }
        List<String> cmd = new ArrayList<>();
        Path nice = Path.of("/usr/bin/nice");
        if (Files.isExecutable(nice)) {
            cmd.addAll(List.of(nice.toString(), "-n", "10"));
        }
        cmd.addAll(List.of(javaBinary().toString(), "-D" + PROPERTY + "=" + archive,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), WRITE_FLAG));
        new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Writes the archive named by {@value #PROPERTY} with this JVM and class path, and waits: the launch
     * classes are dumped by {@code java -Xshare:dump} into a temporary file that replaces the archive when
     * complete. Returns 0 when written, 1 when it failed (the reason on stderr), 2 when no archive is named
     * or another process is writing it.
     */
    public static int writeNow() {
        Path archive = configured();
        if (archive == null) {
            System.err.println("dequantlab: " + WRITE_FLAG + " needs -D" + PROPERTY + "=FILE (the launchers set it)");
            return 2;
        }
        archive = archive.toAbsolutePath();
        Path lock = archive.resolveSibling(archive.getFileName() + ".lock");
        try {
            Files.createDirectories(archive.getParent());
            if (!takeLock(lock)) {
                System.err.println("dequantlab: another process is writing " + archive);
                return 2;
            }
        } catch (IOException e) {
            System.err.println("dequantlab: cannot write " + archive + ": " + e.getMessage());
            return 1;
        }
        Path list = null;
        Path log = null;
        Path tmp = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            list = Files.createTempFile("dequantlab-classes", ".lst");
            log = Files.createTempFile("dequantlab-cds", ".log");
            Files.write(list, classList());
            int code = dump(list, tmp, log);
            if (code != 0 || !Files.isRegularFile(tmp)) {
                // a JVM that refuses the lambda lines (they name JDK internals) still gets the classes
                Files.write(list, classList().stream().filter(l -> !l.startsWith("@")).toList());
                code = dump(list, tmp, log);
            }
            if (code != 0 || !Files.isRegularFile(tmp)) {
                System.err.println("dequantlab: java -Xshare:dump failed (exit " + code + "):");
                System.err.println(Files.readString(log, StandardCharsets.UTF_8).strip());
                return 1;
            }
            Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("dequantlab: cannot write " + archive + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(list);
            deleteQuietly(log);
            deleteQuietly(lock);
        }
    }

    private static int dump(Path list, Path archive, Path log) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        return new ProcessBuilder(javaBinary().toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", System.getProperty("java.class.path"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    }

    /** Creates the lock file; takes over one left by a process that died long ago. */
    private static boolean takeLock(Path lock) throws IOException {
        try {
            Files.createFile(lock);
            return true;
        } catch (FileAlreadyExistsException e) {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis();
            if (age < STALE_LOCK_MILLIS) {
                return false;
            }
            Files.deleteIfExists(lock);
            try {
                Files.createFile(lock);
                return true;
            } catch (FileAlreadyExistsException | AccessDeniedException again) {
                return false;
            }
        }
    }

    /**
     * What to archive, in the {@code -XX:SharedClassListFile} format: one binary name with slashes a line
     * (this JDK's own default list, then the window's launch classes), then the lambda lines (the JDK's, then
     * {@value #LAMBDAS}: each names the class whose lambda it is, so it comes after the classes). Entries the
     * JVM cannot find or archive are skipped by the dump, with a warning.
     */
    static List<String> classList() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Set<String> lambdas = new LinkedHashSet<>();
        Path jdkList = Path.of(System.getProperty("java.home"), "lib", "classlist");
        if (Files.isRegularFile(jdkList)) {
            for (String line : Files.readAllLines(jdkList, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    (line.startsWith("@") ? lambdas : names).add(line.strip());
                }
            }
        }
        for (String line : resource(StartupClassPreloader.LIST)) {
            names.add(line.replace('.', '/'));
        }
        for (String line : resource(LAMBDAS)) {
            if (line.startsWith("@lambda-proxy ") || line.startsWith("@lambda-form-invoker ")) {
                lambdas.add(line);
            }
        }
        List<String> all = new ArrayList<>(names);
        all.addAll(lambdas);
        return all;
    }

    /** The non-blank lines of a resource next to this class, stripped (none if it is missing). */
    private static List<String> resource(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = SharedArchive.class.getResourceAsStream(name)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
            }
        }
        return lines;
    }

    private static Path javaBinary() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary file left behind
            }
        }
    }
}
