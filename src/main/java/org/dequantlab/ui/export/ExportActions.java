package org.dequantlab.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ConfigFile;
import org.dequantlab.export.FrameImages;
import org.dequantlab.export.HistoryFrames;
import org.dequantlab.export.MetricCsv;
import org.dequantlab.render.Frame;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.History;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.Snapshot;

/**
 * One-shot saves for the window's menu: each asks for a file, asks before replacing one, writes it
 * atomically and reports a failure in an alert. One line per menu item, e.g.
 * {@code ExportActions.savePng(stage, trainer.latest(), trainer.history(), options, 1600, 900)}.
 * The pictures come from the one renderer, so they show what the window shows.
 */
public final class ExportActions {
    private ExportActions() {}

    /** "Save PNG of the current frame": {@code snapshot} must carry curves (the window's do). */
    public static void savePng(Window owner, Snapshot snapshot, History history, RenderOptions options, int width,
            int height) {
        Frame frame = HistoryFrames.frameOf(snapshot, history.records(), history.changes());
        save(owner, "Save PNG", "PNG image", ".png", "dequantlab-" + snapshot.step() + ".png",
                (target, overwrite) -> FrameImages.png(frame, options, width, height, target, overwrite));
    }

    /** "Save frame as SVG". */
    public static void saveFrameSvg(Window owner, Snapshot snapshot, History history, RenderOptions options,
            int width, int height) {
        Frame frame = HistoryFrames.frameOf(snapshot, history.records(), history.changes());
        save(owner, "Save frame as SVG", "SVG image", ".svg", "dequantlab-" + snapshot.step() + ".svg",
                (target, overwrite) -> FrameImages.svg(frame, options, width, height, target, overwrite));
    }

    /** "Save curves as SVG" (the loss curves alone, vector, for papers and slides). */
    public static void saveCurvesSvg(Window owner, Snapshot snapshot, History history, RenderOptions options,
            int width, int height) {
        Frame frame = HistoryFrames.frameOf(snapshot, history.records(), history.changes());
        save(owner, "Save curves as SVG", "SVG image", ".svg", "dequantlab-curves-" + snapshot.step() + ".svg",
                (target, overwrite) -> FrameImages.curvesSvg(frame, options, width, height, target, overwrite));
    }

    /**
     * "Export metric history CSV" of the run that started on {@code initial}. Its metrics are computed
     * from every record's parameters (a few seconds for a long run), on a background thread.
     */
    public static void saveCsv(Window owner, History history, ExperimentConfig initial) {
        List<HistoryRecord> records = history.records();
        List<ConfigChange> changes = history.changes();
        save(owner, "Export metric history", "CSV table", ".csv", "dequantlab-history.csv",
                (target, overwrite) -> {
                    Thread t = new Thread(() -> {
                        try {
                            MetricCsv.write(target, initial, records, changes, overwrite);
                        } catch (IOException | RuntimeException e) {
                            Platform.runLater(() -> alert(Alert.AlertType.ERROR, owner,
                                    "Export metric history failed", e.getMessage()).show());
                        }
                    }, "csv-export");
                    t.setDaemon(true);
                    t.start();
                });
    }

    /** "Save experiment JSON" (configuration and seed: enough to replay the run exactly). */
    public static void saveJson(Window owner, ExperimentConfig config) {
        save(owner, "Save experiment", "Experiment JSON", ".json", "dequantlab-experiment.json",
                (target, overwrite) -> ConfigFile.write(target, config, overwrite));
    }

    /** Writes one file to a chosen target. */
    @FunctionalInterface
    public interface Writer {
        void write(Path target, boolean overwrite) throws IOException;
    }

    /**
     * Asks for a file ({@code kind} and {@code extension} filter the chooser), asks before replacing one,
     * writes it with {@code writer} and reports a failure in an alert.
     */
    public static void save(Window owner, String title, String kind, String extension, String initialName,
            Writer writer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path target = withExtension(file.toPath(), extension);
        boolean overwrite = false;
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (!confirmReplace(owner, target)) {
                return;
            }
            overwrite = true;
        }
        try {
            writer.write(target, overwrite);
        } catch (IOException | RuntimeException e) {
            alert(Alert.AlertType.ERROR, owner, title + " failed", e.getMessage()).showAndWait();
        }
    }

    /** Adds {@code extension} unless the name already ends with it. */
    static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }

    /** Asks whether {@code target} may be replaced. */
    static boolean confirmReplace(Window owner, Path target) {
        ButtonType replace = GifExportDialog.replaceButton();
        Alert a = alert(Alert.AlertType.CONFIRMATION, owner, "Replace " + target.getFileName() + "?",
                target + " exists. Replace it?");
        a.getButtonTypes().setAll(replace, ButtonType.CANCEL);
        return a.showAndWait().filter(b -> b == replace).isPresent();
    }

    static Alert alert(Alert.AlertType type, Window owner, String header, String text) {
        Alert a = new Alert(type, text);
        a.initOwner(owner);
        a.setHeaderText(header);
        return a;
    }
}
