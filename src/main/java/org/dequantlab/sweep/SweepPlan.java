package org.dequantlab.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;

/**
 * What a sweep trains: every combination ({@link Point}) of one or two varied settings, each with
 * {@code seeds} seeds, each seed with every method of the base configuration, for {@code steps} steps.
 * All configurations are built (and so checked) when the plan is made, before anything trains.
 *
 * <p>Seed i of every combination is the combination's seed + i, the same in every combination, so the
 * settings are compared on the same initialisations (common random numbers).
 *
 * @param base  the configuration every combination starts from (its methods are the ones trained)
 * @param axes  one or two varied settings, not the same setting twice
 * @param seeds seeds per combination, 1..{@value #MAX_SEEDS}
 * @param steps training steps of every run
 */
public record SweepPlan(ExperimentConfig base, List<SweepAxis> axes, int seeds, long steps) {
    /** Most seeds per combination. */
    public static final int MAX_SEEDS = 1000;
    /** Most (combination, seed, method) runs in one sweep. */
    public static final int MAX_TASKS = 200_000;

    public SweepPlan {
        axes = List.copyOf(axes);
        if (axes.isEmpty() || axes.size() > 2) {
            throw new IllegalArgumentException("vary one or two settings, got " + axes.size());
        }
        if (axes.size() == 2) {
            SweepSetting a = axes.get(0).setting(), b = axes.get(1).setting();
            if (a.target() == b.target()) {
                throw new IllegalArgumentException("cannot vary " + a.id() + " and " + b.id()
                        + " together: both set " + a.target().key());
            }
        }
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds must be an integer from 1 to " + MAX_SEEDS + ", got " + seeds);
        }
        if (steps < 1 || steps > ExperimentConfig.MAX_STEPS) {
            throw new IllegalArgumentException("steps must be an integer from 1 to " + ExperimentConfig.MAX_STEPS
                    + ", got " + steps);
        }
        long tasks = count(axes, seeds, base);
        if (tasks > MAX_TASKS) {
            throw new IllegalArgumentException("the sweep has " + tasks + " runs (combinations x seeds x methods); at most "
                    + MAX_TASKS);
        }
    }

    private static long count(List<SweepAxis> axes, int seeds, ExperimentConfig base) {
        long tasks = (long) seeds * base.methods().size();
        for (SweepAxis a : axes) {
            tasks *= a.values().size();
        }
        return tasks;
    }

    /** The number of runs: combinations × seeds × methods. */
    public int taskCount() {
        return (int) count(axes, seeds, base);
    }

    /**
     * One combination of values: {@code values.get(i)} is the value of axis i.
     *
     * @param index  position in {@link #points()} (the first axis varies slowest)
     * @param config the base with these values and the plan's steps (seed offset 0)
     */
    public record Point(int index, List<String> values, ExperimentConfig config) {
        public Point {
            values = List.copyOf(values);
        }
    }

    /** One training run: a method on a combination with one seed. */
    public record Task(int index, Point point, int seedIndex, DequantMethod method, ExperimentConfig config) {}

    /**
     * Every combination, the first axis varying slowest.
     *
     * @throws ConfigException naming the field and the combination if a value is not allowed
     */
    public List<Point> points() {
        List<Point> out = new ArrayList<>();
        int n1 = axes.get(0).values().size();
        int n2 = axes.size() > 1 ? axes.get(1).values().size() : 1;
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                List<String> values = axes.size() > 1 ? List.of(axes.get(0).values().get(i), axes.get(1).values().get(j))
                        : List.of(axes.get(0).values().get(i));
                out.add(new Point(out.size(), values, configOf(values)));
            }
        }
        return out;
    }

    /** The runs in a fixed order: combination, then seed, then method. */
    public List<Task> tasks() {
        List<Task> out = new ArrayList<>();
        for (Point p : points()) {
            for (int s = 0; s < seeds; s++) {
                ExperimentConfig seeded = p.config().withSeed(p.config().seed() + s);
                for (DequantMethod m : base.methods()) {
                    out.add(new Task(out.size(), p, s, m, seeded));
                }
            }
        }
        return out;
    }

    /** The methods trained, in the base configuration's order. */
    public List<DequantMethod> methods() {
        return base.methods();
    }

    /** E.g. "lambdaRec=1 K=3". */
    public String describe(Point p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < axes.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(axes.get(i).setting().id()).append('=').append(p.values().get(i));
        }
        return sb.toString();
    }

    private ExperimentConfig configOf(List<String> values) {
        List<Integer> order = new ArrayList<>(List.of(0, 1).subList(0, axes.size()));
        order.sort(Comparator.comparingInt(i -> axes.get(i).setting().order()));
        ExperimentConfig c = base.withSteps(steps);
        for (int i : order) {
            SweepSetting s = axes.get(i).setting();
            try {
                c = s.apply(c, values.get(i));
            } catch (ConfigException e) {
                throw new ConfigException(e.field(), e.detail() + " (at " + s.id() + "=" + values.get(i) + ")");
            }
        }
        return c;
    }
}
