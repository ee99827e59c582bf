package org.dequantlab.ui;

import java.util.function.Supplier;
import javafx.scene.layout.Region;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;

/**
 * How the window's centre is split between the drawing (on top) and the curves (below the timeline
 * row): the curves take a fixed share of the height, at least {@link #MIN_CURVES} px; and in a 2-D run,
 * whose squares stop growing once the width limits them, also the height the squares leave empty
 * ({@link RenderLayout#usedHeight}), so the squares keep their size and the curves get the room.
 * Called every pulse; it only sets the curves' preferred height when that changes.
 */
final class CentreSplit {
    /** The curves' least height: enough to read. */
    static final double MIN_CURVES = 150;
    private final Region centre;
    private final Region timelineRow;
    private final Region curves;
    private final double share;
    private final Supplier<RenderOptions> options;

    /**
     * @param share   the curves' share of the centre's height
     * @param options how the shown snapshot is drawn now (null before the first one)
     */
    CentreSplit(Region centre, Region timelineRow, Region curves, double share, Supplier<RenderOptions> options) {
        this.centre = centre;
        this.timelineRow = timelineRow;
        this.curves = curves;
        this.share = share;
        this.options = options;
        curves.setMinHeight(MIN_CURVES);
        curves.setPrefHeight(MIN_CURVES);
    }

    /** Sets the curves' height for the centre's size and the drawing options now. */
    void update() {
        double height = centre.getHeight();
        double base = Math.max(MIN_CURVES, height * share);
        double drawing = height - timelineRow.getHeight() - base;
        RenderOptions o = options.get();
        double spare = 0;
        if (o != null && drawing > 1 && centre.getWidth() > 1) {
            spare = drawing - RenderLayout.usedHeight((int) centre.getWidth(), (int) drawing, o);
        }
        double want = Math.floor(base + Math.max(0, spare));
        if (Math.abs(curves.getPrefHeight() - want) >= 1) {
            curves.setPrefHeight(want);
        }
    }
}
