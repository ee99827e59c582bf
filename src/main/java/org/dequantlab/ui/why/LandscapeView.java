package org.dequantlab.ui.why;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.render.why.LandscapeChart;
import org.dequantlab.train.History;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;
import org.dequantlab.ui.ExplanationTooltips;
import org.dequantlab.why.LandscapePath;
import org.dequantlab.why.LossLandscape;

/**
 * The loss landscape window: the loss of the chosen method around the step the lab window shows,
 * along one raw parameter (a line, with its sharpest bend) or two (a heat map with contours), with
 * the optimiser's recent path. It opens on the parameter whose line bends most sharply (TRUFL's kink
 * at its optimum, docs/maths.md §1.6 item 6) and follows training at most once a second.
 */
final class LandscapeView extends ToolWindow {
    private static final long FOLLOW_NANOS = 1_000_000_000L;
    private static final String NONE = "—";
    /** Recorded steps drawn as the path. */
    static final int PATH = 200;

    /** What to compute; {@code p1 = -1} asks for the sharpest parameter. */
    record Request(Snapshot snapshot, History history, DequantMethod method, int p1, int p2, double range, int grid) {
        boolean same(Request o) {
            return o != null && snapshot == o.snapshot && method == o.method && p1 == o.p1 && p2 == o.p2
                    && range == o.range && grid == o.grid;
        }
    }

    /** A computed landscape with what it was computed for. */
    record Computed(Request request, LossLandscape.Result result, LandscapePath path, ParameterLayout layout) {}

    private final Supplier<Snapshot> shown;
    private final Supplier<History> history;
    private final MethodChoice method = new MethodChoice("landscapeMethod");
    private final ComboBox<String> along = new ComboBox<>();
    private final ComboBox<String> and = new ComboBox<>();
    private final TextField range = new TextField("0.1");
    private final ComboBox<Integer> grid = new ComboBox<>();
    private final CheckBox follow = new CheckBox("follow training");
    private final LatestWins<Request, Computed> worker = new LatestWins<>("dequantlab-landscape", new LandscapeWork());
    private boolean updating;
    private int p1 = -1, p2 = -1;
    private Request asked;
    private long lastAsk;
    private Computed current;
    private DequantMethod layoutOf;

    LandscapeView(Window owner, Supplier<Snapshot> shown, Supplier<History> history) {
        super(owner, "Loss landscape — DequantLab", "landscape", 1000, 700);
        this.shown = shown;
        this.history = history;
        along.setId("landscapeAlong");
        and.setId("landscapeAnd");
        range.setId("landscapeRange");
        range.setPrefColumnCount(5);
        range.setTooltip(ExplanationTooltips.plain("each parameter spans its value ± this, in raw units"));
        grid.setId("landscapeGrid");
        grid.getItems().setAll(21, 41, 81, 121);
        grid.setValue(81);
        follow.setId("landscapeFollow");
        follow.setSelected(true);
        Button sharpest = new Button("Sharpest bend");
        sharpest.setId("landscapeSharpest");
        sharpest.setTooltip(ExplanationTooltips.plain(
                "choose the parameter whose line bends most sharply upwards here"));
        sharpest.setOnAction(e -> {
            p1 = -1;
            p2 = -1;
            asked = null;
        });
        along.setOnAction(e -> {
            if (!updating && along.getSelectionModel().getSelectedIndex() >= 0) {
                p1 = along.getSelectionModel().getSelectedIndex();
            }
        });
        and.setOnAction(e -> {
            if (!updating) {
                p2 = and.getSelectionModel().getSelectedIndex() - 1;
            }
        });
        FlowPane bar = new FlowPane(8, 6, new Label("Method"), method, new Label("along"), along, new Label("and"), and,
                new Label("± range"), range, new Label("grid"), grid, sharpest, follow);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(bar);
        root.setBottom(status);
        status.setText("Waiting for the first step…");
    }

    @Override
    void frame(long now) {
        Snapshot s = shown.get();
        MethodSnapshot ms = method.follow(s);
        if (ms != null) {
            ask(s, ms.method(), now);
        }
        LatestWins.Done<Request, Computed> d = worker.poll();
        if (d != null) {
            show(d);
        }
    }

    /** Asks for the landscape of {@code m} at {@code s} when a setting changed or, following training, when due. */
    private void ask(Snapshot s, DequantMethod m, long now) {
        offerParameters(m, m.layout(s.config().problem()));
        Double r = rangeValue();
        if (r == null) {
            return;
        }
        Request q = new Request(s, history.get(), m, p1, p2 < 0 || p2 == p1 ? -1 : p2, r, grid.getValue());
        boolean changedSettings = asked == null || asked.method() != m || asked.p1() != q.p1()
                || asked.p2() != q.p2() || asked.range() != r || asked.grid() != q.grid();
        boolean due = changedSettings || (follow.isSelected() && now - lastAsk >= FOLLOW_NANOS);
        if (due && !q.same(asked)) {
            worker.submit(q);
            asked = q;
            lastAsk = now;
        }
    }

    private void show(LatestWins.Done<Request, Computed> d) {
        if (d.result() == null) {
            status.setText("Could not compute the landscape: " + d.failure());
            return;
        }
        current = d.result();
        LossLandscape.Result r = current.result();
        int[] params = r.request().params();
        if (current.request().p1() < 0 && current.request().method() == method.getValue()) {
            p1 = params[0]; // the sharpest parameter, now chosen
            asked = new Request(current.request().snapshot(), current.request().history(), current.request().method(),
                    p1, -1, current.request().range(), current.request().grid());
        }
        updating = true;
        try {
            along.getSelectionModel().select(params[0]);
            and.getSelectionModel().select(params.length > 1 ? params[1] + 1 : 0);
        } finally {
            updating = false;
        }
        viewer.setChart(LandscapeChart.create(r, current.path(), current.layout(), current.request().snapshot().step()));
        String what = r.bend() != null ? "Sharpest bend " + String.format(Locale.ROOT, "at %.4f: slope %+.3g on the "
                + "left, %+.3g on the right", r.bend().at(), r.bend().leftSlope(), r.bend().rightSlope())
                + (r.bend().jump() > 0.5 * Math.max(Math.abs(r.bend().leftSlope()), Math.abs(r.bend().rightSlope()))
                        ? ": a kink. A fixed-step optimiser keeps stepping across it, so the loss bounces. " : ". ")
                : "Heat map: violet low, yellow high; contours at quantiles of the loss. ";
        status.setText(what + String.format(Locale.ROOT, "Step %,d, loss %.5f; %d×%s points in %d ms.",
                current.request().snapshot().step(), r.currentLoss(), r.xs().length,
                r.ys().length == 0 ? "1" : Integer.toString(r.ys().length), d.nanos() / 1_000_000));
    }

    private void offerParameters(DequantMethod m, ParameterLayout layout) {
        if (m == layoutOf) {
            return;
        }
        layoutOf = m;
        updating = true;
        try {
            along.getItems().setAll(layout.symbols());
            List<String> second = new ArrayList<>();
            second.add(NONE);
            second.addAll(layout.symbols());
            and.getItems().setAll(second);
            and.getSelectionModel().select(0);
        } finally {
            updating = false;
        }
        p1 = -1;
        p2 = -1;
    }

    private Double rangeValue() {
        try {
            double r = Double.parseDouble(range.getText().strip());
            if (r > 0 && r <= 1e6) {
                range.setStyle("");
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        range.setStyle("-fx-border-color: #C62828;");
        status.setText("range: type a number above 0 (the half-width in raw units), e.g. 0.1");
        return null;
    }

    /** The landscape shown (for tests), or null. */
    Computed computed() {
        return current;
    }

    MethodChoice methodChoice() {
        return method;
    }

    ComboBox<String> second() {
        return and;
    }

    ComboBox<Integer> grid() {
        return grid;
    }

    @Override
    void closed() {
        worker.close();
    }
}
