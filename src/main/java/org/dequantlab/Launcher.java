package org.dequantlab;

/**
 * Entry point of {@code target/dequantlab.jar}: no arguments opens the window, a sub-command runs
 * headless. A plain class (not an Application) so JavaFX on the class path works.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            org.dequantlab.ui.DequantLabApp.launchApp(args);
            return;
        }
        System.out.println("DequantLab: the window and the command line are being built.");
    }
}
