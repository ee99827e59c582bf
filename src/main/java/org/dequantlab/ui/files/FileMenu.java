package org.dequantlab.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.Plane;
import org.dequantlab.render.DensityView;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;
import org.dequantlab.ui.export.ExportActions;
import org.dequantlab.ui.export.GifExportDialog;

/**
 * The File menu: Open…, Open Recent, Save, Save As…, "Save with history", and the exports (GIF, PNG,
 * SVG, CSV, configuration JSON). The pictures are of the frame the window shows (a replayed step
 * too).
 */
public final class FileMenu {
    private static final int EXPORT_W = 1600, EXPORT_H = 900;
    private final ExperimentDocument document;
    private final Trainer trainer;
    private final Supplier<Window> owner;
    private final Supplier<Snapshot> shown;
    private final Supplier<ExperimentConfig> config;
    private final Menu menu = new Menu("_File");
    private final Menu recentMenu = new Menu("Open _Recent");
    private java.util.function.Function<Snapshot, DensityView> exportView = s -> DensityView.DEFAULT;
    private Supplier<Plane> exportPlane = () -> Plane.LATENT;

    public FileMenu(ExperimentDocument document, Trainer trainer, Supplier<Window> owner, Supplier<Snapshot> shown,
            Supplier<ExperimentConfig> config) {
        this.document = document;
        this.trainer = trainer;
        this.owner = owner;
        this.shown = shown;
        this.config = config;
        document.setErrorSink(this::showError);
        build();
    }

    public Menu menu() {
        return menu;
    }

    /** Adds New (the blog preset, after asking) at the top and Quit at the bottom. */
    public void addNewAndQuit(Runnable onNew, Runnable onQuit) {
        MenuItem newItem = item("_New", "menuNew", "Shortcut+N", onNew);
        MenuItem quit = item("_Quit", "menuQuit", "Shortcut+Q", onQuit);
        menu.getItems().add(0, newItem);
        menu.getItems().add(1, new SeparatorMenuItem());
        menu.getItems().addAll(new SeparatorMenuItem(), quit);
    }

    /**
     * The density view the picture exports use (the window's zoom), instead of the default axes, and the
     * plane 2-D runs are drawn in (the window's, for the GIF too).
     */
    public void setExportView(java.util.function.Function<Snapshot, DensityView> view, Supplier<Plane> plane) {
        exportView = view;
        exportPlane = plane;
    }

    private void build() {
        menu.setId("fileMenu");
        MenuItem open = item("_Open…", "menuOpen", "Shortcut+O", this::chooseAndOpen);
        recentMenu.setId("menuRecent");
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem save = item("_Save", "menuSave", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save _As…", "menuSaveAs", "Shortcut+Shift+S", this::chooseAndSaveAs);
        CheckMenuItem history = new CheckMenuItem("Save with history");
        history.setId("menuWithHistory");
        history.setSelected(document.withHistory());
        history.selectedProperty().addListener((o, a, b) -> document.setWithHistory(b));
        MenuItem gif = item("Export _GIF…", "menuGif", null,
                () -> new GifExportDialog(owner.get(), config, trainer.history()).plane(exportPlane.get()).show());
        MenuItem png = item("Save _PNG…", "menuPng", null, () -> withShown(s -> ExportActions.savePng(owner.get(), s,
                trainer.history(), exportOptions(s), EXPORT_W, EXPORT_H)));
        MenuItem svg = item("Save frame as S_VG…", "menuSvg", null, () -> withShown(s -> ExportActions.saveFrameSvg(
                owner.get(), s, trainer.history(), exportOptions(s), EXPORT_W, EXPORT_H)));
        MenuItem curves = item("Save _curves SVG…", "menuCurvesSvg", null, () -> withShown(s ->
                ExportActions.saveCurvesSvg(owner.get(), s, trainer.history(), exportOptions(s), EXPORT_W, EXPORT_H)));
        MenuItem csv = item("Export C_SV…", "menuCsv", null,
                () -> ExportActions.saveCsv(owner.get(), trainer.history(), trainer.initialConfig()));
        MenuItem json = item("Save config _JSON…", "menuConfigJson", null,
                () -> ExportActions.saveJson(owner.get(), config.get()));
        menu.getItems().setAll(open, recentMenu, new SeparatorMenuItem(), save, saveAs, history,
                new SeparatorMenuItem(), gif, png, svg, curves, csv, json);
    }

    private RenderOptions exportOptions(Snapshot s) {
        return new RenderOptions(s.config().methods(), true, false, 1.0, true, exportView.apply(s))
                .withPlaneFor(s.config().latentDim(), exportPlane.get());
    }

    private void withShown(java.util.function.Consumer<Snapshot> action) {
        Snapshot s = shown.get();
        if (s == null) {
            showError("Nothing to export yet: the first frame is still being computed.");
            return;
        }
        action.accept(s);
    }

    private MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private void fillRecent() {
        List<Path> files = document.recent().list();
        recentMenu.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        for (Path p : files) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> document.open(p));
            recentMenu.getItems().add(i);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("DequantLab experiment", "*.json"));
        Path f = document.file();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(f.toAbsolutePath().getParent().toFile());
            c.setInitialFileName(String.valueOf(f.getFileName()));
        } else {
            c.setInitialFileName("experiment.json");
        }
        return c;
    }

    private void chooseAndOpen() {
        File f = chooser("Open experiment").showOpenDialog(owner.get());
        if (f != null) {
            document.open(f.toPath());
        }
    }

    private void save() {
        if (!document.save() && document.file() == null) {
            chooseAndSaveAs();
        }
    }

    private void chooseAndSaveAs() {
        File f = chooser("Save experiment as").showSaveDialog(owner.get());
        if (f != null) {
            document.saveAs(f.toPath(), this::confirmReplace);
        }
    }

    private boolean confirmReplace(Path target) {
        ButtonType replace = new ButtonType("Replace", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, target + " exists. Replace it?", replace, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle("DequantLab");
        a.setHeaderText("Replace " + target.getFileName() + "?");
        return a.showAndWait().filter(b -> b == replace).isPresent();
    }

    private void showError(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        if (owner.get() != null) {
            a.initOwner(owner.get());
        }
        a.setTitle("DequantLab");
        a.setHeaderText("The file could not be used; nothing was changed.");
        a.getDialogPane().setMinWidth(520);
        a.show();
    }
}
