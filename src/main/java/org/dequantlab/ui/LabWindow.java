package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.render.Frame;
import org.dequantlab.render.Overlays;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.ui.files.ExperimentDocument;
import org.dequantlab.ui.files.FileMenu;
import org.dequantlab.ui.files.OpeningBar;
import org.dequantlab.ui.files.RecentFiles;
import org.dequantlab.ui.sampling.SamplingController;
import org.dequantlab.ui.session.LabSession;
import org.dequantlab.ui.timeline.Timeline;
import org.dequantlab.ui.why.ToolsMenu;

/**
 * The lab window: it lays the parts out and binds them to the {@link LabSession}, nothing else. The
 * parts, each named for its job: {@link TransportBar}, {@link SettingsBar}, the classroom bar
 * ({@link Classroom}), the drawing on a canvas with its {@link ViewControls}, the {@link Timeline},
 * the {@link CurvesPane}, the {@link SidePanel}, the menus ({@link FileMenu}, {@link EditMenu}), the
 * shortcuts ({@link KeyBindings}) and the frame loop ({@link FrameScheduler}; {@code --fps-report}
 * attaches a {@link FpsReporter} to it).
 *
 * <p>Threading: the {@link Trainer} trains on its own low-priority thread; the frame loop reads
 * {@link Trainer#latest()} every pulse and asks a painter thread for a frame only when something
 * changed. The curves follow {@link Trainer#history()} at most 5 times a second when idle and twice
 * a second while training (then drawn off the FX thread as well).
 */
public final class LabWindow {
    /** Points per curve in the window (about one per 2–3 pixels; min/max kept). */
    private static final int CHART_POINTS = 400;
    private static final long METRICS_INTERVAL_NANOS = 100_000_000L;
    private static final long RATE_INTERVAL_NANOS = 500_000_000L;
    /** The share of the height under the tool bars that the curves take. */
    static final double CURVES_SHARE = 0.34;
    /** How long showing the window waits for the painter's first frame (then a pulse shows it). */
    private static final long FIRST_FRAME_WAIT_MILLIS = 2000;

    private final Trainer trainer;
    private final LaunchOptions options;
    private final LabSession session;
    private final SnapshotRenderer renderer = new SnapshotRenderer();
    private final BorderPane root = new BorderPane();
    private final ResizableCanvas canvas = new ResizableCanvas();
    private final CurvesPane curves = new CurvesPane(CHART_POINTS, false); // the chart: LaterParts
    private final MetricsTable metrics = new MetricsTable();
    private final FailureBanner banner;
    private final SamplingController sampling = new SamplingController();
    private final KeyBindings keys = new KeyBindings();
    private final Timeline timeline;
    private final ExperimentDocument files;
    private final WindowCommands commands;
    private final OpeningBar opening;
    private final FrameScheduler frames;
    private final ViewControls views;
    private final TransportBar transport;
    private final ConfigSheet sheet;
    private final SidePanel side;
    private final HelpOverlay help;
    private final Classroom classroom;
    private final LaterParts later;
    private Stage stage;
    private StageLink stageLink;
    private boolean closed;
    private long lastMetrics, metricsVersion = -1, lastRate;

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
        this.trainer = trainer;
        this.session = new LabSession(trainer, q -> Dialogs.confirm(stage, q, () -> classroom().openPanels()));
        this.timeline = new Timeline(trainer);
        this.files = new ExperimentDocument(trainer, session::config, session::open, RecentFiles.user());
        this.commands = new WindowCommands(() -> stage, session, files);
        this.opening = new OpeningBar(trainer, files, commands::cancelReplay);
        opening.describeWith(() -> session.replayingFile() ? null : "Bringing the run back");
        this.frames = new FrameScheduler(canvas, () -> timeline.current(trainer.latest()), this::drawing);
        this.views = new ViewControls(canvas, curves, () -> classroom() == null ? null : classroom().shownOptions(),
                this::redraw);
        this.help = new HelpOverlay(keys); // it lists the keys as they stand when it opens (P, Esc: below)
        this.transport = new TransportBar(session, help::toggle);
        this.sheet = new ConfigSheet(session);
        this.side = new SidePanel(metrics, sampling.node(), sheet);
        this.later = new LaterParts(curves, side, root);
        WindowShortcuts.bind(keys, session, transport, timeline, () -> sampling.sample(frames.shown()),
                views::togglePlane, commands::toggleFullScreen, help::toggle);
        this.banner = new FailureBanner(session::reset);
        layOut();
        this.classroom = new Classroom(session, root, canvas, curves, this::redraw);
        WindowShortcuts.bindClassroom(keys, classroom.presentation(), help);
        ((VBox) root.getTop()).getChildren().add(new MessageBar(session)); // under the classroom bar
        wireFrames();
        session.commandsProperty().addListener((o, a, b) -> timeline.goLive());
        session.runsProperty().addListener((o, a, b) -> curves.resetView()); // another run's steps: show them all
        if (options.fpsReport()) {
            FpsReporter reporter = new FpsReporter(options.fpsReportSeconds(), trainer, root, transport::flatOut,
                    this::finishFpsReport);
            frames.addPulseListener(reporter);
            later.onBuilt(reporter::windowCompleted);
        }
        frames.start();
    }

    /** The trainer (for tests). */
    public Trainer trainer() {
        return trainer;
    }

    /** The run being shown: configuration, edits, presets, undo. */
    public LabSession session() {
        return session;
    }

    public Parent root() {
        return root;
    }

    /** The configuration the window has asked for (the trainer follows within a step). */
    public ExperimentConfig config() {
        return session.config();
    }

    /** Replaces the confirmation dialog (tests answer yes or no without a modal Alert); null: the dialog. */
    public void setConfirmer(Predicate<String> confirmer) {
        session.setConfirmer(confirmer == null ? q -> Dialogs.confirm(stage, q, classroom::openPanels) : confirmer);
    }

    public ResizableCanvas canvas() {
        return canvas;
    }

    /** Draws a given snapshot on the canvas now (FX thread); it stays until a newer one or a resize. */
    public void showSnapshot(Snapshot s) {
        frames.showNow(s);
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

    public CurvesPane curves() {
        return curves;
    }

    ViewControls views() {
        return views;
    }

    FrameScheduler frames() {
        return frames;
    }

    KeyBindings keys() {
        return keys;
    }

    /** The snapshot drawn last (live or replayed), or null. */
    public Snapshot shownSnapshot() {
        return frames.shown();
    }

    /** Replaces the run by an opened experiment: replayed on the trainer to its saved step, paused, live. */
    public void restore(ExperimentFile.Experiment e) {
        session.open(e);
    }

    /** The classroom features (presentation mode, explanations, toy editor, tour). */
    public Classroom classroom() {
        return classroom;
    }

    /** Puts the window on a stage, every part built; {@code exitOnClose} ends the application when it closes. */
    public void show(Stage stage, boolean exitOnClose) {
        show(stage, exitOnClose, false);
    }

    /**
     * Shows the window as the launcher does: closing it ends the application, and the curves' chart and the side
     * panel's content are built once its first frame is on screen ({@link LaterParts}).
     */
    public void launch(Stage stage) {
        show(stage, true, true);
    }

    /** {@link #show(Stage, boolean)}, or with the parts built after the first frame as {@link #launch} does. */
    void show(Stage stage, boolean exitOnClose, boolean partsLater) {
        this.stage = stage;
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        keys.install(scene);
        stage.setScene(scene);
        stageLink = new StageLink(stage, files.titleProperty(), e -> {
            close();
            if (exitOnClose) {
                Platform.exit();
            }
        });
        side.follow(scene, classroom.presentation().activeProperty(), root);
        if (!partsLater) {
            later.buildNow();
        }
        boolean firstFrameRequested = drawFirstFrameBeforeShowing(scene);
        stage.show();
        if (firstFrameRequested) {
            frames.showFirstFrame(FIRST_FRAME_WAIT_MILLIS);
        }
        classroom.attach(stage, scene, options.present());
        later.shown(partsLater, () -> closed); // the tooltips, after the parts if they wait for the first frame
    }

    /** Stops the timers and the trainer's thread and lets go of the stage (it may outlive the window). Idempotent. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        frames.stop();
        timeline.close();
        trainer.close();
        curves.dispose();
        classroom.detach();
        if (stageLink != null) {
            stageLink.release();
        }
    }

    // ----------------------------------------------------------------- layout

    private void layOut() {
        canvas.setId("canvas");
        HBox timelineRow = new HBox(timeline.node(), transport.counters());
        timelineRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(timeline.node(), Priority.ALWAYS);
        VBox centre = new VBox(canvas, timelineRow, curves);
        centre.setId("centre");
        VBox.setVgrow(canvas, Priority.ALWAYS);
        CentreSplit split = new CentreSplit(centre, timelineRow, curves, CURVES_SHARE, session::config,
                () -> classroom == null ? 1 : classroom.renderScale(), views.planeProperty()::get);
        frames.addPart(now -> split.update());
        root.setCenter(new StackPane(centre, help));
        FileMenu fileMenu = new FileMenu(files, trainer, () -> stage, frames::shown, session::config);
        fileMenu.addNewAndQuit(commands::newExperiment, commands::quit);
        fileMenu.setExportView(s -> views.viewFor(s, true), views.planeProperty()::get); // the zoom, the plane
        sampling.setSource(frames::shown);
        MenuBar menus = new MenuBar(fileMenu.menu(), new EditMenu(session, views).menu(), sampling.menu(frames::shown),
                new ToolsMenu(() -> stage, frames::shown, trainer::history, session::config).menu());
        root.setTop(new VBox(menus, banner, opening.node(), transport.node(), new SettingsBar(session, views, curves).node()));
        root.setRight(side.node());
        side.shownProperty().bindBidirectional(transport.panelToggle().selectedProperty());
        transport.panelToggle().selectedProperty().addListener((o, a, on) ->
                transport.panelToggle().setText(on ? "Panel ▸" : "◂ Panel"));
        transport.panelToggle().setSelected(true);
    }

    // ----------------------------------------------------------------- frames

    private void wireFrames() {
        frames.addPart(now -> timeline.pulse(now));
        frames.addPart(now -> files.pulse());
        frames.addPart(opening::pulse);
        frames.addPart(now -> {
            if (sampling.pulse(now, trainer.history())) {
                frames.requestRedraw();
            }
        });
        frames.addPart(this::readouts);
        frames.onShown(this::shown);
    }

    /** The metrics of the shown snapshot (at most every 0.1 s), the curves of the trainer's run, the rate. */
    private void readouts(long now) {
        Snapshot live = trainer.latest();
        Snapshot s = timeline.current(live);
        if (s == null) {
            return;
        }
        if (now - lastMetrics >= METRICS_INTERVAL_NANOS && s.version() != metricsVersion) {
            metrics.update(s);
            metricsVersion = s.version();
            lastMetrics = now;
        }
        // the curves follow the trainer (not a replayed step): while it trains they are drawn off the FX
        // thread. Play counts as training from the moment it is pressed: until the trainer's first running
        // snapshot arrives, the paused chart would otherwise be redrawn on the FX thread (30–90 ms, cold)
        boolean training = live.status() == TrainerStatus.RUNNING || session.playingProperty().get();
        curves.refresh(trainer.history(), classroom.curvesConfig(live.config()), training, now);
        curves.setCursorStep(timeline.isLive() ? -1 : s.step());
        if (now - lastRate >= RATE_INTERVAL_NANOS) {
            transport.showRate(trainer.measuredStepsPerSecond());
            lastRate = now;
        }
    }

    /** A snapshot became the one on screen: step counter, failure banner, play state. */
    private void shown(Snapshot s) {
        transport.showStep(s.step());
        banner.show(s);
        if (s == trainer.latest() && s.status() == TrainerStatus.FAILED) {
            session.runFailed(s.config()); // a replay that diverged stopped before its later changes
        } else if (s == trainer.latest() && s.status() == TrainerStatus.FINISHED && session.playingProperty().get()) {
            session.runStopped();
        }
    }

    /** How to draw {@code s} now: the renderer with the view, the overlays and the window's decorations. */
    private Consumer<Graphics2D> drawing(Snapshot s, int w, int h) {
        RenderOptions o = options(s, false);
        Overlays teaching = classroom.overlays(s);
        Overlays samples = sampling.overlays(s);
        Frame frame = new Frame(s, List.of(), List.of(), new Overlays(teaching.previous(), samples.samples(),
                teaching.idealPartition()));
        Consumer<Graphics2D> decoration = classroom.decoration(w, h, o);
        return g -> {
            renderer.draw(g, w, h, frame, o);
            decoration.accept(g);
        };
    }

    /** The window's drawing options for {@code s}: its methods, the presentation scale, the zoomed view. */
    private RenderOptions options(Snapshot s, boolean curvesToo) {
        return new RenderOptions(s.config().methods(), curvesToo, false, classroom.renderScale(), true,
                views.viewFor(s, true)).withPlaneFor(s.config().latentDim(), views.planeProperty().get());
    }

    /**
     * The shown snapshot is drawn again (zoom, panning, overlays, the tour's outline): on the painter's thread
     * for the next pulse, once however many asked in a frame, never on the FX thread per event.
     */
    private void redraw() {
        if (classroom != null) {
            frames.requestRedraw();
        }
    }

    /**
     * Fills and lays out the window with the first snapshot and has the painter draw the first frame
     * meanwhile, so the first rendering already shows the run, its metrics and curves (not a placeholder
     * then a second rendering and relayout: about 0.3 s at launch on two cores). Without a snapshot yet,
     * the first pulses do it. Returns whether the first frame was requested.
     */
    private boolean drawFirstFrameBeforeShowing(Scene scene) {
        if (trainer.latest() != null) {
            readouts(System.nanoTime()); // before the layout: the chart is drawn once, with data
        }
        root.resize(scene.getWidth(), scene.getHeight());
        root.applyCss();
        root.layout();
        return frames.drawFirstFrame(trainer.latest());
    }

    private void finishFpsReport() {
        if (stage != null) {
            stage.hide();
        } else {
            close();
            Platform.exit();
        }
    }
}
