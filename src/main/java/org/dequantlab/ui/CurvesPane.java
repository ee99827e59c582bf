package org.dequantlab.ui;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Method;
import org.dequantlab.render.CurvesChartFactory;
import org.dequantlab.train.ConfigChange;
import org.dequantlab.train.History;
import org.dequantlab.train.HistoryRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The loss curves under the panels. Drawing the chart costs 30–230 ms (measured under Xvfb), far too
 * long for the FX thread while training animates at 60 fps. So while the trainer runs, a second
 * chart built by the same {@link CurvesChartFactory} is drawn into an image on a background thread
 * (about twice a second, latest wins) and shown; when training pauses, the interactive
 * {@link ChartViewer} (hover values, zoom) is updated once and shown instead.
 */
public final class CurvesPane extends StackPane {
    private static final long LIVE_INTERVAL_NANOS = 500_000_000L;
    private static final long IDLE_INTERVAL_NANOS = 200_000_000L;

    private final int points;
    private final JFreeChart chart = CurvesChartFactory.create(false, 1.0);
    private final ChartViewer viewer = new ChartViewer(chart);
    private final ImageView live = new ImageView();
    private final ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "curves-painter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean painting = new AtomicBoolean();
    private JFreeChart offscreen; // painter thread only
    private BufferedImage buffer; // painter thread only, reused: a new 1.3 MB image each time is a humongous allocation
    private javafx.scene.image.WritableImage shown; // FX thread only, reused
    private volatile boolean logScale;
    private volatile double scale = 1.0;
    private History shownHistory;
    private long shownVersion = -1;
    private boolean shownLive;
    private long last;

    /** @param points at most this many points per series (min/max thinning keeps spikes) */
    public CurvesPane(int points) {
        this.points = points;
        viewer.setId("curves");
        live.setId("curvesLive");
        live.setVisible(false);
        live.setManaged(false);
        getChildren().addAll(viewer, live);
        setMinSize(100, 120);
        setPrefSize(400, 280);
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
        boolean changed = history != shownHistory || history.version() != shownVersion;
        if (running) {
            if (changed && now - last >= LIVE_INTERVAL_NANOS && painting.compareAndSet(false, true)) {
                last = now;
                shownHistory = history;
                shownVersion = history.version();
                paintOffscreen(history.records(), history.changes(), config, (int) getWidth(), (int) getHeight());
            }
            return;
        }
        if ((changed || shownLive) && now - last >= IDLE_INTERVAL_NANOS) {
            last = now;
            shownHistory = history;
            shownVersion = history.version();
            CurvesChartFactory.update(chart, history.records(), history.changes(), config, config.methods(), points);
            showLive(false);
        }
    }

    private void paintOffscreen(List<HistoryRecord> records, List<ConfigChange> changes, ExperimentConfig config,
            int w, int h) {
        boolean log = logScale;
        double sc = scale;
        List<Method> methods = config.methods();
        painter.execute(() -> {
            try {
                if (w < 10 || h < 10) {
                    return;
                }
                if (offscreen == null) {
                    offscreen = CurvesChartFactory.create(log, sc);
                }
                CurvesChartFactory.setLogScale(offscreen, log, sc);
                CurvesChartFactory.update(offscreen, records, changes, config, methods, points);
                if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
                    buffer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
                }
                java.awt.Graphics2D g = buffer.createGraphics();
                try {
                    offscreen.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, w, h));
                } finally {
                    g.dispose();
                }
                BufferedImage image = buffer;
                java.util.concurrent.CountDownLatch copied = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    try {
                        if (shown == null || shown.getWidth() != w || shown.getHeight() != h) {
                            shown = null;
                        }
                        shown = SwingFXUtils.toFXImage(image, shown);
                        live.setImage(shown);
                        showLive(true);
                    } finally {
                        copied.countDown();
                    }
                });
                copied.await(); // the buffer is reused: wait until the FX thread has copied it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                painting.set(false);
            }
        });
    }

    private void showLive(boolean on) {
        shownLive = on;
        live.setVisible(on);
        live.setManaged(on);
        viewer.setVisible(!on);
    }

    /** Stops the painter thread. */
    public void dispose() {
        painter.shutdownNow();
    }
}
