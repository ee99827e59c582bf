package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.render.IdealPartitionLayer;
import org.dequantlab.render.Overlays;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.ui.session.LabSession;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;

/**
 * The classroom features wired into the lab window, kept apart from it: presentation mode, the
 * explanations (tooltips, canvas hover, Help tab), slow motion (the previous snapshot as overlay),
 * the custom-toy editor with its live preview, and the guided tour. It works on the {@link LabSession}
 * (new runs go through it, so the preset box and the Edit menu follow); the window asks it for
 * overlays when drawing, and calls {@link #attach} when shown.
 */
public final class Classroom {
    /** Slow motion from this speed down (steps per second). */
    public static final double SLOW_MOTION_SPEED = 5.0;

    private final LabSession session;
    private final Runnable redraw;
    private final BorderPane root;
    private final ResizableCanvas canvas;
    private final CurvesPane curves;
    private final PresentationMode presentation;
    private final ClassroomBar bar;
    private ToyEditor toy; // built on first use (hidden until then: no CSS or layout at launch)
    private TourPanel tour; // likewise
    private final TourHighlight highlight;
    private final HoverTip canvasTip;
    private CanvasHitTester.Hit lastHit;

    // slow motion: the snapshot drawn before the current one
    private Snapshot current, previous;
    // toy preview
    private ExperimentConfig pendingToy;
    private RenderOptions lastOptions;

    /** @param redraw draws the shown snapshot again at once (overlays changed) */
    Classroom(LabSession session, BorderPane root, ResizableCanvas canvas, CurvesPane curves, Runnable redraw) {
        this.session = session;
        this.redraw = redraw;
        this.root = root;
        this.canvas = canvas;
        this.canvasTip = new HoverTip(canvas, 440);
        this.curves = curves;
        this.presentation = new PresentationMode(root, redraw);
        this.highlight = new TourHighlight(curves, redraw);
        this.bar = new ClassroomBar(presentation.scalePercent());
        wireBar();
        if (root.getTop() instanceof Pane top) {
            top.getChildren().add(bar.bar);
        }
        presentation.activeProperty().addListener((o, a, on) -> {
            bar.present.setSelected(on);
            rescaleChart();
        });
        wireCanvasHover();
        curves.whenBuilt(Classroom::wireChartTooltips);
    }

    private void wireBar() {
        bar.present.setOnAction(e -> {
            if (bar.present.isSelected() != presentation.active()) {
                presentation.toggle();
            }
        });
        bar.presentScale.setOnAction(e -> {
            if (bar.presentScale.getValue() != null) {
                presentation.setScalePercent(bar.presentScale.getValue());
                rescaleChart();
            }
        });
        bar.tour.setOnAction(e -> startTour());
        bar.toy.setOnAction(e -> showToyEditor(bar.toy.isSelected()));
        bar.ideal.setOnAction(e -> redraw.run());
        // cuts of a line: in the plane every tiling of the CDF square with areas p̃(x) is optimal (docs/maths.md §7)
        bar.ideal.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> session.config().latentDim() != 1, session.configProperty()));
        bar.changes.setOnAction(e -> redraw.run());
    }

    // ----------------------------------------------------------------- window hooks

    /** Called once the window is on its stage. */
    void attach(Stage stage, Scene scene, boolean presentAtStart) {
        presentation.setStage(stage);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> presentation.pointerMoved());
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> presentation.pointerMoved());
        if (presentAtStart) {
            presentation.enter();
        }
    }

    /** Called when the window closes: lets go of the stage and stops the timers. */
    void detach() {
        presentation.detach();
        if (tour != null) { // built only if the tour was asked for
            tour.dispose();
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
        return new Overlays(prev, Map.of(), bar.ideal.isSelected());
    }

    /** Whether changes are highlighted now: asked for, the previous drawing is exactly one step earlier. */
    private boolean slowMotion(Snapshot s) {
        if (!bar.changes.isSelected() || previous == null || previous.step() != s.step() - 1
                || !previous.config().sameRunAs(s.config())) {
            return false;
        }
        return s.status() != TrainerStatus.RUNNING || session.trainer().speed() <= SLOW_MOTION_SPEED;
    }

    /**
     * What belongs to the window only, for a {@code w}×{@code h} frame drawn with {@code o}: the toy
     * preview's cuts and the tour's highlight. Captured now (FX thread); the painter's thread draws it.
     * Also remembers {@code o}, the options of the frame on screen, for hover explanations.
     */
    Consumer<Graphics2D> decoration(int w, int h, RenderOptions o) {
        lastOptions = o;
        ExperimentConfig pending = pendingToy;
        if (pending == null && !highlight.active()) {
            return g -> { };
        }
        RenderLayout layout = RenderLayout.of(w, h, o);
        Consumer<Graphics2D> outline = highlight.decoration(layout, o);
        return g -> {
            if (pending != null) {
                IdealPartitionLayer.draw(g, layout, o, pending);
            }
            outline.accept(g);
        };
    }

    /** The options of the frame on screen (null before the first frame). */
    RenderOptions shownOptions() {
        return lastOptions;
    }

    /** The configuration whose optimum the curves show: the toy being edited, else the run's. */
    ExperimentConfig curvesConfig(ExperimentConfig run) {
        return pendingToy != null ? pendingToy : run;
    }

    // ----------------------------------------------------------------- accessors (tests)

    public PresentationMode presentation() {
        return presentation;
    }

    /** The custom-toy editor, built the first time it is asked for (then it floats top right). */
    public ToyEditor toyEditor() {
        if (toy == null) {
            toy = new ToyEditor(session::config, this::preview, this::applyToy, () -> showToyEditor(false));
            toy.setVisible(false);
            floatOver(toy, Pos.TOP_RIGHT, new Insets(8));
        }
        return toy;
    }

    /** The guided tour's panel, built the first time it is asked for (then it floats bottom left). */
    public TourPanel tour() {
        if (tour == null) {
            tour = new TourPanel(session, highlight::focus, () -> {});
            floatOver(tour, Pos.BOTTOM_LEFT, new Insets(8, 8, 60, 70));
        }
        return tour;
    }

    /** The floating panels on screen (the toy editor, the tour), in screen coordinates: dialogs leave them readable. */
    List<Bounds> openPanels() {
        List<Bounds> open = new ArrayList<>();
        for (Node panel : new Node[] {toy, tour}) {
            if (panel != null && panel.isVisible() && panel.getScene() != null) {
                open.add(panel.localToScreen(panel.getLayoutBounds()));
            }
        }
        return open;
    }

    /** Puts a panel over the drawing (under the tour's panel, which stays on top). */
    private void floatOver(Node panel, Pos where, Insets margin) {
        if (root.getCenter() instanceof StackPane stack) {
            int at = tour != null && panel != tour ? stack.getChildren().indexOf(tour) : stack.getChildren().size();
            stack.getChildren().add(Math.max(0, at), panel);
            StackPane.setAlignment(panel, where);
            StackPane.setMargin(panel, margin);
        }
    }

    public CanvasHitTester.Hit lastHit() {
        return lastHit;
    }

    public void setIdealPartition(boolean on) {
        bar.ideal.setSelected(on);
        redraw.run();
    }

    public void showToyEditor(boolean on) {
        bar.toy.setSelected(on);
        if (on) {
            toyEditor().load();
        } else {
            preview(null);
        }
        if (toy != null) {
            toy.setVisible(on);
        }
    }

    public void startTour() {
        tour().start();
    }

    // ----------------------------------------------------------------- features

    private void rescaleChart() {
        double s = presentation.renderScale();
        curves.setScale(s);
        canvasTip.setScale(s);
    }

    private void preview(ExperimentConfig pending) {
        pendingToy = pending;
        curves.redrawSoon();
        redraw.run();
    }

    private void applyToy(ExperimentConfig next) {
        if (session.startNewRun(session.config().withCategories(next.categories(), next.dataDistribution()),
                "Start a new run with K = " + next.categories() + " and the edited p̃? The current run is discarded "
                        + "(Edit → Undo brings it back).")) {
            pendingToy = null;
            toyEditor().load();
            toyEditor().confirm("Applied: a new run with K = " + next.categories() + " started at step 0.");
        } else {
            toyEditor().confirm("Not applied: the current run goes on.");
        }
    }

    private void wireCanvasHover() {
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> lastHit = null);
    }

    /** Explains what is at (x, y) on the canvas; public so tests can hover without a real pointer. */
    public CanvasHitTester.Hit hover(double x, double y) {
        Snapshot s = current != null ? current : session.trainer().latest();
        RenderOptions o = lastOptions;
        if (s == null || o == null) {
            return null;
        }
        lastHit = CanvasHitTester.hit(x, y, (int) canvas.getWidth(), (int) canvas.getHeight(), o, s,
                bar.ideal.isSelected());
        if (lastHit == null) {
            canvasTip.hide();
        } else {
            canvasTip.show(lastHit.text());
        }
        return lastHit;
    }

    private static void wireChartTooltips(JFreeChart chart) {
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
