package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.CurvesChartFactory;
import org.dequantlab.render.HighlightFrame;
import org.dequantlab.render.IdealPartitionLayer;
import org.dequantlab.render.Overlays;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.History;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;

/**
 * The classroom features wired into the lab window, kept apart from it: presentation mode, the
 * explanations (tooltips, canvas hover, Help tab), slow motion (the previous snapshot as overlay),
 * the custom-toy editor with its live preview, and the guided tour. {@link LabWindow} calls it from a
 * few lines: when drawing, on keys, when shown.
 */
public final class Classroom {
    /** Slow motion from this speed down (steps per second). */
    public static final double SLOW_MOTION_SPEED = 5.0;
    private static final int CHART_POINTS = 400;

    private final LabWindow window;
    private final BorderPane root;
    private final ResizableCanvas canvas;
    private final JFreeChart chart;
    private final CurvesPane curves;
    private final PresentationMode presentation;
    private final ToolBar toolbar;
    private final ToggleButton present = new ToggleButton("Present (P)");
    private final ComboBox<Integer> presentScale = new ComboBox<>();
    private final ToggleButton toyButton = new ToggleButton("Custom toy…");
    private final CheckBox ideal = new CheckBox("ideal partition");
    private final CheckBox changes = new CheckBox("highlight changes");
    private final ToyEditor toy;
    private final TourPanel tour;
    private final Tooltip canvasTip = new Tooltip();
    private boolean canvasTipInstalled;
    private CanvasHitTester.Hit lastHit;

    // slow motion: the snapshot drawn before the current one
    private Snapshot current, previous;
    // toy preview and tour highlight
    private ExperimentConfig pendingToy;
    private GuidedTour.Stop focus;
    private double pulse = 1;
    private Timeline pulseTimeline;
    private RenderOptions lastOptions;

    Classroom(LabWindow window, BorderPane root, ResizableCanvas canvas, CurvesPane curves) {
        this.window = window;
        this.root = root;
        this.canvas = canvas;
        this.curves = curves;
        this.chart = curves.chart();
        this.presentation = new PresentationMode(root, this::redraw);
        this.toy = new ToyEditor(window::config, this::preview, this::applyToy, () -> showToyEditor(false));
        this.tour = new TourPanel(window, this::focus, () -> {});
        toolbar = buildToolbar();
        if (root.getTop() instanceof Pane top) {
            top.getChildren().add(toolbar);
        }
        if (root.getCenter() instanceof StackPane stack) {
            stack.getChildren().addAll(toy, tour);
            StackPane.setAlignment(toy, Pos.TOP_RIGHT);
            StackPane.setMargin(toy, new Insets(8));
            StackPane.setAlignment(tour, Pos.BOTTOM_LEFT);
            StackPane.setMargin(tour, new Insets(8, 8, 60, 70));
            toy.setVisible(false);
        }
        presentation.activeProperty().addListener((o, a, on) -> {
            present.setSelected(on);
            rescaleChart();
        });
        wireCanvasHover();
        wireChartTooltips();
    }

    private ToolBar buildToolbar() {
        present.setId("present");
        present.setOnAction(e -> {
            if (present.isSelected() != presentation.active()) {
                presentation.toggle();
            }
        });
        presentScale.setId("presentScale");
        for (int p = PresentationMode.MIN_PERCENT; p <= PresentationMode.MAX_PERCENT; p += 25) {
            presentScale.getItems().add(p);
        }
        presentScale.setValue(presentation.scalePercent());
        presentScale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v + "%";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.parseInt(s.replace("%", "").trim());
            }
        });
        presentScale.setOnAction(e -> {
            if (presentScale.getValue() != null) {
                presentation.setScalePercent(presentScale.getValue());
                rescaleChart();
            }
        });
        Button tourButton = new Button("Guided tour…");
        tourButton.setId("tour");
        tourButton.setOnAction(e -> startTour());
        toyButton.setId("toy");
        toyButton.setOnAction(e -> showToyEditor(toyButton.isSelected()));
        ideal.setId("idealPartition");
        ideal.setOnAction(e -> redraw());
        changes.setId("highlightChanges");
        changes.setSelected(true);
        changes.setOnAction(e -> redraw());
        ToolBar bar = new ToolBar(new Label("Classroom"), present, new Label("size"), presentScale, new Separator(),
                tourButton, toyButton, new Separator(), ideal, changes);
        bar.setId("classroomBar");
        return bar;
    }

    // ----------------------------------------------------------------- window hooks

    /** Called once the window is on its stage. */
    void attach(Stage stage, Scene scene, boolean presentAtStart) {
        presentation.setStage(stage);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> presentation.pointerMoved());
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> presentation.pointerMoved());
        ExplanationTooltips.install(root);
        if (presentAtStart) {
            presentation.enter();
        }
    }

    /** The renderer's scale (presentation mode). */
    double renderScale() {
        return presentation.renderScale();
    }

    /** The overlays to draw {@code s} with: the previous step in slow motion, the ideal partition. */
    Overlays overlays(Snapshot s) {
        if (current == null || s.version() != current.version() || s.step() != current.step()) {
            previous = current;
            current = s;
        }
        Snapshot prev = slowMotion(s) ? previous : null;
        return new Overlays(prev, Map.of(), ideal.isSelected());
    }

    /** Whether changes are highlighted now: asked for, the previous drawing is exactly one step earlier. */
    private boolean slowMotion(Snapshot s) {
        if (!changes.isSelected() || previous == null || previous.step() != s.step() - 1
                || !previous.config().sameRunAs(s.config())) {
            return false;
        }
        return s.status() != TrainerStatus.RUNNING || window.trainer().speed() <= SLOW_MOTION_SPEED;
    }

    /**
     * What belongs to the window only, for a {@code w}×{@code h} frame drawn with {@code o}: the toy
     * preview's cuts and the tour's highlight. Captured now (FX thread); the painter's thread draws it.
     * Also remembers {@code o}, the options of the frame on screen, for hover explanations.
     */
    Consumer<Graphics2D> decoration(int w, int h, RenderOptions o) {
        lastOptions = o;
        ExperimentConfig toy = pendingToy;
        GuidedTour.Stop stop = focus;
        double strength = pulse;
        if (toy == null && stop == null) {
            return g -> { };
        }
        RenderLayout layout = RenderLayout.of(w, h, o);
        List<Rectangle2D> areas = stop == null ? List.of() : focusAreas(stop, layout, o);
        return g -> {
            if (toy != null) {
                IdealPartitionLayer.draw(g, layout, o, toy);
            }
            for (Rectangle2D r : areas) {
                HighlightFrame.draw(g, r, o.scale(), strength);
            }
        };
    }

    /** The configuration whose optimum the curves show: the toy being edited, else the run's. */
    ExperimentConfig curvesConfig(ExperimentConfig run) {
        return pendingToy != null ? pendingToy : run;
    }

    /** Keys: P toggles presentation mode, Esc leaves it. Returns whether the key was used. */
    boolean key(javafx.scene.input.KeyCode c) {
        if (c == javafx.scene.input.KeyCode.P) {
            presentation.toggle();
            return true;
        }
        if (c == javafx.scene.input.KeyCode.ESCAPE && presentation.active()) {
            presentation.leave();
            return true;
        }
        return false;
    }

    // ----------------------------------------------------------------- accessors (tests)

    public PresentationMode presentation() {
        return presentation;
    }

    public ToyEditor toyEditor() {
        return toy;
    }

    public TourPanel tour() {
        return tour;
    }

    public CanvasHitTester.Hit lastHit() {
        return lastHit;
    }

    public void setIdealPartition(boolean on) {
        ideal.setSelected(on);
        redraw();
    }

    public void showToyEditor(boolean on) {
        toyButton.setSelected(on);
        if (on) {
            toy.load();
        } else {
            preview(null);
        }
        toy.setVisible(on);
    }

    public void startTour() {
        tour.start();
    }

    // ----------------------------------------------------------------- features

    private void redraw() {
        Snapshot s = window.trainer().latest();
        if (s != null) {
            window.showSnapshot(s);
        }
    }

    private void rescaleChart() {
        double s = presentation.renderScale();
        curves.setScale(s);
        refreshCurves();
        canvasTip.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * s));
    }

    private void refreshCurves() {
        Snapshot s = window.trainer().latest();
        if (s == null) {
            return;
        }
        History h = window.trainer().history();
        CurvesChartFactory.update(chart, h.records(), h.changes(), curvesConfig(s.config()), s.config().methods(),
                CHART_POINTS);
    }

    private void preview(ExperimentConfig pending) {
        pendingToy = pending;
        refreshCurves();
        redraw();
    }

    private void applyToy(ExperimentConfig next) {
        if (window.startNewRun(window.config().withCategories(next.categories(), next.dataDistribution()),
                "Start a new run with K = " + next.categories() + " and the edited p̃? The current run is discarded.")) {
            pendingToy = null;
            toy.load();
        }
    }

    private void focus(GuidedTour.Stop stop) {
        focus = stop;
        curves.setEffect(stop != null && stop.method() == null && isCurveElement(stop.focus())
                ? new javafx.scene.effect.InnerShadow(24, javafx.scene.paint.Color.web("#FFA000")) : null);
        if (pulseTimeline != null) {
            pulseTimeline.stop();
        }
        if (stop == null) {
            redraw();
            return;
        }
        // a short pulse: the outline breathes three times, then stays
        pulseTimeline = new Timeline();
        for (int i = 0; i <= 36; i++) {
            double t = i / 36.0;
            double strength = i == 36 ? 1 : 0.5 + 0.5 * Math.cos(t * 6 * Math.PI);
            pulseTimeline.getKeyFrames().add(new KeyFrame(Duration.millis(i * 50), e -> {
                pulse = strength;
                redraw();
            }));
        }
        pulseTimeline.play();
    }

    private static boolean isCurveElement(Explanations e) {
        return e.group() == Explanations.Group.CURVES;
    }

    private static List<Rectangle2D> focusAreas(GuidedTour.Stop focus, RenderLayout layout, RenderOptions o) {
        java.util.ArrayList<Rectangle2D> out = new java.util.ArrayList<>();
        for (int i = 0; i < layout.panels().size() && i < o.methods().size(); i++) {
            DequantMethod m = o.methods().get(i);
            if (focus.method() != null && focus.method() != m) {
                continue;
            }
            PanelGeometry p = layout.panels().get(i);
            switch (focus.focus()) {
                case DECODER_STRIP, UNCERTAINTY -> out.add(p.stripArea());
                case OCEAN -> out.add(new Rectangle2D.Double(p.plotX(), p.plotY(), p.plotWidth(),
                        p.stripY() + p.stripHeight() - p.plotY()));
                case CURVE_LOSS, CURVE_REC, CURVE_KL, OPTIMUM_LINE -> { /* the viewer is outlined instead */ }
                default -> out.add(p.plotArea());
            }
        }
        return out;
    }

    private void wireCanvasHover() {
        canvasTip.setWrapText(true);
        canvasTip.setMaxWidth(480);
        canvasTip.setShowDelay(Duration.millis(250));
        canvasTip.setShowDuration(Duration.seconds(30));
        canvasTip.setHideDelay(Duration.millis(100));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> lastHit = null);
    }

    /** Explains what is at (x, y) on the canvas; public so tests can hover without a real pointer. */
    public CanvasHitTester.Hit hover(double x, double y) {
        Snapshot s = current != null ? current : window.trainer().latest();
        RenderOptions o = lastOptions;
        if (s == null || o == null) {
            return null;
        }
        lastHit = CanvasHitTester.hit(x, y, (int) canvas.getWidth(), (int) canvas.getHeight(), o, s,
                ideal.isSelected());
        if (lastHit == null) {
            if (canvasTipInstalled) {
                Tooltip.uninstall(canvas, canvasTip);
                canvasTipInstalled = false;
            }
        } else {
            canvasTip.setText(lastHit.text());
            if (!canvasTipInstalled) {
                Tooltip.install(canvas, canvasTip);
                canvasTipInstalled = true;
            }
        }
        return lastHit;
    }

    private void wireChartTooltips() {
        XYPlot plot = chart.getXYPlot();
        XYToolTipGenerator plain = plot.getRenderer().getDefaultToolTipGenerator();
        plot.getRenderer().setDefaultToolTipGenerator((dataset, series, item) -> {
            String base = plain == null ? "" : plain.generateToolTip(dataset, series, item);
            String key = String.valueOf(dataset.getSeriesKey(series));
            Explanations e = key.startsWith("Rec") ? Explanations.CURVE_REC
                    : key.startsWith("KL") ? Explanations.CURVE_KL : Explanations.CURVE_LOSS;
            return base + " — " + e.text();
        });
    }

    /** For tests: the nodes that float in presentation mode. */
    List<Node> floatingControls() {
        return List.of(root.getTop(), root.getRight());
    }
}
