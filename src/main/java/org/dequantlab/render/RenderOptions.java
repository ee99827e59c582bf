package org.dequantlab.render;

import java.util.List;
import org.dequantlab.method.DequantMethod;

/**
 * How a frame is drawn.
 *
 * @param methods       the method panels to draw, left to right (each must be in the snapshot)
 * @param showCurves    whether the Rec / KL / loss curves are drawn beneath the panels
 * @param logScale      log scale on the curves' y axis
 * @param scale         size of fonts and line widths, 1.0 = 100% (presentation mode uses up to 2.5)
 * @param weighted      draw components as p̃(x)·q(z|x) (they then stack to the aggregate) instead of q(z|x)
 * @param densityMax    fixed top of the density axis
 */
public record RenderOptions(List<DequantMethod> methods, boolean showCurves, boolean logScale, double scale,
        boolean weighted, double densityMax) {
    public RenderOptions {
        methods = List.copyOf(methods);
    }

    /** Both methods, curves on, linear, 100%, weighted components, density axis to 0.6. */
    public static RenderOptions defaults(List<DequantMethod> methods) {
        return new RenderOptions(methods, true, false, 1.0, true, 0.6);
    }
}
