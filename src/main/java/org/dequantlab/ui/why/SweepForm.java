package org.dequantlab.ui.why;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.sweep.SweepAxis;
import org.dequantlab.sweep.SweepJob;
import org.dequantlab.sweep.SweepPlan;
import org.dequantlab.config.Settings;
import org.dequantlab.sweep.SweepSetting;

/**
 * The sweep window's fields: one or two settings with their values, seeds, steps and threads. Reads
 * them into a {@link SweepPlan}, or says which field is wrong and what it accepts.
 */
final class SweepForm {
    static final String NONE = "—";
    final ComboBox<String> first = settings("sweepFirst", false);
    final TextField firstValues = field("sweepFirstValues", 14, "comma-separated values, e.g. 1,2,5,10");
    final ComboBox<String> second = settings("sweepSecond", true);
    final TextField secondValues = field("sweepSecondValues", 9, "values of the second setting, e.g. 2,3");
    final TextField seeds = field("sweepSeeds", 3, "seeds per combination: the seed + 0, 1, …");
    final TextField steps = field("sweepSteps", 6, "training steps of every run");
    final TextField threads = field("sweepThreads", 3, "worker threads (default: one per core)");

    SweepForm() {
        threads.setText(Integer.toString(SweepJob.defaultThreads()));
        second.setOnAction(e -> secondValues.setDisable(NONE.equals(second.getValue())));
        secondValues.setDisable(true);
    }

    /** A reason a field is wrong, naming it. */
    static final class FormException extends IllegalArgumentException {
        final TextField field;

        FormException(TextField field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** Fills the fields from a plan. */
    void fill(SweepPlan plan) {
        first.setValue(plan.axes().get(0).setting().id());
        firstValues.setText(String.join(",", plan.axes().get(0).values()));
        if (plan.axes().size() > 1) {
            second.setValue(plan.axes().get(1).setting().id());
            secondValues.setText(String.join(",", plan.axes().get(1).values()));
        } else {
            second.setValue(NONE);
            secondValues.setText("");
        }
        secondValues.setDisable(plan.axes().size() < 2);
        seeds.setText(Integer.toString(plan.seeds()));
        steps.setText(Long.toString(plan.steps()));
    }

    /**
     * The plan the fields describe on {@code base}, every configuration built and checked.
     *
     * @throws FormException naming the field and what it accepts
     */
    SweepPlan plan(ExperimentConfig base) {
        List<SweepAxis> axes = new ArrayList<>();
        axes.add(axis(first.getValue(), firstValues));
        if (!NONE.equals(second.getValue())) {
            axes.add(axis(second.getValue(), secondValues));
        }
        int s = (int) integer(seeds, "seeds", 1, SweepPlan.MAX_SEEDS);
        long n = integer(steps, "steps", 1, ExperimentConfig.MAX_STEPS);
        try {
            SweepPlan plan = new SweepPlan(base, axes, s, n);
            plan.points();
            return plan;
        } catch (IllegalArgumentException e) {
            throw new FormException(firstValues, e.getMessage());
        }
    }

    /** The threads asked for. */
    int threadCount() {
        return (int) integer(threads, "threads", 1, SweepJob.MAX_THREADS);
    }

    private static SweepAxis axis(String setting, TextField values) {
        try {
            return SweepAxis.parse(setting + "=" + values.getText());
        } catch (IllegalArgumentException e) {
            throw new FormException(values, e.getMessage());
        }
    }

    private static long integer(TextField f, String name, long lo, long hi) {
        try {
            long v = Long.parseLong(f.getText().strip());
            if (v >= lo && v <= hi) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new FormException(f, name + ": must be an integer from " + lo + " to " + hi + ", got '" + f.getText() + "'");
    }

    private static ComboBox<String> settings(String id, boolean optional) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        if (optional) {
            c.getItems().add(NONE);
        }
        for (SweepSetting s : SweepSetting.values()) {
            c.getItems().add(s.id());
        }
        c.setValue(optional ? NONE : Settings.LAMBDA_REC.key());
        return c;
    }

    private static TextField field(String id, int columns, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setTooltip(new javafx.scene.control.Tooltip(tip));
        return f;
    }
}
