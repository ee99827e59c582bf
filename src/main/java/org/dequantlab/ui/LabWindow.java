package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.render.CurvesChartFactory;
import org.dequantlab.render.Frame;
import org.dequantlab.render.Overlays;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.History;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.ui.files.ExperimentDocument;
import org.dequantlab.ui.files.FileMenu;
import org.dequantlab.ui.files.OpeningBar;
import org.dequantlab.ui.files.RecentFiles;
import org.dequantlab.ui.sampling.SamplingController;
import org.dequantlab.ui.timeline.Timeline;

/**
 * The lab window and its controller: toolbar, the renderer's drawing of the latest snapshot on a
 * canvas, the interactive loss curves, the metrics readout and the configuration editor.
 *
 * <p>Threading: the {@link Trainer} trains on its own low-priority thread; an AnimationTimer reads
 * {@link Trainer#latest()} every pulse and, only when its version moved, asks the {@link FramePainter}
 * for a frame, which the painter's thread draws and a later pulse shows (latest wins, no runLater per
 * step). The curves follow {@link Trainer#history()} at most 5 times a second when idle and twice a
 * second while training (then drawn off the FX thread as well).
 */
public final class LabWindow {
    /** Points per curve in the window (about one per 2–3 pixels; min/max kept). */
    private static final int CHART_POINTS = 400;
    private static final long METRICS_INTERVAL_NANOS = 100_000_000L;
    private static final double DEFAULT_SPEED = 500;

    private final Trainer trainer;
    private final LaunchOptions options;
    private final SnapshotRenderer renderer = new SnapshotRenderer();
    private final SplittableRandom seeds = new SplittableRandom();
    private Predicate<String> confirmer = LabWindow::askUser;
    private ExperimentConfig config;

    // nodes
    private final BorderPane root = new BorderPane();
    private final ResizableCanvas canvas = new ResizableCanvas();
    private final FramePainter painter = new FramePainter();
    private final CurvesPane curves = new CurvesPane(CHART_POINTS);
    private final ToggleButton play = new ToggleButton("▶ Play");
    private final Label stepLabel = new Label("Starting…");
    private final Label rateLabel = new Label("");
    private final Slider speed = new Slider(0, SpeedScale.MAX, SpeedScale.position(DEFAULT_SPEED));
    private final Label speedValue = new Label();
    private final TextField stopAt = new TextField();
    private final ComboBox<String> preset = new ComboBox<>();
    private final Spinner<Double> lambdaRec = new Spinner<>();
    private final Spinner<Double> lambdaKl = new Spinner<>();
    private final CheckBox logScale = new CheckBox("log scale");
    private final MetricsTable metrics = new MetricsTable();
    private final ConfigSheet sheet;
    private final HelpOverlay help = new HelpOverlay();
    private final Label failureText = new Label();
    private final HBox banner;
    private Stage stage;

    // frame state (FX thread)
    private final AnimationTimer timer;
    private long drawnVersion = -1;
    private boolean anyFrameDrawn;
    private double drawnW, drawnH;
    private boolean startingDrawn;
    private long lastMetrics, lastRate;
    private boolean updating;
    /** How long showing the window waits for the painter's first frame (then a pulse shows it). */
    private static final long FIRST_FRAME_WAIT_MILLIS = 2000;
    private final FpsReport fps;
    private final Rectangle fpsHeartbeat = new Rectangle(1, 1);
    private long fpsStartStep;
    private boolean closed;
    // timeline, files and sampling (issue 5)
    private final Timeline timeline;
    private final ExperimentDocument files;
    private final OpeningBar opening;
    private ExperimentConfig configBeforeOpen;
    private final SamplingController sampling = new SamplingController();
    private Snapshot shown;
    // presentation mode, explanations, tour, slow motion, custom toys (issue 5)
    private final Classroom classroom;

    public LabWindow(ExperimentConfig initial, LaunchOptions options) {
        this(initial, options, new Trainer(initial));
    }

    /**
     * A window on a trainer started earlier on {@code initial} (the launcher starts it while the
     * toolkit starts, so the first snapshot is ready when the window is laid out). The window owns it
     * from now on and closes it.
     */
    public LabWindow(ExperimentConfig initial, LaunchOptions options, Trainer trainer) {
        this.options = options;
        this.config = initial;
        this.trainer = trainer;
        this.trainer.setSpeed(SpeedScale.stepsPerSecond(speed.getValue()));
        this.fps = options.fpsReport() ? new FpsReport(options.fpsReportSeconds()) : null;
        this.sheet = new ConfigSheet(this::edit);
        this.banner = buildBanner();
        this.timeline = new Timeline(trainer);
        this.files = new ExperimentDocument(trainer, () -> config, this::restore, RecentFiles.user());
        this.opening = new OpeningBar(trainer, files, this::cancelOpening);
        build();
        this.classroom = new Classroom(this, root, canvas, curves);
        sheet.show(config);
        syncToolbar();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        timer.start();
    }

    // ----------------------------------------------------------------- public API

    /** The trainer (for tests). */
    public Trainer trainer() {
        return trainer;
    }

    public Parent root() {
        return root;
    }

    /** The configuration the window has asked for (the trainer follows within a step). */
    public ExperimentConfig config() {
        return config;
    }

    /** Replaces the confirmation dialog (tests answer yes or no without a modal Alert). */
    public void setConfirmer(Predicate<String> confirmer) {
        this.confirmer = confirmer;
    }

    public ResizableCanvas canvas() {
        return canvas;
    }

    /**
     * Draws a given snapshot on the canvas now (FX thread). It stays until the trainer publishes a
     * newer snapshot or the canvas is resized.
     */
    public void showSnapshot(Snapshot s) {
        draw(s, canvas.getWidth(), canvas.getHeight(), true);
    }

    public ConfigSheet sheet() {
        return sheet;
    }

    public Timeline timeline() {
        return timeline;
    }

    public ExperimentDocument files() {
        return files;
    }

    public SamplingController sampling() {
        return sampling;
    }

    /** The snapshot drawn last (live or replayed), or null. */
    public Snapshot shownSnapshot() {
        return shown;
    }

    /** Replaces the run by an opened experiment: replayed on the trainer to its saved step, paused, live. */
    public void restore(ExperimentFile.Experiment e) {
        if (!trainer.replaying()) {
            configBeforeOpen = config;
        }
        play.setSelected(false);
        syncPlayText();
        timeline.goLive();
        config = e.finalConfig();
        trainer.restore(e.config(), e.changes(), e.steps());
        refreshEditors();
    }

    /** Stops replaying a file being opened and returns to the run shown before it. */
    public void cancelOpening() {
        if (files.opening()) {
            files.cancelOpening();
            config = configBeforeOpen;
            refreshEditors();
        }
    }

    /** Puts the window on a stage; {@code exitOnClose} ends the application when it closes. */
    public void show(Stage stage, boolean exitOnClose) {
        this.stage = stage;
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.titleProperty().bind(files.titleProperty());
        stage.setOnHidden(e -> {
            close();
            if (exitOnClose) {
                Platform.exit();
            }
        });
        boolean firstFrameRequested = drawFirstFrameBeforeShowing(scene);
        stage.show();
        if (firstFrameRequested && painter.showWhenDrawn(canvas.getGraphicsContext2D(), FIRST_FRAME_WAIT_MILLIS)
                && fps != null) {
            fps.firstFrameDrawn(false);
        }
        classroom.attach(stage, scene, options.present());
    }

    /**
     * Fills the window with the first snapshot, lays it out (what showing it would do first) and has
     * the painter draw the first frame while the window itself is created, so the window's first
     * rendering already shows the run, its metrics and curves, instead of a placeholder followed by a
     * second full rendering and a relayout (about 0.3 s at launch on two cores). Without a snapshot
     * yet, the first pulses do it as before.
     *
     * @return whether the first frame was requested
     */
    private boolean drawFirstFrameBeforeShowing(Scene scene) {
        Snapshot s = trainer.latest();
        if (s != null) {
            updateReadouts(s, s, System.nanoTime()); // before the layout: the chart is drawn once, with data
        }
        root.resize(scene.getWidth(), scene.getHeight());
        root.applyCss();
        root.layout();
        s = s != null ? s : trainer.latest();
        if (s == null || anyFrameDrawn) {
            return false;
        }
        drawFrame(s, canvas.getWidth(), canvas.getHeight(), false);
        return anyFrameDrawn;
    }

    /** The classroom features (presentation mode, explanations, toy editor, tour). */
    public Classroom classroom() {
        return classroom;
    }

    /** Stops the timer and the trainer's thread. Idempotent. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        timer.stop();
        timeline.close();
        trainer.close();
        painter.close();
        curves.dispose();
    }

    // ----------------------------------------------------------------- layout

    private void build() {
        play.setId("play");
        play.setOnAction(e -> {
            if (play.isSelected()) {
                timeline.goLive();
                trainer.play();
            } else {
                trainer.pause();
            }
            syncPlayText();
        });
        Button step1 = button("Step 1", "step1", () -> step(1));
        Button step10 = button("Step 10", "step10", () -> step(10));
        Button step100 = button("Step 100", "step100", () -> step(100));
        Button reset = button("Reset", "reset", this::reset);
        reset.setTooltip(new Tooltip("Back to step 0 with the same seed: the same initial picture (R)"));
        Button newSeed = button("New seed", "newSeed", this::newSeed);
        Button helpButton = button("Help (H)", "helpButton", help::toggle);
        speed.setId("speed");
        speed.setPrefWidth(160);
        speed.valueProperty().addListener((o, a, b) -> {
            double sps = SpeedScale.stepsPerSecond(b.doubleValue());
            trainer.setSpeed(sps);
            speedValue.setText(SpeedScale.describe(sps));
        });
        speedValue.setText(SpeedScale.describe(SpeedScale.stepsPerSecond(speed.getValue())));
        speedValue.setMinWidth(90);
        stepLabel.setId("stepLabel");
        stepLabel.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        stepLabel.setMinWidth(120);
        rateLabel.setId("rateLabel");
        rateLabel.setMinWidth(110);
        ToolBar transport = new ToolBar(play, step1, step10, step100, new Separator(), reset, newSeed, new Separator(),
                new Label("speed"), speed, speedValue, new Separator(), stepLabel, rateLabel, new Separator(),
                helpButton);

        Label weighting = new Label("λ_rec : λ_KL =");
        weighting.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        setUpSpinner(lambdaRec, "lambdaRec", config.lambdaRec());
        setUpSpinner(lambdaKl, "lambdaKl", config.lambdaKl());
        Label colon = new Label(":");
        colon.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        stopAt.setId("stopAt");
        stopAt.setPrefColumnCount(8);
        stopAt.setOnAction(e -> commitStopAt());
        stopAt.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commitStopAt();
            }
        });
        preset.setId("preset");
        preset.getItems().setAll(presets().keySet());
        preset.setPromptText("preset…");
        preset.setOnAction(e -> choosePreset(preset.getValue()));
        logScale.setId("logScale");
        logScale.setOnAction(e -> curves.setLogScale(logScale.isSelected()));
        ToolBar settings = new ToolBar(weighting, lambdaRec, colon, lambdaKl, new Separator(), new Label("stop at"),
                stopAt, new Separator(), new Label("preset"), preset, new Separator(), logScale);

        FileMenu fileMenu = new FileMenu(files, trainer, () -> stage, () -> shown, () -> config);
        sampling.setSource(() -> shown);
        VBox top = new VBox(new MenuBar(fileMenu.menu(), sampling.menu(() -> shown)), banner, opening.node(), transport,
                settings);
        root.setTop(top);

        VBox centre = new VBox(canvas, timeline.node(), curves);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        canvas.setId("canvas");
        StackPane stack = new StackPane(centre, help);
        root.setCenter(stack);

        Label metricsTitle = new Label("Metrics");
        metricsTitle.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Label configTitle = new Label("Configuration");
        configTitle.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Label note = new Label("Enter applies. Live fields act at once;\nK, p̃ and seed start a new run.");
        note.setWrapText(false);
        note.setMaxWidth(300);
        note.setStyle("-fx-text-fill: #555;");
        VBox side = new VBox(8, metricsTitle, metrics, new Separator(), sampling.node(), new Separator(), configTitle,
                note, sheet);
        side.setPadding(new Insets(8));
        side.setPrefWidth(330);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(375);
        scroll.setMinWidth(300);
        sheet.setPrefWidth(330);
        root.setRight(scroll);
    }

    private HBox buildBanner() {
        failureText.setId("failureText");
        failureText.setStyle("-fx-text-fill: white; -fx-font-weight: bold;");
        failureText.setWrapText(true);
        Button again = button("Reset", "bannerReset", this::reset);
        again.setMinWidth(Region.USE_PREF_SIZE); // a long message wraps; Reset stays readable
        HBox b = new HBox(12, failureText, again);
        b.setId("failureBanner");
        b.setAlignment(Pos.CENTER_LEFT);
        b.setPadding(new Insets(6, 10, 6, 10));
        b.setStyle("-fx-background-color: #C62828;");
        HBox.setHgrow(failureText, Priority.ALWAYS);
        b.setVisible(false);
        b.setManaged(false);
        return b;
    }

    private Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void setUpSpinner(Spinner<Double> s, String id, double value) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, ExperimentConfig.MAX_LAMBDA, value, 1);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : SnapshotRenderer.number(v);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    sheet.message((id.equals("lambdaRec") ? "lambdaRec" : "lambdaKl") + ": must be a number, got '"
                            + text + "'");
                    return f.getValue();
                }
            }
        });
        s.setValueFactory(f);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.setId(id);
        s.getEditor().setStyle("-fx-font-size: 1.08em; -fx-font-weight: bold;");
        s.valueProperty().addListener((o, a, b) -> {
            if (updating || b == null) {
                return;
            }
            EditableField field = s == lambdaRec ? EditableField.LAMBDA_REC : EditableField.LAMBDA_KL;
            String refused = edit(field, SnapshotRenderer.number(b));
            if (refused != null) {
                sheet.message(refused);
                syncToolbar();
            } else {
                sheet.message("");
            }
        });
    }

    // ----------------------------------------------------------------- actions

    private void step(long n) {
        timeline.goLive();
        play.setSelected(false);
        syncPlayText();
        trainer.step(n);
    }

    private void togglePlay() {
        play.setSelected(!play.isSelected());
        play.getOnAction().handle(null);
    }

    private void reset() {
        play.setSelected(false);
        syncPlayText();
        trainer.reset();
    }

    private void newSeed() {
        play.setSelected(false);
        syncPlayText();
        long seed = seeds.nextLong(1, 1_000_000_000L);
        config = config.withSeed(seed);
        trainer.reseed(seed);
        refreshEditors();
    }

    private void commitStopAt() {
        if (stopAt.getText().trim().equals(EditableField.STEPS.format(config))) {
            return;
        }
        String refused = edit(EditableField.STEPS, stopAt.getText());
        if (refused != null) {
            sheet.message(refused);
            stopAt.setText(EditableField.STEPS.format(config));
        } else {
            sheet.message("");
        }
    }

    /** The presets on offer; the one place to switch to {@code config.Presets} after the merge. */
    static Map<String, ExperimentConfig> presets() {
        Map<String, ExperimentConfig> m = new java.util.LinkedHashMap<>();
        for (org.dequantlab.config.Preset p : org.dequantlab.config.Presets.all()) {
            m.put(p.name(), p.config());
        }
        return m;
    }

    private void choosePreset(String name) {
        if (name == null || updating) {
            return;
        }
        ExperimentConfig next = presets().get(name);
        if (next == null) {
            return;
        }
        if (confirmer.test("Start a new run from the preset '" + name + "'? The current run is discarded.")) {
            rebuild(next);
        }
    }

    /**
     * Applies a typed value of a field: hot fields live, cold fields as a new run after confirmation.
     *
     * @return null if accepted (or declined by the user), else the refusal message
     */
    String edit(EditableField field, String text) {
        ExperimentConfig next;
        try {
            next = field.apply(config, text);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        if (next.equals(config) && next.sameRunAs(config)) {
            return null;
        }
        if (files.opening()) { // a live change now would alter the run being replayed
            refreshEditors();
            return field.label() + ": wait until the file is open (or Cancel opening it)";
        }
        if (field.cold() || !next.sameRunAs(config)) {
            if (confirmer.test("Changing " + field.label() + " starts a new run from step 0. Continue?")) {
                rebuild(next);
            } else {
                refreshEditors();
            }
            return null;
        }
        try {
            trainer.applyHot(next);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        config = next;
        refreshEditors();
        return null;
    }

    /** Starts a new run on {@code next} if the user agrees to {@code question}; returns whether it did. */
    boolean startNewRun(ExperimentConfig next, String question) {
        if (!confirmer.test(question)) {
            return false;
        }
        rebuild(next);
        return true;
    }

    private void rebuild(ExperimentConfig next) {
        play.setSelected(false);
        syncPlayText();
        config = next;
        trainer.rebuild(next);
        refreshEditors();
    }

    private void refreshEditors() {
        sheet.show(config);
        syncToolbar();
    }

    private void syncToolbar() {
        updating = true;
        try {
            lambdaRec.getValueFactory().setValue(config.lambdaRec());
            lambdaKl.getValueFactory().setValue(config.lambdaKl());
            if (!stopAt.isFocused()) {
                stopAt.setText(EditableField.STEPS.format(config));
            }
        } finally {
            updating = false;
        }
    }

    private void syncPlayText() {
        play.setText(play.isSelected() ? "❚❚ Pause" : "▶ Play");
    }

    private static boolean askUser(String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(null);
        a.setTitle("DequantLab");
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void key(KeyEvent e) {
        if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl
                && e.getCode() != KeyCode.ESCAPE) {
            return;
        }
        if (timeline.handleKey(e)) {
            return;
        }
        KeyCode c = e.getCode();
        boolean handled = true;
        if (c == KeyCode.SPACE) {
            togglePlay();
        } else if (c == KeyCode.RIGHT) {
            step(1);
        } else if (c == KeyCode.S && !e.isShortcutDown()) {
            sampling.sample(shown);
        } else if (c == KeyCode.R) {
            reset();
        } else if (c == KeyCode.F) {
            if (stage != null) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        } else if (c == KeyCode.PLUS || c == KeyCode.ADD || (c == KeyCode.EQUALS)) {
            speed.setValue(Math.min(SpeedScale.MAX, speed.getValue() + 10));
        } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
            speed.setValue(Math.max(0, speed.getValue() - 10));
        } else if (c == KeyCode.H || (c == KeyCode.SLASH && e.isShiftDown())) {
            help.toggle();
        } else if (c == KeyCode.ESCAPE && help.isVisible()) {
            help.setVisible(false);
        } else if (classroom.key(c)) {
            handled = true;
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    // ----------------------------------------------------------------- frames

    private void pulse(long now) {
        if (fps != null) {
            FpsReport.Phase phase = fps.pulse(now);
            if (phase == FpsReport.Phase.DONE) {
                finishFpsReport();
                return;
            }
            if (phase == FpsReport.Phase.WAITING) {
                fpsHeartbeat();
            } else if (phase == FpsReport.Phase.STARTED) {
                fpsHeartbeat.setVisible(false);
                trainFlatOutForFpsReport();
            }
        }
        boolean frameShown = painter.tick(canvas.getGraphicsContext2D());
        if (frameShown && fps != null) {
            fps.firstFrameDrawn();
        }
        timeline.pulse(now);
        files.pulse();
        opening.pulse(now);
        boolean samplesMoved = sampling.pulse(now, trainer.history());
        Snapshot live = trainer.latest();
        Snapshot s = timeline.current(live);
        double w = canvas.getWidth(), h = canvas.getHeight();
        boolean resized = w != drawnW || h != drawnH;
        if (s == null) {
            if (!startingDrawn || resized) {
                drawStarting(w, h);
            }
            return;
        }
        if (s.version() != drawnVersion || resized || samplesMoved) {
            // the first frame is drawn at once (nothing else is on screen yet), later ones on the painter's thread
            boolean first = !anyFrameDrawn;
            drawFrame(s, w, h, first);
            if (first && anyFrameDrawn && fps != null) {
                fps.firstFrameDrawn();
            }
        }
        updateReadouts(s, live, now);
        if (now - lastRate >= 500_000_000L) {
            long r = trainer.measuredStepsPerSecond();
            rateLabel.setText(String.format(java.util.Locale.UK, "%,d steps/s", r));
            lastRate = now;
        }
    }

    private long metricsVersion = -1;

    /** The metrics of {@code shown} (at most every {@link #METRICS_INTERVAL_NANOS}) and the curves of the trainer's run. */
    private void updateReadouts(Snapshot shown, Snapshot live, long now) {
        if (now - lastMetrics >= METRICS_INTERVAL_NANOS && shown.version() != metricsVersion) {
            metrics.update(shown);
            metricsVersion = shown.version();
            lastMetrics = now;
        }
        // the curves follow the trainer (not a replayed step): while it trains they are drawn off the FX
        // thread. Play counts as training from the moment it is pressed: until the trainer's first running
        // snapshot arrives, the paused chart would otherwise be redrawn on the FX thread (30–90 ms, cold)
        boolean training = live.status() == TrainerStatus.RUNNING || play.isSelected();
        curves.refresh(trainer.history(), classroom.curvesConfig(live.config()), training, now);
    }

    /** {@link #draw}s {@code s} and makes it the snapshot the window shows (step counter, banner). */
    private void drawFrame(Snapshot s, double w, double h, boolean now) {
        if (w < 1 || h < 1) {
            return; // not laid out yet (the window is not shown): nothing is drawn
        }
        anyFrameDrawn = true;
        draw(s, w, h, now);
        drawnVersion = s.version();
        onNewSnapshot(s);
    }

    private void onNewSnapshot(Snapshot s) {
        String text = SnapshotRenderer.stepText(s.step());
        if (!text.equals(stepLabel.getText())) {
            stepLabel.setText(text);
        }
        boolean failed = s.status() == TrainerStatus.FAILED;
        if (failed) {
            failureText.setText("Training failed at step " + s.step() + ": " + s.failure());
            if (!s.config().equals(config)) {
                config = s.config(); // a replay that diverged stopped before its later changes
                refreshEditors();
            }
        }
        if (banner.isVisible() != failed) {
            banner.setVisible(failed);
            banner.setManaged(failed);
        }
        if ((s.status() == TrainerStatus.FINISHED || failed) && play.isSelected()) {
            play.setSelected(false);
            syncPlayText();
        }
    }

    /** Draws {@code s}: {@code now} on the FX thread, else on the painter's thread for a coming pulse. */
    private void draw(Snapshot s, double w, double h, boolean now) {
        drawnW = w;
        drawnH = h;
        if (w < 1 || h < 1) {
            return;
        }
        shown = s;
        RenderOptions o = new RenderOptions(s.config().methods(), false, false, classroom.renderScale(), true, 0.6);
        Overlays teaching = classroom.overlays(s);
        Overlays samples = sampling.overlays(s);
        Overlays both = new Overlays(teaching.previous(), samples.samples(), teaching.idealPartition());
        Frame frame = new Frame(s, List.of(), List.of(), both);
        int iw = (int) w, ih = (int) h;
        Consumer<Graphics2D> decoration = classroom.decoration(iw, ih, o);
        Consumer<Graphics2D> drawing = g -> {
            renderer.draw(g, iw, ih, frame, o);
            decoration.accept(g);
        };
        if (now) {
            painter.paintNow(canvas.getGraphicsContext2D(), iw, ih, drawing);
        } else {
            painter.request(iw, ih, drawing);
        }
    }

    private void drawStarting(double w, double h) {
        drawnW = w;
        drawnH = h;
        startingDrawn = true;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, h);
        gc.setFill(Color.gray(0.3));
        gc.setFont(Font.font(20));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("Starting… (computing the first snapshot)", w / 2, h / 2);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }

    /**
     * {@code --fps-report} only, until the first frame is proven on screen: changes one all but
     * transparent pixel each pulse. A pulse with nothing to render does not wait for the previous
     * rendering, and the report's proof (the pulse after next) needs every pulse to wait.
     */
    private void fpsHeartbeat() {
        if (fpsHeartbeat.getParent() == null) {
            fpsHeartbeat.setManaged(false);
            fpsHeartbeat.setMouseTransparent(true);
            root.getChildren().add(fpsHeartbeat);
        }
        fpsHeartbeat.setOpacity(fpsHeartbeat.getOpacity() == 0.01 ? 0.02 : 0.01);
    }

    private void trainFlatOutForFpsReport() {
        Snapshot s = trainer.latest();
        fpsStartStep = s == null ? 0 : s.step();
        speed.setValue(SpeedScale.MAX);
        trainer.setSpeed(Trainer.FLAT_OUT);
        // keep training for the whole measurement (the default run stops at 10,000 steps)
        trainer.applyHot(trainer.latestConfig().withSteps(ExperimentConfig.MAX_STEPS));
        play.setSelected(true);
        syncPlayText();
        trainer.play();
    }

    private void finishFpsReport() {
        Snapshot s = trainer.latest();
        fps.print(System.out, s == null ? 0 : s.step() - fpsStartStep);
        if (stage != null) {
            stage.hide();
        } else {
            close();
            Platform.exit();
        }
    }

    /** Whether the stage is showing (for the fps report's clean exit). */
    boolean closed() {
        return closed;
    }
}
