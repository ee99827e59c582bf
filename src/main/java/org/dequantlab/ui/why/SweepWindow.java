package org.dequantlab.ui.why;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.export.ChartImages;
import org.dequantlab.io.AtomicFiles;
import org.dequantlab.render.why.SweepChart;
import org.dequantlab.sweep.SweepCsv;
import org.dequantlab.sweep.SweepJob;
import org.dequantlab.sweep.SweepPlan;
import org.dequantlab.sweep.SweepPresets;
import org.dequantlab.sweep.SweepResult;
import org.dequantlab.ui.export.ExportActions;

/**
 * The sweep window: choose a built-in sweep or vary one or two settings of the lab's configuration,
 * train every combination and seed on all cores ({@link SweepJob}, background priority), watch the
 * progress, cancel, and save the runs as CSV and the chart as PNG or SVG. The chart fills in as runs
 * finish.
 */
final class SweepWindow extends ToolWindow {
    private static final long PARTIAL_NANOS = 1_500_000_000L;
    static final String CUSTOM = "custom: the lab window's configuration";

    /** The file kinds the window saves. */
    enum Format { CSV, PNG, SVG }

    private final Supplier<ExperimentConfig> labConfig;
    private final ComboBox<String> preset = new ComboBox<>();
    private final SweepForm form = new SweepForm();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button[] saves = new Button[Format.values().length];
    private SweepJob job;
    private SweepResult result;
    private long started, lastPartial;

    SweepWindow(Window owner, Supplier<ExperimentConfig> labConfig) {
        super(owner, "Sweep — DequantLab", "sweep", 1040, 860);
        this.labConfig = labConfig;
        preset.setId("sweepPreset");
        preset.setPrefWidth(210);
        preset.getItems().add(CUSTOM);
        SweepPresets.all().forEach(p -> preset.getItems().add(p.name()));
        preset.setOnAction(e -> choosePreset());
        preset.setValue(SweepPresets.COLLAPSE.name());
        choosePreset();
        run.setId("sweepRun");
        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        cancel.setId("sweepCancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (job != null) {
                job.cancel();
            }
        });
        progress.setId("sweepProgress");
        progress.setPrefWidth(180);
        progressText.setId("sweepProgressText");
        FlowPane settings = new FlowPane(8, 6, new Label("Sweep"), preset, new Label("vary"), form.first, form.firstValues,
                new Label("and"), form.second, form.secondValues);
        FlowPane running = new FlowPane(8, 6, new Label("seeds"), form.seeds, new Label("steps"), form.steps,
                new Label("threads"), form.threads, run, cancel, progress, progressText);
        for (FlowPane p : new FlowPane[] {settings, running}) {
            p.setAlignment(Pos.CENTER_LEFT);
        }
        VBox top = new VBox(6, settings, running);
        top.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(top);
        HBox exports = new HBox(8);
        exports.setAlignment(Pos.CENTER_LEFT);
        for (Format f : Format.values()) {
            Button b = new Button("Save " + f + "…");
            b.setId("sweepSave" + f);
            b.setDisable(true);
            b.setOnAction(e -> choose(f));
            saves[f.ordinal()] = b;
            exports.getChildren().add(b);
        }
        exports.setPadding(new Insets(0, 8, 6, 8));
        root.setBottom(new VBox(2, status, exports));
        status.setText(describe());
    }

    private void choosePreset() {
        SweepPresets.all().stream().filter(p -> p.name().equals(preset.getValue())).findFirst().ifPresent(p -> {
            form.fill(p.plan());
            status.setText(p.description());
        });
    }

    /** The configuration the sweep varies: the chosen preset's, or the lab window's. */
    private ExperimentConfig base() {
        return SweepPresets.all().stream().filter(p -> p.name().equals(preset.getValue())).findFirst()
                .map(p -> p.plan().base()).orElseGet(labConfig);
    }

    private String describe() {
        return SweepPresets.all().stream().filter(p -> p.name().equals(preset.getValue())).findFirst()
                .map(SweepPresets.SweepPreset::description)
                .orElse("Varies the lab window's configuration; every run trains from its own seed.");
    }

    /** Reads the form and starts the sweep (FX thread). */
    void start() {
        if (job != null && !job.done()) {
            return;
        }
        SweepPlan plan;
        int threads;
        try {
            plan = form.plan(base());
            threads = form.threadCount();
        } catch (SweepForm.FormException e) {
            e.field.setStyle("-fx-border-color: #C62828;");
            e.field.requestFocus();
            status.setText(e.getMessage());
            return;
        }
        for (var f : new javafx.scene.control.TextField[] {form.firstValues, form.secondValues, form.seeds, form.steps,
            form.threads}) {
            f.setStyle("");
        }
        result = null;
        for (Button b : saves) {
            b.setDisable(true);
        }
        job = SweepJob.start(plan, threads, true);
        started = System.nanoTime();
        lastPartial = started;
        run.setDisable(true);
        cancel.setDisable(false);
        status.setText(String.format(Locale.ROOT, "Training %d runs of %,d steps on %d threads…", plan.taskCount(),
                plan.steps(), threads));
    }

    @Override
    void frame(long now) {
        if (job == null) {
            return;
        }
        SweepJob j = job;
        progress.setProgress(j.progress());
        progressText.setText(String.format(Locale.ROOT, "%d/%d runs  %.0f s", j.finishedRuns(), j.totalRuns(),
                (now - started) / 1e9));
        if (j.done()) {
            finish(j);
        } else if (now - lastPartial >= PARTIAL_NANOS && j.finishedRuns() > 0) {
            lastPartial = now;
            viewer.setChart(SweepChart.create(j.result()));
        }
    }

    private void finish(SweepJob j) {
        result = j.result();
        job = null;
        viewer.setChart(SweepChart.create(result));
        run.setDisable(false);
        cancel.setDisable(true);
        for (Button b : saves) {
            b.setDisable(false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long failed = result.failures();
        status.setText(result.cancelled()
                ? String.format(Locale.ROOT, "Cancelled after %.1f s: the chart shows the runs that finished.", seconds)
                : String.format(Locale.ROOT, "Done: %d runs in %.1f s%s.", result.outcomes().size(), seconds,
                        failed > 0 ? ", " + failed + " failed numerically (see the CSV)" : ""));
    }

    private void choose(Format f) {
        String ext = "." + f.name().toLowerCase(Locale.ROOT);
        ExportActions.save(stage, "Save sweep " + f, f + " file", ext, "dequantlab-sweep" + ext,
                (target, overwrite) -> export(f, target, overwrite));
    }

    /** Writes the last result as {@code f} (an existing file only with {@code overwrite}). */
    void export(Format f, Path target, boolean overwrite) throws IOException {
        SweepResult r = result;
        if (r == null) {
            throw new IOException("no sweep has finished yet");
        }
        switch (f) {
            case CSV -> {
                byte[] bytes = SweepCsv.csv(r).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(target, overwrite, out -> out.write(bytes));
            }
            case PNG -> AtomicFiles.write(target, overwrite, out -> ChartImages.png(SweepChart.create(r), SweepChart.WIDTH,
                    SweepChart.HEIGHT, out));
            case SVG -> {
                byte[] bytes = ChartImages.svg(SweepChart.create(r), SweepChart.WIDTH, SweepChart.HEIGHT)
                        .getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(target, overwrite, out -> out.write(bytes));
            }
            default -> throw new IllegalStateException(f.name());
        }
    }

    /** The last finished result (for tests), or null. */
    SweepResult result() {
        return result;
    }

    /** Whether a sweep is training. */
    boolean running() {
        return job != null;
    }

    SweepForm form() {
        return form;
    }

    ComboBox<String> presetChoice() {
        return preset;
    }

    @Override
    void closed() {
        if (job != null) {
            job.cancel();
        }
    }
}
