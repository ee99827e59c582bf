package org.dequantlab.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.dequantlab.ui.session.EditHistory;
import org.dequantlab.ui.session.LabSession;

/**
 * The Edit menu: Undo and Redo of live setting changes and of run replacements, named after what
 * they undo ("Undo λ_rec 10 → 5"), and Reset zoom. The shortcuts (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) are
 * the window's {@link KeyBindings}, so they never fire while typing; the menu only shows them.
 */
final class EditMenu {
    private final Menu menu = new Menu("_Edit");

    EditMenu(LabSession session, ViewControls views) {
        menu.setId("editMenu");
        EditHistory edits = session.edits();
        MenuItem undo = new MenuItem();
        undo.setId("menuUndo");
        undo.textProperty().bind(edits.undoTextProperty().concat("\tCtrl+Z"));
        undo.disableProperty().bind(edits.canUndoProperty().not());
        undo.setOnAction(e -> session.undo());
        undo.setMnemonicParsing(false);
        MenuItem redo = new MenuItem();
        redo.setId("menuRedo");
        redo.textProperty().bind(edits.redoTextProperty().concat("\tCtrl+Shift+Z"));
        redo.disableProperty().bind(edits.canRedoProperty().not());
        redo.setOnAction(e -> session.redo());
        redo.setMnemonicParsing(false);
        MenuItem resetView = new MenuItem("Reset zoom");
        resetView.setId("menuResetView");
        resetView.disableProperty().bind(views.zoomedProperty().not());
        resetView.setOnAction(e -> views.reset());
        menu.getItems().setAll(undo, redo, new SeparatorMenuItem(), resetView);
    }

    Menu menu() {
        return menu;
    }
}
