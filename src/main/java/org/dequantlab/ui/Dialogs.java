package org.dequantlab.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The window's yes/no question, always over the window (also in full screen) and never behind a panel, nor over
 * the panel it is about ({@link DialogPlacement}).
 */
final class Dialogs {
    private Dialogs() {}

    /**
     * Asks {@code question}; true for OK. {@code owner} may be null (the window is not shown yet).
     *
     * @param keepClear the panels on screen (screen coordinates) the dialog must not cover, if there is room
     */
    static boolean confirm(Window owner, String question, Supplier<List<Bounds>> keepClear) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        Paragraph text = new Paragraph(question); // a wrapped Label garbles p̃
        text.setPrefWidth(420);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("confirmDialog");
        a.setHeaderText(null);
        a.setTitle("DequantLab");
        if (owner != null) {
            a.initOwner(owner); // in front of the window, full screen or not
            a.initModality(Modality.WINDOW_MODAL);
            List<Bounds> panels = keepClear.get();
            if (!panels.isEmpty()) { // else JavaFX centres it on the window
                DialogPane pane = a.getDialogPane();
                pane.applyCss();
                double w = pane.prefWidth(-1), h = pane.prefHeight(w);
                double[] at = DialogPlacement.place(new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(),
                        owner.getHeight()), w, h, panels);
                a.setX(at[0]);
                a.setY(at[1]);
            }
        }
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
