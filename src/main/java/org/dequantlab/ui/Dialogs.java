package org.dequantlab.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The window's yes/no question, always over the window (also in full screen) and never behind a panel. */
final class Dialogs {
    private Dialogs() {}

    /** Asks {@code question}; true for OK. {@code owner} may be null (the window is not shown yet). */
    static boolean confirm(Window owner, String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        Paragraph text = new Paragraph(question); // a wrapped Label garbles p̃
        text.setPrefWidth(420);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("confirmDialog");
        a.setHeaderText(null);
        a.setTitle("DequantLab");
        if (owner != null) {
            a.initOwner(owner); // centred on the window and in front of it, full screen or not
            a.initModality(Modality.WINDOW_MODAL);
        }
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
