package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.dequantlab.config.ExperimentConfig;

/**
 * The configuration editor: a ControlsFX {@link PropertySheet} with one text editor per
 * {@link EditableField} that commits on Enter or when focus leaves (never per keystroke, so typing
 * "0.05" does not pass through a refused "0"). A refused value shows the ConfigException message in
 * red beneath the sheet and the editor goes back to the value in force.
 */
public final class ConfigSheet extends VBox {
    /** Applies an edit; returns null if accepted (or deferred), else the message to show. */
    private final BiFunction<EditableField, String, String> onEdit;
    private final PropertySheet sheet = new PropertySheet();
    private final Label error = new Label();
    private final List<FieldEditor> editors = new ArrayList<>();
    private ExperimentConfig shown;

    public ConfigSheet(BiFunction<EditableField, String, String> onEdit) {
        this.onEdit = onEdit;
        setSpacing(4);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(item -> ((Item) item).editor);
        error.setId("configError");
        error.setWrapText(true);
        error.setMaxWidth(320);
        error.setStyle("-fx-text-fill: #C62828; -fx-font-weight: bold;");
        List<PropertySheet.Item> items = new ArrayList<>();
        for (EditableField f : EditableField.values()) {
            FieldEditor e = new FieldEditor(f);
            editors.add(e);
            items.add(new Item(f, e));
        }
        sheet.getItems().setAll(items);
        getChildren().addAll(sheet, error);
    }

    /** Shows the values of a configuration (editors being typed in are left alone). */
    public void show(ExperimentConfig c) {
        if (c.equals(shown) && c.sameRunAs(shown)) {
            return;
        }
        shown = c;
        for (FieldEditor e : editors) {
            e.show(c);
        }
    }

    /** Shows a message beneath the sheet (empty to clear). */
    public void message(String text) {
        error.setText(text == null ? "" : text);
    }

    public String message() {
        return error.getText();
    }

    /** The text editor of a field (for tests and keyboard focus). */
    public Node editor(EditableField f) {
        return editors.get(f.ordinal()).node;
    }

    private final class FieldEditor implements PropertyEditor<Object> {
        final EditableField field;
        final Node node;
        private TextField text;
        private ComboBox<String> choice;
        private boolean updating;

        FieldEditor(EditableField field) {
            this.field = field;
            if (field.choices() != null) {
                choice = new ComboBox<>();
                choice.getItems().setAll(field.choices());
                choice.valueProperty().addListener((o, a, b) -> {
                    if (!updating && b != null) {
                        commit(b);
                    }
                });
                node = choice;
            } else {
                text = new TextField();
                text.setOnAction(e -> commit(text.getText()));
                text.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now) {
                        commit(text.getText());
                    }
                });
                node = text;
            }
            node.setId("edit-" + field.id());
        }

        void show(ExperimentConfig c) {
            updating = true;
            try {
                String v = field.format(c);
                if (text != null) {
                    if (!text.isFocused() || text.getText().equals(v)) {
                        text.setText(v);
                    }
                } else {
                    choice.setValue(v);
                }
            } finally {
                updating = false;
            }
        }

        void commit(String value) {
            if (shown == null || value.trim().equals(field.format(shown))) {
                return;
            }
            String refused = onEdit.apply(field, value);
            if (refused != null) {
                message(refused);
                ExperimentConfig c = shown;
                shown = null;
                ConfigSheet.this.show(c);
                if (text != null) {
                    text.setText(field.format(c));
                }
            } else {
                message("");
            }
        }

        @Override
        public Node getEditor() {
            return node;
        }

        @Override
        public Object getValue() {
            return text != null ? text.getText() : choice.getValue();
        }

        @Override
        public void setValue(Object value) {
            // values come from show(config), not from the sheet
        }
    }

    private static final class Item implements PropertySheet.Item {
        final EditableField field;
        final FieldEditor editor;

        Item(EditableField field, FieldEditor editor) {
            this.field = field;
            this.editor = editor;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return field.cold() ? "Run (rebuilds)" : "Live";
        }

        @Override
        public String getName() {
            return field.label();
        }

        @Override
        public String getDescription() {
            return field.cold() ? "Changing this starts a new run (asks first)" : "Applies from the next step";
        }

        @Override
        public Object getValue() {
            return editor.getValue();
        }

        @Override
        public void setValue(Object value) {
            // edits are committed by the editor itself
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
