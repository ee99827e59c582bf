package org.dequantlab.ui;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Settings;
import org.dequantlab.render.SnapshotRenderer;

/**
 * The custom-toy editor: p̃(x) as draggable bars (or typed values) and K from 2 to 8. While you edit,
 * the optimum λ_KL·H(p̃) and TRUFL's ideal cuts are previewed at once (the window draws them); Apply
 * starts a new run on the edited toy (after the window's usual confirmation).
 */
public final class ToyEditor extends VBox {
    private final Supplier<ExperimentConfig> current;
    private final Consumer<ExperimentConfig> preview;
    private final Consumer<ExperimentConfig> apply;
    private final DistributionBars bars = new DistributionBars();
    private final Spinner<Integer> k = new Spinner<>();
    private final TextField values = new TextField();
    private final Paragraph optimum = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Paragraph status = new Paragraph();
    private ExperimentConfig pending;

    /**
     * @param current the run's configuration (λ_KL, and the values to start from)
     * @param preview hears every edit (the pending toy), null when the editor shows the run's own toy
     * @param apply   asked to start a new run on the edited toy
     */
    public ToyEditor(Supplier<ExperimentConfig> current, Consumer<ExperimentConfig> preview,
            Consumer<ExperimentConfig> apply, Runnable close) {
        this.current = current;
        this.preview = preview;
        this.apply = apply;
        setId("toyEditor");
        setSpacing(6);
        setPadding(new Insets(10));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setStyle("-fx-background-color: white; -fx-background-radius: 6; -fx-border-color: #888; -fx-border-radius: 6;");
        Label title = new Label("Custom toy: drag the bars to set p̃(x)");
        title.setStyle("-fx-font-weight: bold;");
        SpinnerValueFactory.IntegerSpinnerValueFactory kf = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ExperimentConfig.MIN_CATEGORIES, ExperimentConfig.MAX_CATEGORIES, 2);
        kf.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Settings.CATEGORIES.type().parse(Settings.CATEGORIES.key(), text);
                } catch (ConfigException e) {
                    message.setText(e.userMessage());
                    k.cancelEdit(); // the refused text does not stay
                    return k.getValue();
                }
            }
        });
        k.setValueFactory(kf);
        k.setEditable(true); // type K, or use the arrows
        k.setId("toyK");
        k.setPrefWidth(70);
        k.setTooltip(ExplanationTooltips.tooltip(Explanations.forControl("toyK")));
        k.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != bars.values().length) {
                double[] u = new double[b];
                java.util.Arrays.fill(u, 1.0 / b);
                bars.setValues(u);
                changed(u);
            }
        });
        values.setId("toyValues");
        values.setPrefColumnCount(16);
        values.setTooltip(ExplanationTooltips.tooltip(Explanations.forControl("toyValues")));
        values.setOnAction(e -> typed());
        bars.setOnChange((p, released) -> changed(p));
        optimum.setId("toyOptimum");
        optimum.setPrefWidth(300);
        message.setId("toyMessage");
        message.setPrefWidth(300);
        message.setTextStyle("-fx-fill: #C62828;");
        status.setId("toyStatus");
        status.setPrefWidth(300);
        status.setTextStyle("-fx-fill: #2E7D32; -fx-font-weight: bold;");
        Button applyButton = new Button("Apply (new run)");
        applyButton.setId("toyApply");
        applyButton.setDefaultButton(false);
        applyButton.setOnAction(e -> {
            if (pending != null) {
                apply.accept(pending);
            } else {
                confirm("Nothing to apply: drag a bar, type p̃ or change K first.");
            }
        });
        Button revert = new Button("Revert");
        revert.setId("toyRevert");
        revert.setOnAction(e -> load());
        Button closeButton = new Button("Close");
        closeButton.setId("toyClose");
        closeButton.setOnAction(e -> close.run());
        HBox row = new HBox(6, new Label("K"), k, new Label("p̃"), values);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, applyButton, revert, closeButton);
        getChildren().addAll(title, bars, row, optimum, message, buttons, status);
    }

    /** Shows the run's own toy (no pending change). */
    public void load() {
        ExperimentConfig c = current.get();
        updatingK = true;
        try {
            k.getValueFactory().setValue(c.categories());
        } finally {
            updatingK = false;
        }
        bars.setValues(c.dataDistribution());
        pending = null;
        show(c);
        message.setText("");
        preview.accept(null);
    }

    private boolean updatingK;

    /** Says, under the buttons, what Apply did (the run the window now shows, or that nothing changed). */
    public void confirm(String text) {
        status.setText(text);
    }

    /** What the last Apply did. */
    public String status() {
        return status.getText();
    }

    /** The toy being edited, or null when nothing changed. */
    public ExperimentConfig pending() {
        return pending;
    }

    public DistributionBars bars() {
        return bars;
    }

    public String optimumText() {
        return optimum.getText();
    }

    private void changed(double[] p) {
        if (updatingK) {
            return;
        }
        status.setText("");
        try {
            ExperimentConfig c = current.get();
            pending = c.withCategories(p.length, p);
            message.setText("");
            show(pending);
            preview.accept(pending);
        } catch (ConfigException e) {
            message.setText(e.userMessage());
        }
    }

    private void typed() {
        String[] parts = values.getText().trim().split("[,;\\s]+");
        double[] v = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i]);
            }
            ExperimentConfig next = current.get().withCategories(v.length, v); // validates: K 2..8, positive
            updatingK = true;
            try {
                k.getValueFactory().setValue(next.categories());
            } finally {
                updatingK = false;
            }
            bars.setValues(next.dataDistribution());
            changed(next.dataDistribution());
        } catch (NumberFormatException e) {
            message.setText(Settings.DATA_DISTRIBUTION.label() + ": must be comma-separated positive numbers, got '"
                    + values.getText() + "'");
        } catch (ConfigException e) {
            message.setText(e.userMessage());
        }
    }

    private void show(ExperimentConfig c) {
        StringBuilder sb = new StringBuilder();
        for (double p : c.dataDistribution()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.UK, "%.3f", p));
        }
        if (!values.isFocused()) {
            values.setText(sb.toString());
        }
        StringBuilder cuts = new StringBuilder();
        for (double z : c.idealCuts()) {
            cuts.append(cuts.length() == 0 ? "" : ", ").append(CanvasHitTester.f(z));
        }
        optimum.setText("optimum λ_KL·H(p̃) = " + SnapshotRenderer.number(c.optimalLoss()) + "\nideal cuts z = "
                + cuts + (pending != null ? "   (not applied yet)" : ""));
    }
}
