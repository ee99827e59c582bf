package org.dequantlab.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/**
 * The Classroom bar: presentation mode and its size, the guided tour, the custom-toy editor, and the
 * ideal-partition and highlight-changes switches. It only builds and holds the controls; the
 * {@link Classroom} wires them.
 */
final class ClassroomBar {
    final ToggleButton present = new ToggleButton("Present (P)");
    final ComboBox<Integer> presentScale = new ComboBox<>();
    final Button tour = new Button("Guided tour…");
    final ToggleButton toy = new ToggleButton("Custom toy…");
    final CheckBox ideal = new CheckBox("ideal partition");
    final CheckBox changes = new CheckBox("highlight changes");
    final FlowPane bar;

    ClassroomBar(int scalePercent) {
        present.setId("present");
        presentScale.setId("presentScale");
        for (int p = PresentationMode.MIN_PERCENT; p <= PresentationMode.MAX_PERCENT; p += 25) {
            presentScale.getItems().add(p);
        }
        presentScale.setValue(scalePercent);
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
        tour.setId("tour");
        toy.setId("toy");
        ideal.setId("idealPartition");
        changes.setId("highlightChanges");
        changes.setSelected(true);
        bar = Bars.bar("classroomBar",
                Bars.group(new Label("Classroom"), present, new Label("size"), presentScale),
                Bars.group(tour, toy),
                Bars.group(ideal, changes));
    }
}
