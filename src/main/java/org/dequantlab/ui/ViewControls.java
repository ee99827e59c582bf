package org.dequantlab.ui;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.dequantlab.metrics.Plane;
import org.dequantlab.render.DensityView;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;
import org.dequantlab.train.Snapshot;

/**
 * Zoom and pan of the density panels, and the automatic y-range of panels and curves. Over a panel
 * the mouse wheel zooms z around the pointer (with Shift, or over the density axis, it scales the
 * density axis), dragging pans along z, and a double-click shows everything again. Every panel shares
 * the one {@link DensityView}. With the automatic y-range on, the density axis follows the tallest
 * curve in view and the curves' value axis fits the steps shown. Panels of a 2-D run do not zoom; they
 * show the z-plane or the prior's CDF square, as {@link #planeProperty} says.
 */
final class ViewControls {
    /** Zoom per wheel notch. */
    static final double WHEEL_FACTOR = 1.25;

    private final ResizableCanvas canvas;
    private final CurvesPane curves;
    private final Runnable redraw;
    private final Supplier<RenderOptions> shownOptions;
    private final ObjectProperty<DensityView> view = new SimpleObjectProperty<>(DensityView.DEFAULT);
    private final BooleanProperty autoY = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper zoomed = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Plane> plane = new SimpleObjectProperty<>(Plane.LATENT);
    private final BooleanProperty planar = new SimpleBooleanProperty(false);
    private double autoTop = DensityView.DEFAULT_DENSITY_MAX;
    private double pressX = Double.NaN;
    private DensityView pressView;

    /**
     * @param shownOptions the options of the frame on screen (to find z under the pointer)
     * @param redraw       asks for a new frame
     */
    ViewControls(ResizableCanvas canvas, CurvesPane curves, Supplier<RenderOptions> shownOptions, Runnable redraw) {
        this.canvas = canvas;
        this.curves = curves;
        this.shownOptions = shownOptions;
        this.redraw = redraw;
        zoomed.bind(Bindings.createBooleanBinding(() -> !view.get().equals(DensityView.DEFAULT)
                || curves.zoomedProperty().get(), view, curves.zoomedProperty()));
        view.addListener((o, a, b) -> redraw.run());
        plane.addListener((o, a, b) -> redraw.run());
        autoY.addListener((o, a, on) -> {
            autoTop = view.get().densityMax();
            curves.setFitY(on);
            redraw.run();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            pressX = Double.NaN;
            canvas.setCursor(Cursor.DEFAULT);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && panelAt(e.getX(), e.getY()) != null) {
                setView(DensityView.DEFAULT);
            }
        });
    }

    public ObjectProperty<DensityView> viewProperty() {
        return view;
    }

    public BooleanProperty autoYProperty() {
        return autoY;
    }

    /** Whether the panels or the curves show less than everything. */
    public ReadOnlyBooleanProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    /** Where 2-D runs are drawn: the z-plane or the prior's CDF square (docs/maths.md §7). */
    public ObjectProperty<Plane> planeProperty() {
        return plane;
    }

    /** Switches 2-D panels between the z-plane and the prior's CDF square. */
    public void togglePlane() {
        plane.set(plane.get() == Plane.LATENT ? Plane.CDF_SQUARE : Plane.LATENT);
    }

    /** Whether the run shown has a 2-D latent (its panels are squares: no zoom, the plane toggle applies). */
    public ReadOnlyBooleanProperty planarProperty() {
        return planar;
    }

    public void setView(DensityView v) {
        view.set(v);
    }

    /** Everything again: the whole grid, density to 0.6 (or the automatic top), all the curves. */
    public void reset() {
        view.set(DensityView.DEFAULT);
        curves.resetView();
        redraw.run();
    }

    /** The view to draw {@code s} with: the zoomed one, its top following the tallest curve when automatic. */
    DensityView viewFor(Snapshot s, boolean weighted) {
        planar.set(s.config().latentDim() == 2);
        DensityView v = view.get();
        if (!autoY.get()) {
            return v;
        }
        autoTop = DensityView.autoTop(v.tallest(s, weighted), autoTop);
        return v.withDensityMax(autoTop);
    }

    // ----------------------------------------------------------------- mouse

    private void scroll(ScrollEvent e) {
        PanelGeometry p = panelAt(e.getX(), e.getY());
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX(); // Shift turns some wheels sideways
        if (delta == 0 || p == null && !onDensityAxis(e.getX(), e.getY())) {
            return;
        }
        double factor = delta > 0 ? 1 / WHEEL_FACTOR : WHEEL_FACTOR;
        DensityView v = view.get();
        if (e.isShiftDown() || p == null) {
            autoY.set(false); // the user takes the axis over
            setView(v.withDensityMax(currentTop() * factor));
        } else {
            setView(v.withDensityMax(currentTop()).zoomZ(factor, p.xToZ(e.getX())));
        }
        e.consume();
    }

    private void press(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && panelAt(e.getX(), e.getY()) != null) {
            pressX = e.getX();
            pressView = view.get();
        }
    }

    private void drag(MouseEvent e) {
        if (Double.isNaN(pressX)) {
            return;
        }
        PanelGeometry p = panelAt(pressX, e.getY());
        if (p == null) {
            p = anyPanel();
        }
        if (p != null) {
            canvas.setCursor(Cursor.CLOSED_HAND);
            setView(pressView.panZ(-(e.getX() - pressX) / p.plotWidth() * pressView.zWidth()));
        }
    }

    private double currentTop() {
        return autoY.get() ? autoTop : view.get().densityMax();
    }

    /** The panel whose plot or decoder strip is at (x, y), or null. */
    private PanelGeometry panelAt(double x, double y) {
        RenderOptions o = shownOptions.get();
        if (o == null || planar.get()) { // 2-D panels do not zoom: their squares show a fixed field
            return null;
        }
        for (PanelGeometry p : RenderLayout.of((int) canvas.getWidth(), (int) canvas.getHeight(), o).panels()) {
            if (x >= p.plotX() && x <= p.plotX() + p.plotWidth() && y >= p.plotY()
                    && y <= p.stripY() + p.stripHeight()) {
                return p;
            }
        }
        return null;
    }

    private boolean onDensityAxis(double x, double y) {
        RenderOptions o = shownOptions.get();
        if (o == null || planar.get()) {
            return false;
        }
        for (PanelGeometry p : RenderLayout.of((int) canvas.getWidth(), (int) canvas.getHeight(), o).panels()) {
            if (x < p.plotX() && x >= p.plotX() - 50 * o.scale() && y >= p.plotY() && y <= p.baseY()) {
                return true;
            }
        }
        return false;
    }

    private PanelGeometry anyPanel() {
        RenderOptions o = shownOptions.get();
        return o == null ? null
                : RenderLayout.of((int) canvas.getWidth(), (int) canvas.getHeight(), o).panels().get(0);
    }
}
