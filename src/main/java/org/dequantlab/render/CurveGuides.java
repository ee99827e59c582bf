package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;

/**
 * What the loss curves are read against, for any set of methods: the compact legend (quantities by
 * colour, methods by dash), the general optimum's label and each method's own optimum line.
 */
final class CurveGuides {
    private static final Color OPTIMUM = new Color(0x2E7D32);
    private static final Color METHOD_KEY = new Color(0x555555);

    private CurveGuides() {}

    /**
     * The legend: one entry per quantity (its colour, solid) and one per method (its dash, in grey), so
     * that it stays one short line with four methods instead of one entry per series.
     */
    static org.jfree.chart.LegendItemCollection legend(List<DequantMethod> methods, double scale) {
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        java.awt.Shape line = new java.awt.geom.Line2D.Double(-11 * scale, 0, 11 * scale, 0);
        for (CurvesChartFactory.Quantity q : CurvesChartFactory.Quantity.values()) {
            items.add(new org.jfree.chart.LegendItem(q.label(), null, null, null, line,
                    new BasicStroke((float) (2 * scale)), q.color()));
        }
        for (DequantMethod m : methods) {
            items.add(new org.jfree.chart.LegendItem(m.label(), null, null, null, line, CurvesChartFactory.stroke(m, CurvesChartFactory.Quantity.LOSS, scale),
                    METHOD_KEY));
        }
        return items;
    }

    /** "optimum λ_KL·H(p̃) = 0.6931" (or λ_rec·H(p̃) when λ_rec &lt; λ_KL: the bound is the smaller, docs/maths.md §2.1). */
    static String optimumLabel(ExperimentConfig config, double opt) {
        String which = config.lambdaRec() < config.lambdaKl() ? "λ_rec" : "λ_KL";
        return "optimum " + which + "·H(p̃) = " + SnapshotRenderer.number(opt);
    }

    /**
     * A thinner line, in the method's dash, for each method whose own closed-form optimum lies above the
     * general bound (Argmax's fixed orthants on skewed data; Voronoi's λ_KL·H(p̃) when λ_rec &lt; λ_KL),
     * with its label for {@link CurveLabels} to place; methods with the same optimum share one line.
     */
    static void addOwnOptima(XYPlot plot, ExperimentConfig config, List<DequantMethod> methods, double general,
            boolean log, double scale, List<CurveLabels.Label> labels) {
        java.util.Map<Double, List<DequantMethod>> byValue = new java.util.LinkedHashMap<>();
        org.dequantlab.objective.LossWeights w = org.dequantlab.objective.LossWeights.of(config.lambdaRec(),
                config.lambdaKl());
        for (DequantMethod m : methods) {
            java.util.OptionalDouble own = m.ownOptimum(config.problem(), w);
            if (own.isPresent() && own.getAsDouble() > general + 1e-9 * Math.max(1, general)
                    && (own.getAsDouble() > 0 || !log)) {
                byValue.computeIfAbsent(own.getAsDouble(), v -> new ArrayList<>()).add(m);
            }
        }
        for (var e : byValue.entrySet()) {
            DequantMethod first = e.getValue().get(0);
            float[] dash = first.curveDash() == null ? new float[] {6f, 3f} : first.curveDash();
            ValueMarker own = new ValueMarker(e.getKey(), OPTIMUM, new BasicStroke((float) (0.9 * scale),
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            String names = e.getValue().stream().map(DequantMethod::label).collect(java.util.stream.Collectors.joining(
                    ", "));
            labels.add(new CurveLabels.Label(List.of(names + "'s own optimum " + first.ownOptimumFormula(
                    config.problem()) + " = " + SnapshotRenderer.number(e.getKey())), 0, e.getKey(),
                    CurveLabels.Kind.HORIZONTAL, OPTIMUM)); // placed with the others: none overlaps
            plot.addRangeMarker(own);
        }
    }

}
