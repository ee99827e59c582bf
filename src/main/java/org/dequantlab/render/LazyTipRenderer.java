package org.dequantlab.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * The curves' line renderer, whose hover entities write their tooltip only when one is asked for. JFreeChart
 * formats every point's tooltip each time the interactive chart is drawn (a few hundred points for each of up
 * to twelve curves, with two number formats), which was about half of drawing the paused chart, although
 * the pointer can only rest on one point at a time. The text is the same: the tooltip generator of the point's
 * series, asked with the point's dataset, series and item when the viewer shows it.
 */
final class LazyTipRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    LazyTipRenderer() {
        super(true, false);
    }

    /** As {@code AbstractXYItemRenderer.addEntity}, without formatting the tooltip now (no URLs are used). */
    @Override
    protected void addEntity(EntityCollection entities, Shape area, XYDataset dataset, int series, int item,
            double entityX, double entityY) {
        if (!getItemCreateEntity(series, item)) {
            return;
        }
        Shape hotspot = area;
        if (hotspot == null) {
            double r = getDefaultEntityRadius();
            hotspot = getPlot().getOrientation() == PlotOrientation.VERTICAL
                    ? new Ellipse2D.Double(entityX - r, entityY - r, 2 * r, 2 * r)
                    : new Ellipse2D.Double(entityY - r, entityX - r, 2 * r, 2 * r);
        }
        entities.add(new LazyTipEntity(hotspot, dataset, series, item, getToolTipGenerator(series, item)));
    }

    /** An entity whose tooltip is formatted when read. */
    static final class LazyTipEntity extends XYItemEntity {
        private static final long serialVersionUID = 1L;
        private final transient XYToolTipGenerator generator;

        LazyTipEntity(Shape area, XYDataset dataset, int series, int item, XYToolTipGenerator generator) {
            super(area, dataset, series, item, null, null);
            this.generator = generator;
        }

        /** The generator's text for this point, or null without a generator or once the point is gone. */
        @Override
        public String getToolTipText() {
            XYDataset d = getDataset();
            int s = getSeriesIndex(), i = getItem();
            if (generator == null || s >= d.getSeriesCount() || i >= d.getItemCount(s)) {
                return null;
            }
            return generator.generateToolTip(d, s, i);
        }
    }
}
