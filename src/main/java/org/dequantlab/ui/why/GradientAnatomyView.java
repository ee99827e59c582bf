package org.dequantlab.ui.why;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.render.why.GradientChart;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;
import org.dequantlab.why.GradientAnatomy;

/**
 * The gradient anatomy window (docs/maths.md §1.6): for the chosen method of the step the lab window
 * shows, the exact gradient per raw parameter, its pathwise and boundary parts, and the naive Monte
 * Carlo mean with its error bar, with a few sentences on what they show. It follows training live,
 * recomputing on its own thread at most {@value #PER_SECOND} times a second (latest wins).
 */
final class GradientAnatomyView extends ToolWindow {
    static final int PER_SECOND = 4;
    private static final long INTERVAL_NANOS = 1_000_000_000L / PER_SECOND;

    /** What to compute: one method of one snapshot with a number of draws. */
    record Request(Snapshot snapshot, DequantMethod method, int draws) {
        boolean same(Request o) {
            return o != null && snapshot == o.snapshot && method == o.method && draws == o.draws;
        }
    }

    private final Supplier<Snapshot> shown;
    private final MethodChoice method = new MethodChoice("gradientMethod");
    private final ComboBox<Integer> draws = new ComboBox<>();
    private final CheckBox perParameter = new CheckBox("scale each parameter");
    private final Label explanation = new Label();
    private final LatestWins<Request, GradientAnatomy> worker = new LatestWins<>("dequantlab-gradients",
            q -> GradientAnatomy.of(q.method(), q.snapshot().config(), q.snapshot().step(),
                    q.snapshot().method(q.method()).theta(), q.draws()));
    private Request asked;
    private long lastAsk;
    private GradientAnatomy current;

    GradientAnatomyView(Window owner, Supplier<Snapshot> shown) {
        super(owner, "Gradient anatomy — DequantLab", "gradients", 980, 640);
        this.shown = shown;
        draws.setId("gradientDraws");
        draws.getItems().setAll(500, 2000, 10_000, 50_000);
        draws.setValue(2000);
        perParameter.setId("gradientPerParameter");
        perParameter.setOnAction(e -> redraw());
        explanation.setId("gradientExplanation");
        explanation.setWrapText(true);
        explanation.setPadding(new Insets(6, 8, 0, 8));
        HBox bar = new HBox(8, new Label("Method"), method, new Label("Monte Carlo draws"), draws, perParameter);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.setTop(bar);
        root.setBottom(new VBox(2, explanation, status));
        status.setText("Waiting for the first step…");
    }

    @Override
    void frame(long now) {
        Snapshot s = shown.get();
        MethodSnapshot ms = method.follow(s);
        Request q = ms == null ? null : new Request(s, ms.method(), draws.getValue());
        if (q != null && !q.same(asked) && now - lastAsk >= INTERVAL_NANOS) {
            worker.submit(q);
            asked = q;
            lastAsk = now;
        }
        LatestWins.Done<Request, GradientAnatomy> d = worker.poll();
        if (d != null) {
            if (d.result() == null) {
                status.setText("Could not take the gradient apart: " + d.failure());
            } else {
                current = d.result();
                redraw();
                status.setText(String.format(Locale.ROOT, "%s at step %,d (the step the lab window shows), %,d draws; "
                        + "computed in %d ms", current.method().label(), current.step(), current.draws(),
                        d.nanos() / 1_000_000));
            }
        }
    }

    private void redraw() {
        if (current != null) {
            viewer.setChart(GradientChart.create(current, perParameter.isSelected()));
            explanation.setText(current.explanation());
        }
    }

    /** The anatomy shown (for tests), or null. */
    GradientAnatomy anatomy() {
        return current;
    }

    MethodChoice methodChoice() {
        return method;
    }

    @Override
    void closed() {
        worker.close();
    }
}
