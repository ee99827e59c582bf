package org.dequantlab.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.RangeSlider;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.export.ExportCancelledException;
import org.dequantlab.export.ExportSettingException;
import org.dequantlab.export.GifExport;
import org.dequantlab.export.GifExportRequest;
import org.dequantlab.metrics.Plane;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.History;
import org.dequantlab.train.HistoryRecord;

/**
 * The "Export GIF…" dialog: any part of the recorded history (also after training), frames or steps
 * per frame, fps, size, panels, curves, loop, hold on the last frame. The estimated file size is shown
 * before encoding (re-estimated in the background after each change); encoding runs in a
 * {@link Task} off the FX thread with a progress bar and Cancel, so the window stays live. Replacing an
 * existing file needs a confirmation. Open it with {@code new GifExportDialog(owner, config, history).show()}.
 */
public final class GifExportDialog {
    /** Above this the estimate is shown as a warning (the usual upload limits are 5–10 MB). */
    public static final long WARN_BYTES = 5_000_000;

    private final Supplier<ExperimentConfig> config;
    private final History history;
    private final Stage stage = new Stage();
    private final GifExport export = new GifExport();

    private List<HistoryRecord> records = List.of();
    final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final Label rangeLabel = new Label();
    final RadioButton byFrames = new RadioButton("frames");
    final RadioButton byStride = new RadioButton("one frame every");
    final Spinner<Integer> frames = new Spinner<>(GifExportRequest.MIN_FRAMES, GifExportRequest.MAX_FRAMES,
            GifExportRequest.DEFAULT_FRAMES);
    final Spinner<Integer> stride = new Spinner<>(1, Integer.MAX_VALUE, 100);
    final Spinner<Integer> fps = new Spinner<>(GifExportRequest.MIN_FPS, GifExportRequest.MAX_FPS,
            GifExportRequest.DEFAULT_FPS);
    final Spinner<Integer> width = new Spinner<>(GifExportRequest.MIN_SIZE, GifExportRequest.MAX_SIZE,
            GifExportRequest.DEFAULT_WIDTH);
    final Spinner<Integer> height = new Spinner<>(GifExportRequest.MIN_SIZE, GifExportRequest.MAX_SIZE,
            GifExportRequest.DEFAULT_HEIGHT);
    final ChoiceBox<String> panels = new ChoiceBox<>();
    final CheckBox curves = new CheckBox("with loss curves");
    final CheckBox loop = new CheckBox("loop forever");
    final CheckBox hold = new CheckBox("hold the last frame " + (int) GifExportRequest.DEFAULT_HOLD_SECONDS + " s");
    final Label estimate = new Label("estimating…");
    final Label status = new Label();
    final ProgressBar progress = new ProgressBar(0);
    final Button exportButton = new Button("Export…");
    final Button cancelButton = new Button("Cancel");
    private final Button closeButton = new Button("Close");
    private final PauseTransition debounce = new PauseTransition(Duration.millis(400));
    private Task<GifExport.Estimate> estimating;
    Task<GifExport.Result> exporting;
    private final java.util.concurrent.atomic.AtomicBoolean stopRequested = new java.util.concurrent.atomic.AtomicBoolean();
    private Plane plane = Plane.LATENT;

    /**
     * @param owner   the main window (the dialog is modal to it), may be null
     * @param config  the current configuration (called on the FX thread)
     * @param history the run's history (read again with "Latest")
     */
    public GifExportDialog(Window owner, Supplier<ExperimentConfig> config, History history) {
        this.config = config;
        this.history = history;
        stage.setTitle("Export GIF");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(new Scene(layout()));
        stage.setOnCloseRequest(e -> cancelAll());
        reloadHistory();
        wire();
        reestimate();
    }

    /** Shows the dialog (not waiting). */
    public void show() {
        stage.show();
    }

    /** Draws 2-D runs in {@code p} (the window's plane) instead of the z-plane. */
    public GifExportDialog plane(Plane p) {
        plane = p;
        return this;
    }

    Stage stage() {
        return stage;
    }

    private VBox layout() {
        ToggleGroup g = new ToggleGroup();
        byFrames.setToggleGroup(g);
        byStride.setToggleGroup(g);
        byFrames.setSelected(true);
        for (Spinner<Integer> s : List.of(frames, stride, fps, width, height)) {
            s.setEditable(true);
            s.setPrefWidth(100);
        }
        range.setShowTickLabels(true);
        range.setPrefWidth(380);
        curves.setSelected(true);
        loop.setSelected(true);
        hold.setSelected(true);
        Button latest = new Button("Latest");
        latest.setTooltip(new javafx.scene.control.Tooltip("Read the history again (training may have gone on)"));
        latest.setOnAction(e -> {
            reloadHistory();
            reestimate();
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Steps"), new VBox(4, range, new HBox(8, rangeLabel, latest)));
        grid.addRow(row++, new Label("Frames"), new HBox(8, byFrames, frames, byStride, stride, new Label("steps")));
        grid.addRow(row++, new Label("Speed"), new HBox(8, fps, new Label("frames per second")));
        grid.addRow(row++, new Label("Size"), new HBox(8, width, new Label("×"), height, new Label("pixels")));
        grid.addRow(row++, new Label("Panels"), new HBox(8, panels, curves));
        grid.addRow(row++, new Label("Playback"), new HBox(12, loop, hold));
        grid.addRow(row++, new Label("File size"), estimate);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        cancelButton.setDisable(true);
        exportButton.setDefaultButton(true);
        status.setWrapText(true);
        status.setMaxWidth(520);
        HBox buttons = new HBox(8, exportButton, cancelButton, closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, grid, progress, status, buttons);
        root.setPadding(new Insets(12));
        return root;
    }

    private void wire() {
        stride.disableProperty().bind(byFrames.selectedProperty());
        frames.disableProperty().bind(byStride.selectedProperty());
        List<javafx.beans.Observable> inputs = new ArrayList<>(List.of(range.lowValueProperty(),
                range.highValueProperty(), byFrames.selectedProperty(), frames.valueProperty(), stride.valueProperty(),
                fps.valueProperty(), width.valueProperty(), height.valueProperty(), panels.valueProperty(),
                curves.selectedProperty(), loop.selectedProperty(), hold.selectedProperty()));
        for (javafx.beans.Observable o : inputs) {
            o.addListener(x -> {
                updateRangeLabel();
                reestimate();
            });
        }
        debounce.setOnFinished(e -> startEstimate());
        exportButton.setOnAction(e -> chooseAndExport());
        cancelButton.setOnAction(e -> {
            // Not Task.cancel(): that reports "cancelled" at once, while the worker is still mid-frame and
            // has not deleted its temporary file. The export polls this flag before each frame and ends
            // with ExportCancelledException once it has cleaned up.
            stopRequested.set(true);
            cancelButton.setDisable(true);
            status.textProperty().unbind();
            status.setText("Cancelling…");
        });
        closeButton.setOnAction(e -> {
            cancelAll();
            stage.close();
        });
    }

    private void reloadHistory() {
        records = history.records();
        ExperimentConfig c = config.get();
        String previous = panels.getValue();
        panels.getItems().clear();
        if (c.methods().size() > 1) {
            panels.getItems().add(GifExportRequest.allPanelsChoice(c));
        }
        for (DequantMethod m : c.methods()) {
            panels.getItems().add(m.label());
        }
        panels.setValue(previous != null && panels.getItems().contains(previous) ? previous : panels.getItems().get(0));
        if (records.isEmpty()) {
            range.setMin(0);
            range.setMax(1);
            range.setDisable(true);
        } else {
            long first = records.get(0).step(), last = records.get(records.size() - 1).step();
            range.setDisable(false);
            range.setMax(Math.max(last, first + 1));
            range.setMin(first);
            range.setLowValue(first);
            range.setHighValue(last);
            range.setMajorTickUnit(Math.max(1, (last - first) / 4.0));
        }
        updateRangeLabel();
    }

    private void updateRangeLabel() {
        rangeLabel.setText(records.isEmpty() ? "nothing recorded yet"
                : "from step " + from() + " to step " + to() + " (" + records.size() + " recorded steps)");
    }

    private long from() {
        return Math.round(range.getLowValue());
    }

    private long to() {
        return records.isEmpty() ? 0 : Math.min(records.get(records.size() - 1).step(), Math.round(range.getHighValue()));
    }

    /** The request from the current inputs. @throws ExportSettingException naming the bad field */
    GifExportRequest request() {
        ExperimentConfig c = config.get();
        List<DequantMethod> methods = new ArrayList<>();
        for (DequantMethod m : c.methods()) {
            if (GifExportRequest.allPanelsChoice(c).equals(panels.getValue()) || m.label().equals(panels.getValue())) {
                methods.add(m);
            }
        }
        RenderOptions options = new RenderOptions(methods, curves.isSelected(), false, 1.0, true, null)
                .withPlaneFor(c.latentDim(), plane);
        int n = byFrames.isSelected() ? value(frames) : GifExportRequest.framesFor(from(), to(), value(stride));
        return new GifExportRequest(c, records, history.changes(), from(), to(), n, value(fps), value(width),
                value(height), options, loop.isSelected(), hold.isSelected() ? GifExportRequest.DEFAULT_HOLD_SECONDS : 0);
    }

    private static int value(Spinner<Integer> s) {
        Integer v = s.getValue();
        return v == null ? 0 : v;
    }

    private void reestimate() {
        estimate.setText("estimating…");
        estimate.setStyle("");
        debounce.playFromStart();
    }

    private void startEstimate() {
        if (estimating != null) {
            estimating.cancel(false);
        }
        GifExportRequest req;
        try {
            req = request();
        } catch (ExportSettingException e) {
            estimate.setText(e.getMessage());
            estimate.setStyle("-fx-text-fill: #C62828;");
            exportButton.setDisable(true);
            return;
        }
        exportButton.setDisable(exporting != null);
        Task<GifExport.Estimate> task = new Task<>() {
            @Override
            protected GifExport.Estimate call() throws Exception {
                return new GifExport().estimate(req);
            }
        };
        task.setOnSucceeded(e -> {
            if (task != estimating) {
                return;
            }
            GifExport.Estimate est = task.getValue();
            estimate.setText(est.describe(req.frames()) + " (" + req.frames() + " frames)"
                    + (est.bytes() > WARN_BYTES ? ": large; fewer frames or a smaller size help" : ""));
            estimate.setStyle(est.bytes() > WARN_BYTES ? "-fx-text-fill: #B26A00;" : "");
        });
        task.setOnFailed(e -> {
            if (task == estimating) {
                estimate.setText("cannot estimate: " + task.getException().getMessage());
            }
        });
        estimating = task;
        start(task, "gif-estimate");
    }

    private void chooseAndExport() {
        GifExportRequest req;
        try {
            req = request();
        } catch (ExportSettingException e) {
            showStatus(e.getMessage(), true);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export GIF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GIF animation", "*.gif"));
        chooser.setInitialFileName("dequantlab-" + req.fromStep() + "-" + req.toStep() + ".gif");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = ExportActions.withExtension(file.toPath(), ".gif");
        boolean overwrite = false;
        if (Files.exists(target)) {
            if (!ExportActions.confirmReplace(stage, target)) {
                return;
            }
            overwrite = true;
        }
        exportTo(req, target, overwrite);
    }

    /** Starts encoding {@code req} into {@code target} in the background (public to tests through the package). */
    void exportTo(GifExportRequest req, Path target, boolean overwrite) {
        stopRequested.set(false);
        Task<GifExport.Result> task = new Task<>() {
            @Override
            protected GifExport.Result call() throws IOException {
                return export.export(req, target, overwrite, (done, total) -> {
                    updateProgress(done, total);
                    updateMessage("frame " + done + " of " + total);
                }, stopRequested::get);
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        exportButton.setDisable(true);
        cancelButton.setDisable(false);
        task.setOnSucceeded(e -> {
            GifExport.Result r = task.getValue();
            finish("Wrote " + r.file() + " (" + GifExport.humanBytes(r.bytes()) + ", " + r.frames() + " frames) in "
                    + String.format("%.1f s", r.millis() / 1000.0), false);
        });
        task.setOnCancelled(e -> finish("Cancelled: nothing was written.", false));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            finish(t instanceof ExportCancelledException ? "Cancelled: nothing was written."
                    : "Export failed: " + t.getMessage(), !(t instanceof ExportCancelledException));
        });
        exporting = task;
        start(task, "gif-export");
    }

    private void finish(String message, boolean error) {
        exporting = null;
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setVisible(false);
        cancelButton.setDisable(true);
        exportButton.setDisable(false);
        showStatus(message, error);
    }

    private void showStatus(String message, boolean error) {
        status.setText(message);
        status.setStyle(error ? "-fx-text-fill: #C62828;" : "");
    }

    private void cancelAll() {
        debounce.stop();
        Optional.ofNullable(estimating).ifPresent(t -> t.cancel(false));
        stopRequested.set(true);
    }

    private static void start(Task<?> task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** For the confirmation in tests and in {@link ExportActions}. */
    static ButtonType replaceButton() {
        return new ButtonType("Replace", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }
}
