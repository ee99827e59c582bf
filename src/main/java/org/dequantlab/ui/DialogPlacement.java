package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;

/**
 * Where a dialog goes over its window: centred, unless that would cover a panel the question is about (the toy
 * editor whose values it asks to apply, the tour). Then it moves, as little as it can, to a place inside the window
 * beside or below those panels, so the values stay readable while the user decides. On a 1280×800 projector the toy
 * editor floats over the window's centre.
 */
final class DialogPlacement {
    /** Space between the dialog and a panel it steps aside for. */
    static final double GAP = 12;

    private DialogPlacement() {}

    /**
     * The dialog's top-left corner.
     *
     * @param owner     the window, in screen coordinates
     * @param w         the dialog's width
     * @param h         the dialog's height
     * @param keepClear the panels the dialog must not cover, in screen coordinates
     */
    static double[] place(Rectangle2D owner, double w, double h, List<Bounds> keepClear) {
        double cx = owner.getMinX() + (owner.getWidth() - w) / 2, cy = owner.getMinY() + (owner.getHeight() - h) / 2;
        if (clear(cx, cy, w, h, keepClear)) {
            return new double[] {cx, cy};
        }
        List<double[]> candidates = new ArrayList<>();
        for (Bounds b : keepClear) {
            candidates.add(new double[] {cx, b.getMaxY() + GAP});
            candidates.add(new double[] {cx, b.getMinY() - GAP - h});
            candidates.add(new double[] {b.getMinX() - GAP - w, cy});
            candidates.add(new double[] {b.getMaxX() + GAP, cy});
        }
        double[] best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (double[] c : candidates) {
            boolean inside = c[0] >= owner.getMinX() && c[1] >= owner.getMinY()
                    && c[0] + w <= owner.getMaxX() && c[1] + h <= owner.getMaxY();
            double distance = Math.hypot(c[0] - cx, c[1] - cy);
            if (inside && clear(c[0], c[1], w, h, keepClear) && distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best != null ? best : new double[] {cx, cy}; // no room anywhere: centred, as a dialog usually is
    }

    private static boolean clear(double x, double y, double w, double h, List<Bounds> keepClear) {
        for (Bounds b : keepClear) {
            if (b.intersects(x, y, w, h)) {
                return false;
            }
        }
        return true;
    }
}
