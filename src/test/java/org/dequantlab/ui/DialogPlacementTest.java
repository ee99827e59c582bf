package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The confirmation's place: centred on the window, unless that covers the panel the question is about. */
class DialogPlacementTest {
    private static final Rectangle2D WINDOW = new Rectangle2D(100, 50, 1280, 800);

    @Test
    void centredWhenNothingIsInTheWay() {
        Bounds farRight = new BoundingBox(1200, 60, 150, 200);
        assertArrayEquals(new double[] {100 + (1280 - 480) / 2.0, 50 + (800 - 100) / 2.0},
                DialogPlacement.place(WINDOW, 480, 100, List.of(farRight)), 1e-9);
        assertArrayEquals(new double[] {500, 400}, DialogPlacement.place(WINDOW, 480, 100, List.of()), 1e-9);
    }

    @Test
    void stepsAsideAsLittleAsItCanAndStaysInsideTheWindowClearOfEveryPanel() {
        // the toy editor over the centre, as at 1280×800 (top right of the drawing, the side panel beyond it)
        Bounds toy = new BoundingBox(712, 185, 350, 315);
        Bounds tour = new BoundingBox(170, 650, 400, 190);
        double[] at = DialogPlacement.place(WINDOW, 480, 100, List.of(toy, tour));
        assertFalse(toy.intersects(at[0], at[1], 480, 100), "clear of the toy editor");
        assertFalse(tour.intersects(at[0], at[1], 480, 100), "clear of the tour");
        assertTrue(at[0] >= 100 && at[1] >= 50 && at[0] + 480 <= 1380 && at[1] + 100 <= 850, "inside the window");
        // below the editor is the nearest free place, the dialog still centred across the window
        assertArrayEquals(new double[] {500, 500 + DialogPlacement.GAP}, at, 1e-9);
    }

    @Test
    void centredWhenThereIsNoRoomAnywhere() {
        Bounds everything = new BoundingBox(100, 50, 1280, 800);
        assertArrayEquals(new double[] {500, 400}, DialogPlacement.place(WINDOW, 480, 100, List.of(everything)),
                1e-9);
    }
}
