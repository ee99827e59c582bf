package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.render.CategoryPalette;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * The metrics readout: one column per method, one row per quantity (docs/maths.md §5), KL per category
 * in the category's colour; the IWAE estimate with its standard error, and each method's own
 * closed-form optimum (— where none is known). Labels are built once per shape (methods × K) and only their text changes.
 */
public final class MetricsTable extends GridPane {
    /** The row of "KL x=0" (the rows above it: loss, own optimum, ELBO, log p(x), IWAE, its s.e., Rec, KL). */
    private static final int FIRST_KL_ROW = 8;
    private String shape = "";
    private final List<Label[]> cells = new ArrayList<>();

    public MetricsTable() {
        setHgap(10);
        setVgap(2);
        setId("metrics");
    }

    /** Shows the metrics of a snapshot. */
    public void update(Snapshot s) {
        int k = s.config().categories();
        String newShape = s.methods().size() + "x" + k + s.methods().stream().map(m -> m.method().id()).toList();
        if (!newShape.equals(shape)) {
            rebuild(s, k);
            shape = newShape;
        }
        for (int col = 0; col < s.methods().size(); col++) {
            Metrics m = s.methods().get(col).metrics();
            int row = 0;
            set(row++, col, fmt(m.loss()));
            set(row++, col, fmt(m.ownOptimum()));
            set(row++, col, fmt(m.elbo()));
            set(row++, col, fmt(m.logLikelihood()));
            set(row++, col, fmt(m.iwae()));
            set(row++, col, String.format(Locale.UK, "%.1e", m.iwaeStandardError()));
            set(row++, col, fmt(m.recon()));
            set(row++, col, fmt(m.kl()));
            double[] klx = m.klPerCategory();
            for (int x = 0; x < k; x++) {
                set(row++, col, fmt(klx[x]));
            }
            set(row++, col, String.format(Locale.UK, "%.2f%%", 100 * m.decodeAccuracy()));
            set(row++, col, fmt(m.mutualInformation()));
            set(row, col, String.format(Locale.UK, "%.2e", m.oceanMass()));
        }
    }

    private void set(int row, int col, String text) {
        Label l = cells.get(row)[col];
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    private void rebuild(Snapshot s, int k) {
        getChildren().clear();
        getColumnConstraints().clear();
        cells.clear();
        boolean crowded = s.methods().size() > 2; // three or four columns share the side bar's width
        setHgap(crowded ? 6 : 10);
        String valueStyle = crowded ? "-fx-font-family: monospace; -fx-font-size: 11px;" : "-fx-font-family: monospace;";
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE); // row names are never cut
        getColumnConstraints().add(names);
        List<String> rows = new ArrayList<>(List.of("loss", "own optimum", "ELBO", "log p(x)", "IWAE (est.)",
                "  ± s.e.", "Rec", "KL"));
        for (int x = 0; x < k; x++) {
            rows.add("  KL x=" + x);
        }
        rows.addAll(List.of("decode acc.", "mutual inf.", "ocean mass"));
        for (int c = 0; c < s.methods().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(crowded ? Region.USE_PREF_SIZE : 70); // grows with the font in presentation mode
            cc.setHalignment(HPos.RIGHT);
            getColumnConstraints().add(cc);
            MethodSnapshot m = s.methods().get(c);
            Label head = new Label(m.method().label());
            head.setStyle("-fx-font-weight: bold;");
            add(head, c + 1, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            Label name = new Label(rows.get(r));
            Explanations e = Explanations.forMetricRow(rows.get(r));
            if (e != null) {
                name.setTooltip(ExplanationTooltips.tooltip(e));
            }
            name.setId("metricName-" + r);
            if (r >= FIRST_KL_ROW && r < FIRST_KL_ROW + k) {
                name.setStyle("-fx-text-fill: " + CategoryPalette.textHex(r - FIRST_KL_ROW) + "; -fx-font-weight: bold;");
            }
            add(name, 0, r + 1);
            Label[] row = new Label[s.methods().size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = new Label("");
                row[c].setStyle(valueStyle);
                row[c].setId("metric-" + s.methods().get(c).method().id() + "-" + r);
                add(row[c], c + 1, r + 1);
            }
            cells.add(row);
        }
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.UK, "%.4f", v) : "—";
    }
}
