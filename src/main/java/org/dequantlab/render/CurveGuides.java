package org.dequantlab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Setting;
import org.dequantlab.config.Settings;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.ConfigChange;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * What the loss curves are read against, for any set of methods: the compact legend (quantities by
 * colour, methods by dash), the general optimum's label, each method's own optimum line, the
 * regularisers (KL annealing, free bits) and the hot-setting changes. Labels go to {@link CurveLabels}.
 */
final class CurveGuides {
    private static final Color OPTIMUM = new Color(0x2E7D32);
    private static final Color METHOD_KEY = new Color(0x555555);
    private static final Color MARKER = new Color(0x7A7A7A);
    private static final Color MARKER_TEXT = new Color(0x555555);
    private static final Color ANNEALING = new Color(0xB0, 0x3A, 0x3A, 28);
    private static final Color ANNEALING_LABEL = new Color(0x8A, 0x2E, 0x2E);

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

    /**
     * KL annealing as a shaded region over steps [0, N] labelled "KL annealing" (λ_KL ramps from 0 there,
     * docs/maths.md §5), and the free-bits floor λ_fb as a horizontal line on the KL scale labelled "free bits"
     * (the loss uses max(λ_fb, KL_x) per category).
     */
    static void addRegularisers(XYPlot plot, ExperimentConfig config, List<CurveLabels.Label> labels,
            double scale) {
        if (config.klAnnealSteps() > 0) {
            plot.addDomainMarker(new IntervalMarker(0, config.klAnnealSteps(), ANNEALING, new BasicStroke(0f), null,
                    null, 1f), Layer.BACKGROUND);
            labels.add(new CurveLabels.Label(List.of("KL annealing"), 0, 0, CurveLabels.Kind.REGION, ANNEALING_LABEL));
        }
        if (config.freeBits() > 0) {
            plot.addRangeMarker(new ValueMarker(config.freeBits(), CurvesChartFactory.Quantity.KL.color(), new BasicStroke(
                    (float) (1.2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {8f * (float) scale, 3f * (float) scale, 2f * (float) scale, 3f * (float) scale}, 0f)));
            labels.add(new CurveLabels.Label(List.of("free bits " + SnapshotRenderer.number(config.freeBits())), 0,
                    config.freeBits(), CurveLabels.Kind.HORIZONTAL, CurvesChartFactory.Quantity.KL.color()));
        }
    }

    /**
     * One line per step with hot-setting changes and one label for all the changes at that step: the
     * net change of each setting on a line of its own ("λ_rec 10 → 12" for 10 → 11 → 12).
     */
    static void addChanges(XYPlot plot, List<ConfigChange> changes, List<CurveLabels.Label> labels,
            double scale) {
        List<ConfigChange> marked = CurvesChartFactory.thinned(changes, CurvesChartFactory.MAX_MARKERS);
        if (marked.size() < changes.size()) {
            // thousands of labels would hide the curves (and cost a frame each): thinned, the lines remain
            for (ConfigChange c : marked) {
                plot.addDomainMarker(new ValueMarker(c.step(), MARKER, new BasicStroke((float) scale)));
            }
            return;
        }
        int i = 0;
        while (i < changes.size()) {
            int j = i;
            while (j + 1 < changes.size() && changes.get(j + 1).step() == changes.get(i).step()) {
                j++;
            }
            ConfigChange first = changes.get(i), last = changes.get(j);
            List<String> lines = new ArrayList<>();
            for (Setting<?> s : Settings.changed(first.before(), last.after())) {
                lines.add(s.describeChange(first.before(), last.after()));
            }
            if (lines.isEmpty()) { // changed and changed back: say so rather than nothing
                for (int k = i; k <= j; k++) {
                    lines.add(changes.get(k).describe());
                }
            }
            plot.addDomainMarker(new ValueMarker(first.step(), MARKER, new BasicStroke((float) scale)));
            labels.add(new CurveLabels.Label(lines, first.step(), 0, CurveLabels.Kind.CHANGE, MARKER_TEXT));
            i = j + 1;
        }
    }
}
