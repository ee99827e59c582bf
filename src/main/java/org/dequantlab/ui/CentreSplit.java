package org.dequantlab.ui;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.scene.layout.Region;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.Plane;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;

/**
 * How the window's centre is split between the drawing (on top) and the curves (below the timeline
 * row): the curves take a fixed share of the height, at least {@link #MIN_CURVES} px; and in a 2-D run,
 * whose squares stop growing once the width limits them, also the height the squares leave empty
 * ({@link RenderLayout#usedHeight}), so the squares keep their size and the curves get the room.
 * Called every pulse and when the centre is resized; it only sets the curves' preferred height when that
 * changes. It asks the run's configuration, not its snapshot, so the split is right in the first layout
 * (before the first snapshot): a split made later resizes the curves' chart, and its redraw and the new
 * layout cost a frame of 100 ms or more just as training starts.
 */
final class CentreSplit {
    /** The curves' least height: enough to read. */
    static final double MIN_CURVES = 150;
    private final Region centre;
    private final Region timelineRow;
    private final Region curves;
    private final double share;
    private final Supplier<ExperimentConfig> config;
    private final DoubleSupplier scale;
    private final Supplier<Plane> plane;

    /**
     * @param share  the curves' share of the centre's height
     * @param config the run's configuration (its methods and latent dimension)
     * @param scale  the drawing's scale (presentation mode)
     * @param plane  the plane a 2-D run's squares show
     */
    CentreSplit(Region centre, Region timelineRow, Region curves, double share, Supplier<ExperimentConfig> config,
            DoubleSupplier scale, Supplier<Plane> plane) {
        this.centre = centre;
        this.timelineRow = timelineRow;
        this.curves = curves;
        this.share = share;
        this.config = config;
        this.scale = scale;
        this.plane = plane;
        curves.setMinHeight(MIN_CURVES);
        curves.setPrefHeight(MIN_CURVES);
        // during the layout pass that sizes them, so the curves get their height in the same pass
        centre.widthProperty().addListener((o, a, b) -> update());
        centre.heightProperty().addListener((o, a, b) -> update());
        timelineRow.heightProperty().addListener((o, a, b) -> update());
    }

    /** Sets the curves' height for the centre's size and the drawing options now. */
    void update() {
        double height = centre.getHeight();
        double base = Math.max(MIN_CURVES, height * share);
        double drawing = height - timelineRow.getHeight() - base;
        ExperimentConfig c = config.get();
        double spare = 0;
        if (c != null && drawing > 1 && centre.getWidth() > 1) {
            RenderOptions o = new RenderOptions(c.methods(), false, false, scale.getAsDouble(), true, null)
                    .withPlaneFor(c.latentDim(), plane.get());
            spare = drawing - RenderLayout.usedHeight((int) centre.getWidth(), (int) drawing, o);
        }
        double want = Math.floor(base + Math.max(0, spare));
        if (Math.abs(curves.getPrefHeight() - want) >= 1) {
            curves.setPrefHeight(want);
        }
    }
}
