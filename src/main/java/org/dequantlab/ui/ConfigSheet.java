package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Setting;
import org.dequantlab.config.Settings;
import org.dequantlab.ui.session.LabSession;

/**
 * The configuration editor: two ControlsFX {@link PropertySheet}s, the live settings and those of the
 * run, with one editor per row of the {@link Settings} table (a choice box where the table lists choices, else a text field that commits
 * on Enter or when focus leaves, never per keystroke, so typing "0.05" does not pass through a
 * refused "0"). A refused value shows the session's message (in the window's message bar: it names the
 * field and what is allowed) and the editor goes back to the value in force.
 */
public final class ConfigSheet extends VBox {
    private final LabSession session;
    private final Map<Setting<?>, FieldEditor> editors = new LinkedHashMap<>();

    public ConfigSheet(LabSession session) {
        this.session = session;
        setSpacing(4);
        for (boolean live : new boolean[] {true, false}) {
            List<PropertySheet.Item> items = new ArrayList<>();
            for (Setting<?> s : Settings.all()) {
                if (s.live() == live) {
                    FieldEditor e = new FieldEditor(s);
                    editors.put(s, e);
                    items.add(new Item(s, e));
                }
            }
            PropertySheet sheet = new PropertySheet();
            sheet.setModeSwitcherVisible(false);
            sheet.setSearchBoxVisible(false);
            sheet.setMode(PropertySheet.Mode.NAME); // rows in table order
            sheet.setPropertyEditorFactory(item -> ((Item) item).editor);
            sheet.getItems().setAll(items);
            Label head = new Label(live ? "Live: from the next step" : "The run: a change starts a new run");
            head.setStyle("-fx-font-weight: bold; -fx-text-fill: #444;");
            getChildren().addAll(head, sheet);
        }
        session.configProperty().addListener((o, a, b) -> show(b));
        show(session.config());
    }

    /** What the sheet's user needs to know first. */
    public static String note() {
        return "Enter applies a value; a new run is started only after asking. Edit → Undo takes a change back. "
                + "Hover a name for what it means and what is allowed.";
    }

    /** The refusal the window shows (empty when none): the session's, in the message bar under the tool bars. */
    public String message() {
        return session.message();
    }

    /** The editor of a setting (for tests and keyboard focus). */
    public Node editor(Setting<?> s) {
        return editors.get(s).node;
    }

    private void show(ExperimentConfig c) {
        for (FieldEditor e : editors.values()) {
            e.show(c);
        }
    }

    private final class FieldEditor implements PropertyEditor<Object> {
        final Setting<?> setting;
        final Node node;
        private TextField text;
        private ComboBox<String> choice;
        private boolean updating;

        FieldEditor(Setting<?> setting) {
            this.setting = setting;
            if (!setting.type().choices().isEmpty()) {
                choice = new ComboBox<>();
                choice.setPrefWidth(100);
                choice.getItems().setAll(setting.type().choices());
                choice.valueProperty().addListener((o, a, b) -> {
                    if (!updating && b != null) {
                        commit(b);
                    }
                });
                node = choice;
            } else {
                text = new TextField();
                text.setPrefColumnCount(7); // room for the names
                text.setPromptText(setting.allowed());
                text.setOnAction(e -> commit(text.getText()));
                text.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now) {
                        commit(text.getText());
                    }
                });
                node = text;
            }
            node.setId("edit-" + setting.key());
        }

        void show(ExperimentConfig c) {
            updating = true;
            try {
                String v = setting.format(c);
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
            if (value.strip().equals(setting.format(session.config()))) {
                return;
            }
            session.edit(setting, value);
            // accepted, declined or refused: the editor shows the value in force
            if (text != null) {
                text.setText(setting.format(session.config()));
            } else {
                show(session.config());
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
            // values come from the session, not from the sheet
        }
    }

    private static final class Item implements PropertySheet.Item {
        final Setting<?> setting;
        final FieldEditor editor;

        Item(Setting<?> setting, FieldEditor editor) {
            this.setting = setting;
            this.editor = editor;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return setting.live() ? "Live (from the next step)" : "Run (a new run, asks first)";
        }

        @Override
        public String getName() {
            return setting.labelWithUnit();
        }

        @Override
        public String getDescription() {
            return setting.explanation() + " Allowed: " + setting.allowed() + ".";
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
