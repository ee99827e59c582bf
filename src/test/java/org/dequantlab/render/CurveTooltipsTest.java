package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.Methods;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The curves' hover values: written when one is shown, not for every point at every drawing, and the same text. */
class CurveTooltipsTest {

    private static List<XYItemEntity> draw(JFreeChart chart) {
        BufferedImage img = new BufferedImage(900, 260, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 900, 260), info);
        g.dispose();
        List<XYItemEntity> items = new ArrayList<>();
        info.getEntityCollection().getEntities().forEach(e -> {
            if (e instanceof XYItemEntity x) {
                items.add(x);
            }
        });
        return items;
    }

    private static JFreeChart blogChart() {
        JFreeChart chart = CurvesChartFactory.create(false, 1.0);
        ExperimentConfig c = ExperimentConfig.defaults().withMethods(List.of(Methods.CATNF, Methods.TRUFL));
        CurvesChartFactory.update(chart, CurveLabelsTest.blogLike(2000), List.of(), c, c.methods(), 400,
                CurvesView.AUTO);
        return chart;
    }

    @Test
    void drawingFormatsNoTooltipAndEachShownOneIsTheGeneratorsTextForItsPoint() {
        JFreeChart chart = blogChart();
        XYItemRenderer r = chart.getXYPlot().getRenderer();
        XYToolTipGenerator standard = r.getDefaultToolTipGenerator();
        AtomicInteger formatted = new AtomicInteger();
        // as the window does (Classroom): the standard text and what the curve means
        r.setDefaultToolTipGenerator((d, s, i) -> {
            formatted.incrementAndGet();
            return standard.generateToolTip(d, s, i) + " — explained";
        });
        List<XYItemEntity> items = draw(chart);
        assertTrue(items.size() > 1000, "every point of every curve can be hovered: " + items.size());
        assertEquals(0, formatted.get(), "no tooltip is formatted while the chart is drawn");

        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        for (XYItemEntity e : List.of(items.get(0), items.get(items.size() / 2), items.get(items.size() - 1))) {
            String tip = e.getToolTipText();
            String key = String.valueOf(data.getSeriesKey(e.getSeriesIndex()));
            long step = Math.round(data.getXValue(e.getSeriesIndex(), e.getItem()));
            assertTrue(tip.startsWith(key + ": step " + new DecimalFormat("#,##0").format(step) + ", "), tip);
            assertTrue(tip.endsWith(" — explained"), tip);
        }
        assertEquals(3, formatted.get(), "one text per tooltip shown");
    }

    @Test
    void aPointThatIsGoneHasNoTooltip() {
        JFreeChart chart = blogChart();
        List<XYItemEntity> items = draw(chart);
        XYItemEntity last = items.get(items.size() - 1);
        ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(last.getSeriesIndex()).clear();
        assertNull(last.getToolTipText(), "the chart's data changed before it was drawn again");
    }
}
