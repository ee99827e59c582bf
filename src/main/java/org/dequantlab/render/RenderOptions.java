package org.dequantlab.render;

import java.util.List;
import org.dequantlab.metrics.Plane;
import org.dequantlab.method.DequantMethod;

/**
 * How a frame is drawn.
 *
 * @param methods    the method panels to draw, left to right (each must be in the snapshot)
 * @param showCurves whether the Rec / KL / loss curves are drawn beneath the panels
 * @param logScale   log scale on the curves' y axis
 * @param scale      size of fonts and line widths, 1.0 = 100% (presentation mode uses up to 2.5)
 * @param weighted   draw components as p̃(x)·q(z|x) (they then stack to the aggregate) instead of q(z|x)
 * @param view       the z range and density top every panel shows
 * @param plane      for a 2-D run, where its square panels draw the latent: the z-plane or the prior's CDF
 *                   square (docs/maths.md §7); null for a 1-D run (the panels are laid out for curves)
 */
public record RenderOptions(List<DequantMethod> methods, boolean showCurves, boolean logScale, double scale,
        boolean weighted, DensityView view, Plane plane) {
    public RenderOptions {
        methods = List.copyOf(methods);
        view = view == null ? DensityView.DEFAULT : view;
    }

    /** Options for a 1-D run. */
    public RenderOptions(List<DequantMethod> methods, boolean showCurves, boolean logScale, double scale,
            boolean weighted, DensityView view) {
        this(methods, showCurves, logScale, scale, weighted, view, null);
    }

    /** Options on the whole grid with a fixed density top. */
    public RenderOptions(List<DequantMethod> methods, boolean showCurves, boolean logScale, double scale, boolean weighted,
            double densityMax) {
        this(methods, showCurves, logScale, scale, weighted, DensityView.fixed(densityMax));
    }

    /** Both methods, curves on, linear, 100%, weighted components, density axis to 0.6. */
    public static RenderOptions defaults(List<DequantMethod> methods) {
        return new RenderOptions(methods, true, false, 1.0, true, DensityView.DEFAULT);
    }

    /** The top of the density axis. */
    public double densityMax() {
        return view.densityMax();
    }

    /** The same options showing another view. */
    public RenderOptions withView(DensityView v) {
        return new RenderOptions(methods, showCurves, logScale, scale, weighted, v, plane);
    }

    /** The same options drawing a 2-D run in another plane (null: a 1-D run). */
    public RenderOptions withPlane(Plane p) {
        return new RenderOptions(methods, showCurves, logScale, scale, weighted, view, p);
    }

    /** The same options for a run of {@code latentDim}: a 2-D run shows {@code p}, a 1-D run no plane. */
    public RenderOptions withPlaneFor(int latentDim, Plane p) {
        return withPlane(latentDim == 2 ? (p == null ? Plane.LATENT : p) : null);
    }

    /** The plane a 2-D run's panels show (the z-plane unless the options say otherwise). */
    public Plane shownPlane() {
        return plane == null ? Plane.LATENT : plane;
    }
}
