package org.dequantlab.ui;

import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.CurvesChartFactory;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.History;
import org.dequantlab.train.HistoryRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The loss curves under the panels. Drawing the chart costs 30–230 ms (measured under Xvfb), far too
 * long for the FX thread while training animates at 60 fps. So while the trainer runs, a second
 * chart built by the same {@link CurvesChartFactory} is drawn on a {@link FramePainter}'s thread
 * (about twice a second, latest wins) and shown on a canvas at the next pulse, with no copy of its
 * pixels on the FX thread; when training pauses, the interactive {@link ChartViewer} (hover values,
 * zoom) is updated once and shown instead.
 */
public final class CurvesPane extends StackPane {
    private static final long LIVE_INTERVAL_NANOS = 500_000_000L;
    private static final long IDLE_INTERVAL_NANOS = 200_000_000L;

    private final int points;
    private final JFreeChart chart = CurvesChartFactory.create(false, 1.0);
    private final ChartViewer viewer = new ChartViewer(chart);
    private final Canvas live = new Canvas();
    private final FramePainter painter = new FramePainter("curves-painter");
    private JFreeChart offscreen; // the painter's thread only
    private volatile boolean logScale;
    private volatile double scale = 1.0;
    private History shownHistory;
    private long shownVersion = -1;
    /** The configuration the curves were last drawn for: a new run's may arrive after its history. */
    private ExperimentConfig shownConfig;
    private boolean shownLive;
    private long last;

    /** @param points at most this many points per series (min/max thinning keeps spikes) */
    public CurvesPane(int points) {
        this.points = points;
        viewer.setId("curves");
        live.setId("curvesLive");
        live.setVisible(false);
        live.setManaged(false); // sized to the pane below; it never changes the pane's own size
        getChildren().addAll(viewer, live);
        setMinSize(100, 120);
        setPrefSize(400, 280);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        live.relocate(0, 0);
        live.setWidth(getWidth());
        live.setHeight(getHeight());
    }

    /** The interactive chart (for tests and exports of what is shown). */
    public JFreeChart chart() {
        return chart;
    }

    public void setLogScale(boolean log) {
        logScale = log;
        CurvesChartFactory.setLogScale(chart, log, scale);
        shownVersion = -1;
    }

    /** Font and line scale (presentation mode: 1.0–2.5), for the interactive chart and the live image. */
    public void setScale(double s) {
        scale = s;
        CurvesChartFactory.setLogScale(chart, logScale, s);
        shownVersion = -1;
    }

    /**
     * Brings the curves up to date with {@code history} (FX thread, once per pulse; cheap unless a
     * redraw is due).
     */
    public void refresh(History history, ExperimentConfig config, boolean running, long now) {
        if (painter.tick(live.getGraphicsContext2D()) && running) {
            showLive(true);
        }
        boolean changed = history != shownHistory || history.version() != shownVersion
                || !config.equals(shownConfig);
        if (running) {
            if (changed && now - last >= LIVE_INTERVAL_NANOS) {
                last = now;
                shownHistory = history;
                shownVersion = history.version();
                shownConfig = config;
                paintOffscreen(history.records(), history.changes(), config, (int) getWidth(), (int) getHeight());
            }
            return;
        }
        if ((changed || shownLive) && now - last >= IDLE_INTERVAL_NANOS) {
            last = now;
            shownHistory = history;
            shownVersion = history.version();
            shownConfig = config;
            CurvesChartFactory.update(chart, history.records(), history.changes(), config, config.methods(), points);
            showLive(false);
        }
    }

    private void paintOffscreen(List<HistoryRecord> records, List<ConfigChange> changes, ExperimentConfig config,
            int w, int h) {
        if (w < 10 || h < 10) {
            return;
        }
        boolean log = logScale;
        double sc = scale;
        List<DequantMethod> methods = config.methods();
        painter.request(w, h, g -> {
            if (offscreen == null) {
                offscreen = CurvesChartFactory.create(log, sc);
            }
            CurvesChartFactory.setLogScale(offscreen, log, sc);
            CurvesChartFactory.update(offscreen, records, changes, config, methods, points);
            offscreen.draw(g, new Rectangle2D.Double(0, 0, w, h));
        });
    }

    private void showLive(boolean on) {
        shownLive = on;
        live.setVisible(on);
        viewer.setVisible(!on);
    }

    /** Stops the painter's thread. */
    public void dispose() {
        painter.close();
    }
}
