package org.dequantlab.ui.why;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/** A combo box of the run's methods, by label, kept in step with the methods of the shown snapshot. */
final class MethodChoice extends ComboBox<DequantMethod> {
    MethodChoice(String id) {
        setId(id);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(DequantMethod m) {
                return m == null ? "" : m.label();
            }

            @Override
            public DequantMethod fromString(String s) {
                return null;
            }
        });
    }

    /**
     * Offers the methods of {@code s} (preferring the first with boundary terms, whose anatomy and
     * landscape say most) and returns the chosen method's entry in it, or null (also before the first
     * snapshot, {@code s} null).
     */
    MethodSnapshot follow(Snapshot s) {
        if (s == null) {
            return null;
        }
        List<DequantMethod> methods = s.config().methods();
        offer(methods, methods.stream().filter(m -> m.hasBoundaryTerms(s.config().problem())).findFirst().orElse(null));
        return getValue() == null ? null : s.method(getValue());
    }

    /**
     * Offers {@code methods}; keeps the choice if it is still there, otherwise picks the first method
     * with boundary terms ({@code preferred}) or the first.
     */
    void offer(List<DequantMethod> methods, DequantMethod preferred) {
        if (!getItems().equals(methods)) {
            DequantMethod keep = getValue();
            getItems().setAll(methods);
            setValue(keep != null && methods.contains(keep) ? keep : preferred != null ? preferred : methods.get(0));
        } else if (getValue() == null && !methods.isEmpty()) {
            setValue(preferred != null ? preferred : methods.get(0));
        }
    }
}
