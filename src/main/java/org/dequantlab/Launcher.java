package org.dequantlab;

import org.dequantlab.cli.DequantLabCli;
import org.dequantlab.cli.StandardOutput;
import org.dequantlab.ui.DequantLabApp;

/**
 * Entry point of {@code target/dequantlab.jar}: no arguments (or only window flags such as
 * {@code --open FILE}, {@code --fps-report N}) opens the window; a sub-command ({@code presets},
 * {@code train}, {@code bench}, {@code help}) or {@code --help}/{@code --version} runs headless and
 * exits with its code. A plain class (not an Application) so JavaFX on the class path works.
 * {@value SharedArchive#WRITE_FLAG} alone writes the launchers' class-data-sharing archive ({@link SharedArchive}).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 1 && SharedArchive.WRITE_FLAG.equals(args[0])) {
            System.exit(SharedArchive.writeNow());
        }
        SharedArchive.refreshLater();
        if (DequantLabCli.isCommandLine(args)) {
            // standard output that keeps the reason of a failed write (a full disk, a closed pipe)
            System.exit(DequantLabCli.run(args, StandardOutput.system(), System.err, System.console() != null));
        } else {
            StartupClassPreloader.start();
            DequantLabApp.launchApp(args);
        }
    }
}
