package org.dequantlab.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.dequantlab.config.Preset;
import org.dequantlab.config.Presets;
import org.dequantlab.config.Settings;
import org.dequantlab.metrics.Plane;
import org.dequantlab.ui.session.LabSession;

/**
 * The settings bar: the weighting λ_rec : λ_KL, the stop step, the preset (each with its description
 * in the list), and the view: log scale, automatic y-range, reset zoom, and for 2-D runs the plane
 * (the z-plane or the prior's CDF square). The preset box shows the
 * session's preset, so a cancelled choice, a tour or an undo can never leave it naming another run.
 */
final class SettingsBar {
    private final LabSession session;
    private final TextField stopAt = new TextField();
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final CheckBox logScale = new CheckBox("log scale");
    private final CheckBox autoY = new CheckBox("auto y-range");
    private final CheckBox cdfSquare = new CheckBox("CDF square");
    private final Button resetView;
    private final FlowPane bar;
    private boolean updating;

    SettingsBar(LabSession session, ViewControls views, CurvesPane curves) {
        this.session = session;
        Label weighting = new Label("λ_rec : λ_KL =");
        weighting.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        SettingSpinner rec = new SettingSpinner(Settings.LAMBDA_REC, session, 1);
        SettingSpinner kl = new SettingSpinner(Settings.LAMBDA_KL, session, 1);
        for (SettingSpinner s : new SettingSpinner[] {rec, kl}) {
            s.setPrefWidth(90);
            s.getEditor().setStyle("-fx-font-size: 1.08em; -fx-font-weight: bold;");
        }
        Label colon = new Label(":");
        colon.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        stopAt.setId("stopAt");
        stopAt.setPrefColumnCount(7);
        stopAt.setOnAction(e -> commitStopAt());
        stopAt.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commitStopAt();
            }
        });
        preset.setId("preset");
        preset.getItems().setAll(Presets.all());
        preset.setPromptText("custom");
        preset.setCellFactory(list -> new PresetCell(true));
        preset.setButtonCell(new PresetCell(false));
        preset.setOnAction(e -> choose());
        preset.setPrefWidth(130); // the drop-down is wider: it shows each preset's description
        logScale.setId("logScale");
        logScale.setOnAction(e -> curves.setLogScale(logScale.isSelected()));
        autoY.setId("autoY");
        autoY.selectedProperty().bindBidirectional(views.autoYProperty());
        resetView = Bars.button("Reset zoom", "resetView", views::reset);
        resetView.disableProperty().bind(views.zoomedProperty().not());
        cdfSquare.setId("cdfSquare");
        cdfSquare.setSelected(views.planeProperty().get() == Plane.CDF_SQUARE);
        cdfSquare.selectedProperty().addListener((o, a, on) -> views.planeProperty().set(on ? Plane.CDF_SQUARE
                : Plane.LATENT));
        views.planeProperty().addListener((o, a, p) -> cdfSquare.setSelected(p == Plane.CDF_SQUARE));
        cdfSquare.visibleProperty().bind(views.planarProperty()); // 1-D runs have no plane to switch
        cdfSquare.managedProperty().bind(views.planarProperty());
        bar = Bars.bar("settingsBar",
                Bars.group(weighting, rec, colon, kl),
                Bars.group(new Label("stop at"), stopAt),
                Bars.group(new Label("preset"), preset),
                Bars.group(logScale, autoY, resetView, cdfSquare));
        session.configProperty().addListener((o, a, b) -> showStopAt());
        session.presetProperty().addListener((o, a, b) -> showPreset());
        showStopAt();
        showPreset();
    }

    Node node() {
        return bar;
    }

    private void choose() {
        Preset p = preset.getValue();
        if (updating || p == null || p.equals(session.presetProperty().get())) {
            return;
        }
        session.choosePreset(p);
        showPreset(); // a cancelled choice goes back to the run's own preset
    }

    private void showPreset() {
        updating = true;
        try {
            preset.setValue(session.presetProperty().get());
        } finally {
            updating = false;
        }
    }

    private void commitStopAt() {
        String text = stopAt.getText().strip();
        if (!text.equals(Settings.STEPS.format(session.config()))) {
            session.edit(Settings.STEPS, text);
        }
        stopAt.setText(Settings.STEPS.format(session.config())); // a refused value does not stay
    }

    private void showStopAt() {
        if (!stopAt.isFocused()) {
            stopAt.setText(Settings.STEPS.format(session.config()));
        }
    }

    /** A preset in the list: its name and, in the drop-down, what it shows. */
    private static final class PresetCell extends ListCell<Preset> {
        private final boolean described;

        PresetCell(boolean described) {
            this.described = described;
        }

        @Override
        protected void updateItem(Preset p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(described ? null : "custom");
                setGraphic(null);
                return;
            }
            if (!described) {
                setText(p.name());
                setGraphic(null);
                return;
            }
            Label name = new Label(p.name());
            name.setStyle("-fx-font-weight: bold;");
            Paragraph what = new Paragraph(p.description());
            what.setPrefWidth(380);
            what.setMaxWidth(380);
            what.setTextStyle("-fx-fill: #555;");
            VBox box = new VBox(1, name, what);
            box.setId("presetCell-" + p.name());
            setText(null);
            setGraphic(box);
        }
    }
}
