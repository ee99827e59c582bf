package org.dequantlab.ui;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.Setting;
import org.dequantlab.config.SettingTypes;
import org.dequantlab.ui.session.LabSession;

/**
 * A spinner for one real-valued setting (the weights λ_rec and λ_KL in the settings bar). Typed text
 * and arrow steps both go through the settings table and the {@link LabSession}: a refused value
 * ("abc", 5000) shows the session's message and the field goes back to the value in force, instead
 * of keeping the refused text or clamping it silently.
 */
final class SettingSpinner extends Spinner<Double> {
    private final Setting<Double> setting;
    private final LabSession session;
    private boolean updating;

    SettingSpinner(Setting<Double> setting, LabSession session, double step) {
        this.setting = setting;
        this.session = session;
        // no bounds of its own: the settings table decides what is allowed, and says so
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                -Double.MAX_VALUE, Double.MAX_VALUE, setting.get(session.config()), step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : SettingTypes.number(v);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return setting.type().parse(setting.key(), text);
                } catch (ConfigException e) {
                    session.refuse(e.userMessage());
                    cancelEdit(); // the field shows the value in force again
                    return getValue();
                }
            }
        });
        setValueFactory(f);
        setEditable(true);
        setId(setting.key());
        valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null && session.set(setting, b) != null) {
                show(); // refused (e.g. 1000 + 1): back to the value in force
            }
        });
        session.configProperty().addListener((o, a, b) -> show());
    }

    /** Shows the value in force (the session's). */
    void show() {
        updating = true;
        try {
            getValueFactory().setValue(setting.get(session.config()));
            if (!isFocused()) {
                cancelEdit(); // text being typed stays until it is committed
            }
        } finally {
            updating = false;
        }
    }
}
