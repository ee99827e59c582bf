package org.dequantlab.ui;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.CurvesChartFactory;
import org.dequantlab.render.CurvesView;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.History;
import org.dequantlab.train.HistoryRecord;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The loss curves under the panels. Drawing the chart costs 30–230 ms (measured under Xvfb), far too
 * long for the FX thread while training animates at 60 fps. So while the trainer runs, a second
 * chart built by the same {@link CurvesChartFactory} is drawn on a {@link FramePainter}'s thread
 * (about twice a second, latest wins) and shown on a canvas at the next pulse, with no copy of its
 * pixels on the FX thread; when training pauses, the interactive {@link ChartViewer} (hover values)
 * is updated once and shown instead.
 *
 * <p>The launched window builds the interactive chart once its first frame is on screen ({@link LaterParts}:
 * the chart, AWT's fonts and its first drawing are not on the way to that frame); until then the pane is empty
 * at its final size.
 *
 * <p>Both show the same {@link CurvesView}: the mouse wheel zooms the steps around the pointer
 * (Shift+wheel the values), dragging pans, a double-click shows everything. While a recorded step is
 * replayed, a "you are here" line ({@link CurvesCursor}) marks it.
 */
public final class CurvesPane extends StackPane {
    private static final long LIVE_INTERVAL_NANOS = 500_000_000L;
    private static final long IDLE_INTERVAL_NANOS = 200_000_000L;

    private final int points;
    private JFreeChart chart; // built by build()
    private ChartViewer viewer;
    private Consumer<JFreeChart> onBuilt = c -> { };
    private final Canvas live = new Canvas();
    private final CurvesCursor cursor = new CurvesCursor();
    private final FramePainter painter = new FramePainter("curves-painter");
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper(false);
    private JFreeChart offscreen; // the painter's thread only
    private volatile boolean logScale;
    private volatile double scale = 1.0;
    private volatile CurvesView view = CurvesView.AUTO;
    private volatile CurvesMapping drawnLive; // the painter's latest drawing
    private CurvesMapping shownLive;
    // what the last live drawing was asked for from (the configuration too: a new run's may arrive after its
    // history)
    private History liveHistory;
    private long liveVersion = -1;
    private ExperimentConfig liveConfig;
    // what the chart (not the live canvas) was last built from: a live drawing requested in the last instant
    // of a short burst of training may never be shown, and the chart must still catch up once training stops
    private History chartHistory;
    private long chartVersion = -1;
    private ExperimentConfig chartConfig;
    private boolean shownIsLive;
    private long last;
    private long lastStep;
    private double pressX = Double.NaN, pressY;
    private CurvesView pressView;
    private CurvesMapping pressMapping;

    /** @param points at most this many points per series (min/max thinning keeps spikes) */
    public CurvesPane(int points) {
        this(points, true);
    }

    /** @param chartNow whether to build the interactive chart now (else on first use or {@link #build()}) */
    public CurvesPane(int points, boolean chartNow) {
        this.points = points;
        live.setId("curvesLive");
        live.setVisible(false);
        live.setManaged(false); // sized to the pane below; it never changes the pane's own size
        getChildren().addAll(live, cursor);
        setMinSize(100, 120);
        setPrefSize(400, 280);
        addEventFilter(ScrollEvent.SCROLL, this::scroll);
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::press);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!Double.isNaN(pressX)) {
                pressX = Double.NaN;
                e.consume();
            }
        });
        addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetView();
                e.consume();
            }
        });
        if (chartNow) {
            build();
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        live.relocate(0, 0);
        live.setWidth(getWidth());
        live.setHeight(getHeight());
    }

    /** Builds the interactive chart now, if not built yet (FX thread). */
    public void build() {
        if (viewer != null) {
            return;
        }
        chart = CurvesChartFactory.create(logScale, scale);
        viewer = new ChartViewer(chart, false);
        viewer.setId("curves");
        viewer.getCanvas().setDomainZoomable(false); // the pane zooms and pans both pictures alike
        viewer.getCanvas().setRangeZoomable(false);
        viewer.setVisible(!shownIsLive);
        getChildren().add(0, viewer);
        onBuilt.accept(chart);
    }

    /** Calls {@code c} with the interactive chart once it is built (at once if it is). */
    public void whenBuilt(Consumer<JFreeChart> c) {
        onBuilt = onBuilt.andThen(c);
        if (chart != null) {
            c.accept(chart);
        }
    }

    /** The interactive chart, built now if it was not (for tests and exports of what is shown). */
    public JFreeChart chart() {
        build();
        return chart;
    }

    public void setLogScale(boolean log) {
        logScale = log;
        if (chart != null) {
            CurvesChartFactory.setLogScale(chart, log, scale);
        }
        view = view.reset(); // a value range of the other scale means nothing
        changed();
    }

    /** Font and line scale (presentation mode: 1.0–2.5), for the interactive chart and the live image. */
    public void setScale(double s) {
        scale = s;
        if (chart != null) {
            CurvesChartFactory.setLogScale(chart, logScale, s);
        }
        changed();
    }

    /** Whether the automatic value range fits the steps shown (else it starts at 0). */
    public void setFitY(boolean fit) {
        view = view.withFitY(fit);
        changed();
    }

    /** What is shown. */
    public CurvesView view() {
        return view;
    }

    public void setView(CurvesView v) {
        view = v;
        changed();
    }

    /** Everything again. */
    public void resetView() {
        setView(view.reset());
    }

    /** Whether less than everything is shown. */
    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    /** Marks {@code step} with the "you are here" line; a negative step hides it. */
    public void setCursorStep(long step) {
        if (step < 0 && !cursor.isVisible()) {
            return; // live: nothing to do, every pulse
        }
        cursor.show(step, mapping());
    }

    /** The "you are here" line (tests). */
    CurvesCursor cursor() {
        return cursor;
    }

    /** Whether the picture shown now is the painter's live one (not {@link #chart()}, the paused chart). */
    boolean showingLive() {
        return shownIsLive;
    }

    /** How steps and values map to pixels in the picture shown now, or null before the first drawing. */
    CurvesMapping mapping() {
        if (shownIsLive) {
            return shownLive;
        }
        if (viewer == null) {
            return null;
        }
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo().getDataArea().isEmpty()) {
            return null;
        }
        return CurvesMapping.of(chart.getXYPlot(), info.getPlotInfo().getDataArea());
    }

    /** Draws the curves again at the next pulse (what they show changed, e.g. the toy preview's optimum). */
    public void redrawSoon() {
        changed();
    }

    private void changed() {
        liveVersion = -1;
        chartVersion = -1;
        last = 0;
        zoomed.set(!view.autoX() || !view.autoY());
    }

    /**
     * Brings the curves up to date with {@code history} (FX thread, once per pulse; cheap unless a
     * redraw is due).
     */
    public void refresh(History history, ExperimentConfig config, boolean running, long now) {
        if (painter.tick(live.getGraphicsContext2D())) {
            shownLive = drawnLive;
            if (running) {
                showLive(true);
            }
        }
        boolean changed = history != liveHistory || history.version() != liveVersion
                || !config.equals(liveConfig);
        if (running) {
            if (changed && now - last >= LIVE_INTERVAL_NANOS) {
                last = now;
                liveHistory = history;
                liveVersion = history.version();
                liveConfig = config;
                paintOffscreen(history.records(), history.changes(), config, (int) getWidth(), (int) getHeight());
            }
            return;
        }
        boolean chartStale = history != chartHistory || history.version() != chartVersion
                || !config.equals(chartConfig);
        if ((chartStale || shownIsLive) && now - last >= IDLE_INTERVAL_NANOS) {
            last = now;
            liveHistory = chartHistory = history;
            liveVersion = chartVersion = history.version();
            liveConfig = chartConfig = config;
            List<HistoryRecord> records = history.records();
            lastStep = records.isEmpty() ? 0 : records.get(records.size() - 1).step();
            build();
            CurvesChartFactory.update(chart, records, history.changes(), config, config.methods(), points, view);
            showLive(false);
        }
    }

    private void paintOffscreen(List<HistoryRecord> records, List<ConfigChange> changes, ExperimentConfig config,
            int w, int h) {
        if (w < 10 || h < 10) {
            return;
        }
        lastStep = records.isEmpty() ? 0 : records.get(records.size() - 1).step();
        boolean log = logScale;
        double sc = scale;
        CurvesView v = view;
        List<DequantMethod> methods = config.methods();
        painter.request(w, h, g -> {
            if (offscreen == null) {
                offscreen = CurvesChartFactory.create(log, sc);
            }
            CurvesChartFactory.setLogScale(offscreen, log, sc);
            CurvesChartFactory.update(offscreen, records, changes, config, methods, points, v);
            // no entity collection: nobody hovers the live image, so no point needs a hover entity
            ChartRenderingInfo info = new ChartRenderingInfo(null);
            offscreen.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
            drawnLive = CurvesMapping.of(offscreen.getXYPlot(), info.getPlotInfo().getDataArea());
        });
    }

    private void showLive(boolean on) {
        shownIsLive = on;
        live.setVisible(on);
        if (viewer != null) {
            viewer.setVisible(!on);
        }
    }

    // ----------------------------------------------------------------- zoom and pan

    private void scroll(ScrollEvent e) {
        CurvesMapping m = mapping();
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        e.consume();
        if (m == null || delta == 0 || !m.area().contains(e.getX(), e.getY())) {
            return;
        }
        double factor = delta > 0 ? 1 / ViewControls.WHEEL_FACTOR : ViewControls.WHEEL_FACTOR;
        if (e.isShiftDown()) {
            if (!m.logY()) {
                setView(view.zoomY(factor, m.yAt(e.getY()), m.yLow(), m.yHigh()));
            }
        } else {
            setView(view.zoomX(factor, m.xAt(e.getX()), m.xLow(), m.xHigh(), lastStep));
        }
    }

    private void press(MouseEvent e) {
        CurvesMapping m = mapping();
        if (e.getButton() == MouseButton.PRIMARY && m != null && m.area().contains(e.getX(), e.getY())) {
            pressX = e.getX();
            pressY = e.getY();
            pressView = view;
            pressMapping = m;
            e.consume();
        }
    }

    private void drag(MouseEvent e) {
        if (Double.isNaN(pressX)) {
            return;
        }
        e.consume();
        CurvesMapping m = pressMapping;
        double dSteps = -(e.getX() - pressX) / m.area().getWidth() * (m.xHigh() - m.xLow());
        CurvesView v = pressView.panX(dSteps, m.xLow(), m.xHigh(), lastStep);
        if (!pressView.autoY() && !m.logY()) {
            double dy = (e.getY() - pressY) / m.area().getHeight() * (m.yHigh() - m.yLow());
            v = v.panY(dy, m.yLow(), m.yHigh());
        }
        setView(v);
    }

    /** Stops the painter's thread. */
    public void dispose() {
        painter.close();
    }
}
