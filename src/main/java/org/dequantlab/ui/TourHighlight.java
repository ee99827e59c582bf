package org.dequantlab.ui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.effect.InnerShadow;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.HighlightFrame;
import org.dequantlab.render.PanelGeometry;
import org.dequantlab.render.RenderLayout;
import org.dequantlab.render.RenderOptions;

/**
 * The guided tour's highlight: an amber outline on the element a stop talks about (it breathes
 * three times, then stays), or an amber glow round the curves when the stop is about them.
 */
final class TourHighlight {
    private final CurvesPane curves;
    private final Runnable redraw;
    private GuidedTour.Stop focus;
    private double strength = 1;
    private Timeline pulse;

    TourHighlight(CurvesPane curves, Runnable redraw) {
        this.curves = curves;
        this.redraw = redraw;
    }

    /** Highlights what {@code stop} talks about (null: nothing). */
    void focus(GuidedTour.Stop stop) {
        focus = stop;
        curves.setEffect(stop != null && stop.method() == null && stop.focus().group() == Explanations.Group.CURVES
                ? new InnerShadow(24, Color.web("#FFA000")) : null);
        if (pulse != null) {
            pulse.stop();
        }
        if (stop == null) {
            redraw.run();
            return;
        }
        pulse = new Timeline();
        for (int i = 0; i <= 36; i++) {
            double t = i / 36.0;
            double s = i == 36 ? 1 : 0.5 + 0.5 * Math.cos(t * 6 * Math.PI);
            pulse.getKeyFrames().add(new KeyFrame(Duration.millis(i * 50), e -> {
                strength = s;
                redraw.run();
            }));
        }
        pulse.play();
    }

    boolean active() {
        return focus != null;
    }

    /** The outline for a frame of this layout, captured now (it is drawn on the painter's thread). */
    Consumer<Graphics2D> decoration(RenderLayout layout, RenderOptions o) {
        GuidedTour.Stop stop = focus;
        double s = strength;
        if (stop == null) {
            return g -> { };
        }
        List<Rectangle2D> areas = areas(stop, layout, o);
        return g -> {
            for (Rectangle2D r : areas) {
                HighlightFrame.draw(g, r, o.scale(), s);
            }
        };
    }

    private static List<Rectangle2D> areas(GuidedTour.Stop focus, RenderLayout layout, RenderOptions o) {
        List<Rectangle2D> out = new ArrayList<>();
        for (int i = 0; i < layout.panels().size() && i < o.methods().size(); i++) {
            DequantMethod m = o.methods().get(i);
            if (focus.method() != null && focus.method() != m) {
                continue;
            }
            PanelGeometry p = layout.panels().get(i);
            switch (focus.focus()) {
                case DECODER_STRIP, UNCERTAINTY -> out.add(p.stripArea());
                case OCEAN -> out.add(new Rectangle2D.Double(p.plotX(), p.plotY(), p.plotWidth(),
                        p.stripY() + p.stripHeight() - p.plotY()));
                case CURVE_LOSS, CURVE_REC, CURVE_KL, OPTIMUM_LINE -> { /* the curves glow instead */ }
                default -> out.add(p.plotArea());
            }
        }
        return out;
    }
}
