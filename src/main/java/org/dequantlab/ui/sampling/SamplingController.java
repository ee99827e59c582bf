package org.dequantlab.ui.sampling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.Overlays;
import org.dequantlab.render.SnapshotRenderer;
import org.dequantlab.sampling.LatentSample;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;
import org.dequantlab.ui.ExplanationTooltips;

/**
 * "Sample from the model": draws latent points from the prior for every method of the shown
 * snapshot and drops them onto the panels ({@link #PER_FRAME} a frame for {@link #FRAMES} frames,
 * about 2 s), counts the acceptance rate next to the exact 1 − ocean mass, and compares the model's
 * p(x) (x drawn from p(x|z) for each accepted z) with p̃(x) in a small bar chart; the argmax-decoded
 * frequencies, a different thing where components overlap, are listed apart and labelled as such. The samples stay with the step they
 * were drawn at (the counter names it) until cleared or the run changes. FX thread only.
 */
public final class SamplingController {
    public static final int PER_FRAME = 20;
    public static final int FRAMES = 120;
    private static final long PANEL_INTERVAL_NANOS = 100_000_000L;

    /** p̃ grey, then up to four methods in dark, distinct greys and reds (categories own the palette colours). */
    private static final String STYLE = "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString((
            ".default-color0.chart-bar, .default-color0.bar-legend-symbol { -fx-bar-fill: #9E9E9E; }"
            + ".default-color1.chart-bar, .default-color1.bar-legend-symbol { -fx-bar-fill: #37474F; }"
            + ".default-color2.chart-bar, .default-color2.bar-legend-symbol { -fx-bar-fill: #C62828; }"
            + ".default-color3.chart-bar, .default-color3.bar-legend-symbol { -fx-bar-fill: #6D4C41; }"
            + ".default-color4.chart-bar, .default-color4.bar-legend-symbol { -fx-bar-fill: #5E35B1; }"
            + ".chart-legend { -fx-background-color: transparent; }")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private final SplittableRandom seeds = new SplittableRandom();
    private final Map<DequantMethod, MethodSampling> methods = new LinkedHashMap<>();
    private final VBox node = new VBox(6);
    private final Label title = new Label("Samples from the model");
    private final Label decodedNote = new Label("Bars: the model's p(x), each accepted z given x ~ p(x|z). The lines "
            + "above list how often argmax decoding gives each x, which differs where components overlap.");
    private final Label source = new Label("Press Sample (S) to draw from the prior");
    private final VBox rates = new VBox(2);
    private BarChart<String, Number> chart; // built at the first sample: hidden nodes cost CSS at launch
    private ExperimentConfig config;
    private long step = -1;
    private Object run;
    private int framesLeft;
    private long version, lastPanel;
    private boolean panelStale;

    public SamplingController() {
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Button sample = new Button("Sample (S)");
        sample.setId("sampleButton");
        ExplanationTooltips.plainLater(sample,
                "Draw points z from the prior p(z); keep those inside a support, decode them");
        Button clear = new Button("Clear samples");
        clear.setId("clearSamples");
        clear.setOnAction(e -> clear());
        this.sampleButton = sample;
        source.setId("sampleSource");
        source.setStyle("-fx-text-fill: #555;");
        rates.setId("sampleRates");
        decodedNote.setWrapText(true);
        decodedNote.setMaxWidth(320);
        decodedNote.setStyle("-fx-text-fill: #555; -fx-font-size: 11px;");
        decodedNote.setId("sampleNote");
        decodedNote.setVisible(false);
        decodedNote.setManaged(false);
        node.getChildren().addAll(title, new HBox(8, sample, clear), source, rates, decodedNote);
        node.setPadding(new Insets(0));
    }

    /** The bar chart of p(x), put above the note the first time samples are shown. */
    private BarChart<String, Number> chart() {
        if (chart == null) {
            NumberAxis yAxis = new NumberAxis(0, 1, 0.25);
            yAxis.setLabel("p(x), x ~ p(x|z)");
            chart = new BarChart<>(new CategoryAxis(), yAxis);
            chart.setId("sampleChart");
            chart.setAnimated(false);
            chart.setLegendVisible(true);
            chart.setPrefHeight(220);
            chart.getStylesheets().add(STYLE);
            chart.setMinHeight(150);
            chart.setCategoryGap(6);
            chart.setBarGap(1);
            node.getChildren().add(node.getChildren().indexOf(decodedNote), chart);
        }
        return chart;
    }

    private final Button sampleButton;

    /** The panel for the side bar. */
    public Node node() {
        return node;
    }

    /** Wires the Sample button to a source of the shown snapshot. */
    public void setSource(java.util.function.Supplier<Snapshot> shown) {
        sampleButton.setOnAction(e -> sample(shown.get()));
    }

    /** A "Model" menu with Sample and Clear samples. */
    public Menu menu(java.util.function.Supplier<Snapshot> shown) {
        MenuItem sample = new MenuItem("Sample from the model (S)");
        sample.setId("menuSample");
        sample.setOnAction(e -> sample(shown.get()));
        MenuItem clear = new MenuItem("Clear samples");
        clear.setId("menuClearSamples");
        clear.setOnAction(e -> clear());
        Menu m = new Menu("_Model");
        m.getItems().addAll(sample, clear);
        return m;
    }

    /** Starts sampling the snapshot's models (replacing earlier samples); the points land over ~2 s. */
    public void sample(Snapshot s) {
        if (s == null) {
            return;
        }
        start(s);
        framesLeft = FRAMES;
    }

    /** Draws {@code n} more points per method at once (tests and statistics; starts on {@code s} if needed). */
    public void drawNow(Snapshot s, int n) {
        if (config == null || step != s.step() || !config.equals(s.config())) {
            start(s);
        }
        for (MethodSampling m : methods.values()) {
            m.draw(n);
        }
        changed();
        refreshPanel();
    }

    private void start(Snapshot s) {
        methods.clear();
        config = s.config();
        step = s.step();
        for (MethodSnapshot ms : s.methods()) {
            methods.put(ms.method(), new MethodSampling(ms.method(), ms.theta(), config, seeds.nextLong()));
        }
        source.setText("Samples of " + SnapshotRenderer.stepText(step) + ":");
        changed();
        refreshPanel();
    }

    /** Forgets all samples. */
    public void clear() {
        if (methods.isEmpty()) {
            return;
        }
        methods.clear();
        config = null;
        step = -1;
        framesLeft = 0;
        source.setText("Press Sample (S) to draw from the prior");
        rates.getChildren().clear();
        if (chart != null) {
            chart.setVisible(false);
            chart.setManaged(false);
        }
        decodedNote.setVisible(false);
        decodedNote.setManaged(false);
        changed();
    }

    /** The sampling of one method (null if none). */
    public MethodSampling method(DequantMethod m) {
        return methods.get(m);
    }

    /** Whether points are still landing. */
    public boolean animating() {
        return framesLeft > 0;
    }

    /** Increases whenever the drawn points change. */
    public long version() {
        return version;
    }

    /**
     * Per animation pulse: lets the next points land; {@code runIdentity} (e.g. the trainer's history)
     * changing means a new run, which clears the samples.
     *
     * @return whether the points changed (redraw)
     */
    public boolean pulse(long now, Object runIdentity) {
        long before = version;
        if (runIdentity != run) {
            run = runIdentity;
            clear();
        }
        if (framesLeft > 0) {
            for (MethodSampling m : methods.values()) {
                m.draw(PER_FRAME);
            }
            framesLeft--; // after drawing: animating() turns false only once every point has landed
            changed();
        }
        if (panelStale && (now - lastPanel >= PANEL_INTERVAL_NANOS || framesLeft == 0)) {
            refreshPanel();
            lastPanel = now;
        }
        return version != before;
    }

    /**
     * The overlays to draw with {@code frame}: the samples, unless the frame is a replayed step other
     * than the one sampled (live frames keep them while training moves on).
     */
    public Overlays overlays(Snapshot frame) {
        if (frame != null && frame.version() < 0 && frame.step() != step) {
            return Overlays.NONE;
        }
        return overlays();
    }

    /** The samples as overlays. */
    public Overlays overlays() {
        if (methods.isEmpty()) {
            return Overlays.NONE;
        }
        Map<DequantMethod, List<LatentSample>> m = new LinkedHashMap<>();
        for (MethodSampling s : methods.values()) {
            m.put(s.method(), s.points());
        }
        return new Overlays(null, m, false);
    }

    private void changed() {
        version++;
        panelStale = true;
    }

    private void refreshPanel() {
        panelStale = false;
        rates.getChildren().clear();
        if (methods.isEmpty() || config == null) {
            return;
        }
        for (MethodSampling m : methods.values()) {
            Label l = new Label(m.describe());
            l.setId("sampleRate-" + m.method().id());
            l.setWrapText(true);
            l.setMaxWidth(320);
            rates.getChildren().add(l);
        }
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        XYChart.Series<String, Number> data = new XYChart.Series<>();
        data.setName("p̃(x)");
        for (int x = 0; x < config.categories(); x++) {
            data.getData().add(new XYChart.Data<>(SnapshotRenderer.categoryName(x), config.probability(x)));
        }
        series.add(data);
        for (MethodSampling m : methods.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(m.method().label() + " p(x)");
            double[] p = m.sampler().modelDistribution();
            for (int x = 0; x < p.length; x++) {
                s.getData().add(new XYChart.Data<>(SnapshotRenderer.categoryName(x), p[x]));
            }
            series.add(s);
        }
        chart();
        if (chart.getData().size() == series.size() && sameCategories(series)) {
            for (int i = 0; i < series.size(); i++) {
                for (int j = 0; j < series.get(i).getData().size(); j++) {
                    chart.getData().get(i).getData().get(j).setYValue(series.get(i).getData().get(j).getYValue());
                }
            }
        } else {
            chart.getData().setAll(series);
        }
        chart.setVisible(true);
        chart.setManaged(true);
        decodedNote.setVisible(true);
        decodedNote.setManaged(true);
    }

    private boolean sameCategories(List<XYChart.Series<String, Number>> series) {
        for (int i = 0; i < series.size(); i++) {
            if (chart.getData().get(i).getData().size() != series.get(i).getData().size()
                    || !chart.getData().get(i).getName().equals(series.get(i).getName())) {
                return false;
            }
        }
        return true;
    }
}
