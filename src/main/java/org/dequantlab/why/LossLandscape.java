package org.dequantlab.why;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Objective;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.method.Problem;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;

/**
 * The loss around a state along one raw parameter (a line) or two (a grid), all other parameters held
 * at the state: what the optimiser descends, evaluated by the method's own exact objective with the
 * training quadrature ({@link DequantMethod#TRAINING_NODES}). Along one parameter it also finds the
 * sharpest bend, where the one-sided slopes differ most: TRUFL's kink at its optimum (docs/maths.md
 * §1.6 item 6), the reason its loss keeps bouncing at the end of a run.
 */
public final class LossLandscape {
    /** Fewest and most grid points per axis. */
    public static final int MIN_GRID = 3, MAX_GRID = 401;

    private LossLandscape() {}

    /**
     * What to evaluate.
     *
     * @param theta  the state (raw parameters)
     * @param params one or two distinct parameter indices
     * @param range  half-width of the window in raw units: each axis spans value ± range
     * @param grid   points per axis
     */
    public record Request(DequantMethod method, Problem problem, LossWeights weights, double[] theta, int[] params,
            double range, int grid) {
        public Request {
            theta = theta.clone();
            params = params.clone();
            int n = method.layout(problem).size();
            if (theta.length != n) {
                throw new IllegalArgumentException(method.id() + " has " + n + " parameters, got " + theta.length);
            }
            if (params.length < 1 || params.length > 2 || (params.length == 2 && params[0] == params[1])) {
                throw new IllegalArgumentException("choose one parameter or two different ones");
            }
            for (int p : params) {
                if (p < 0 || p >= n) {
                    throw new IllegalArgumentException("no parameter " + p + " in " + method.id());
                }
            }
            if (!(range > 0 && range <= 1e6)) {
                throw new IllegalArgumentException("range must be a number above 0 and at most 1e6, got " + range);
            }
            if (grid < MIN_GRID || grid > MAX_GRID) {
                throw new IllegalArgumentException("grid must be an integer from " + MIN_GRID + " to " + MAX_GRID
                        + ", got " + grid);
            }
        }

        @Override
        public double[] theta() {
            return theta.clone();
        }

        @Override
        public int[] params() {
            return params.clone();
        }

        /** Whether the request is a line (one parameter). */
        public boolean line() {
            return params.length == 1;
        }
    }

    /**
     * Where a line bends most: the grid point where the slope changes most, with the slopes of the
     * segments next but one on each side (so neither straddles the bend).
     */
    public record Bend(double at, double leftSlope, double rightSlope) {
        /** right − left: large and positive at a convex kink. */
        public double jump() {
            return rightSlope - leftSlope;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "sharpest bend at %.4f: slope %+.3f on the left, %+.3f on the right", at,
                    leftSlope, rightSlope);
        }
    }

    /**
     * The landscape. Values are row-major, {@code index = iy·grid + ix} ({@code iy = 0} for a line);
     * NaN where the objective was not finite.
     *
     * @param xs, ys  grid coordinates of the first and second parameter ({@code ys} empty for a line)
     * @param bend    the sharpest bend of a line, or null for a grid
     */
    public record Result(Request request, double[] xs, double[] ys, double[] loss, double[] recon, double[] kl,
            double currentLoss, Bend bend) {

        /** The loss at grid point (ix, iy). */
        public double loss(int ix, int iy) {
            return loss[iy * xs.length + ix];
        }

        /** The current value of parameter {@code axis} (0 or 1). */
        public double current(int axis) {
            return request.theta()[request.params()[axis]];
        }
    }

    /**
     * Evaluates a request.
     *
     * @param cancelled polled between grid rows; when it says true, null is returned
     */
    public static Result compute(Request r, BooleanSupplier cancelled) {
        return compute(r, cancelled, null);
    }

    /**
     * Evaluates a request, taking the values of a line at the coordinates where {@code known} (the same
     * parameter's line at the same state, method, problem and weights) has them: the same θ, so the same
     * values, bit for bit. The loss at the state is the grid's centre when the grid has one (an odd grid
     * puts it exactly at the state), evaluated again otherwise.
     */
    private static Result compute(Request r, BooleanSupplier cancelled, Known known) {
        Objective objective = r.method().objective(r.problem(), DequantMethod.TRAINING_NODES);
        ObjectiveValue value = new ObjectiveValue();
        int g = r.grid();
        double[] xs = axis(r.theta()[r.params()[0]], r.range(), g);
        double[] ys = r.line() ? new double[0] : axis(r.theta()[r.params()[1]], r.range(), g);
        int rows = r.line() ? 1 : g;
        double[] loss = new double[g * rows], rec = new double[g * rows], kl = new double[g * rows];
        Map<Long, Integer> reuse = known == null ? Map.of() : indexOf(known.xs());
        double[] th = r.theta(); // a copy
        for (int iy = 0; iy < rows; iy++) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            if (!r.line()) {
                th[r.params()[1]] = ys[iy];
            }
            for (int ix = 0; ix < g; ix++) {
                th[r.params()[0]] = xs[ix];
                int i = iy * g + ix;
                Integer k = reuse.get(Double.doubleToRawLongBits(xs[ix]));
                if (k != null) {
                    loss[i] = known.loss()[k];
                    rec[i] = known.rec()[k];
                    kl[i] = known.kl()[k];
                } else if (evaluate(r, objective, th, value)) {
                    loss[i] = value.loss();
                    rec[i] = value.recon();
                    kl[i] = value.kl();
                } else {
                    loss[i] = rec[i] = kl[i] = Double.NaN;
                }
            }
        }
        int c = (g - 1) / 2;
        double current = g % 2 == 1 ? loss[r.line() ? c : c * g + c]
                : evaluate(r, objective, r.theta(), value) ? value.loss() : Double.NaN;
        return new Result(r, xs, ys, loss, rec, kl, current, r.line() ? bend(xs, loss) : null);
    }

    /** Grid index by coordinate bits. */
    private static Map<Long, Integer> indexOf(double[] xs) {
        Map<Long, Integer> out = new HashMap<>();
        for (int i = 0; i < xs.length; i++) {
            out.put(Double.doubleToRawLongBits(xs[i]), i);
        }
        return out;
    }

    /** The loss at θ, or NaN. */
    public static double lossAt(DequantMethod method, Problem problem, LossWeights weights, double[] theta) {
        Request r = new Request(method, problem, weights, theta, new int[] {0}, 1, MIN_GRID);
        ObjectiveValue v = new ObjectiveValue();
        return evaluate(r, method.objective(problem, DequantMethod.TRAINING_NODES), theta, v) ? v.loss() : Double.NaN;
    }

    private static boolean evaluate(Request r, Objective objective, double[] theta, ObjectiveValue out) {
        try {
            objective.exact(r.method().encoder(r.problem(), theta.clone()), r.weights(), null, out);
            return out.finite();
        } catch (RuntimeException e) {
            return false; // a parameter vector the method cannot evaluate: a gap in the picture
        }
    }

    private static double[] axis(double centre, double range, int g) {
        double[] a = new double[g];
        for (int i = 0; i < g; i++) {
            a[i] = i == (g - 1) / 2 && g % 2 == 1 ? centre : centre - range + 2 * range * i / (g - 1);
        }
        return a;
    }

    /** The sharpest bend of a line (null with fewer than 5 finite points). */
    static Bend bend(double[] xs, double[] loss) {
        int n = xs.length;
        double best = -1;
        int at = -1;
        for (int i = 2; i + 2 < n; i++) {
            double change = Math.abs(slope(xs, loss, i, i + 1) - slope(xs, loss, i - 1, i));
            if (change > best) {
                best = change;
                at = i;
            }
        }
        if (at < 0 || !Double.isFinite(best)) {
            return null;
        }
        return new Bend(xs[at], slope(xs, loss, at - 2, at - 1), slope(xs, loss, at + 1, at + 2));
    }

    private static double slope(double[] xs, double[] y, int i, int j) {
        return (y[j] - y[i]) / (xs[j] - xs[i]);
    }

    /**
     * The parameter whose line through the state (± {@code range}, {@value #SCAN_GRID} points) bends most
     * sharply upwards: at TRUFL's optimum, a support bound next to its kink. The default of the view.
     */
    public static int sharpestParameter(DequantMethod method, Problem problem, LossWeights weights, double[] theta,
            double range) {
        return scan(method, problem, weights, theta, range, () -> false).request().params()[0];
    }

    /**
     * The line of {@link #sharpestParameter} with {@code grid} points, or null when cancelled (polled
     * between lines). The points the search evaluated are not evaluated again, so it costs the search and
     * the line's new points; the result is the same as computing that line afresh.
     */
    public static Result sharpestLine(DequantMethod method, Problem problem, LossWeights weights, double[] theta,
            double range, int grid, BooleanSupplier cancelled) {
        Result best = scan(method, problem, weights, theta, range, cancelled);
        if (best == null) {
            return null;
        }
        return compute(new Request(method, problem, weights, theta, best.request().params(), range, grid), cancelled,
                Known.of(best));
    }

    /**
     * The {@value #SCAN_GRID}-point line of the parameter that bends most sharply upwards (the first on a
     * tie, parameter 0 when no line has a bend), or null when cancelled. Every line passes through the
     * state: it is evaluated once for all of them.
     */
    private static Result scan(DequantMethod method, Problem problem, LossWeights weights, double[] theta,
            double range, BooleanSupplier cancelled) {
        Result best = null;
        Known state = null;
        double bestJump = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < theta.length; p++) {
            Request q = new Request(method, problem, weights, theta, new int[] {p}, range, SCAN_GRID);
            Result line = compute(q, cancelled, state == null ? null : state.at(theta[p]));
            if (line == null) {
                return null;
            }
            if (state == null) {
                int c = (SCAN_GRID - 1) / 2; // exactly the state (an odd grid)
                state = new Known(new double[] {line.xs()[c]}, new double[] {line.loss()[c]},
                        new double[] {line.recon()[c]}, new double[] {line.kl()[c]});
            }
            double jump = line.bend() == null ? Double.NaN : line.bend().jump();
            if (jump > bestJump) {
                bestJump = jump;
                best = line;
            } else if (best == null) {
                best = line;
            }
        }
        return best;
    }

    /** Points per line when looking for the sharpest parameter (odd: the middle point is the state). */
    static final int SCAN_GRID = 41;

    /** Values already evaluated along a parameter's line through the state: at coordinate {@code xs[i]}. */
    private record Known(double[] xs, double[] loss, double[] rec, double[] kl) {
        static Known of(Result line) {
            return new Known(line.xs(), line.loss(), line.recon(), line.kl());
        }

        /** The one point of a one-point record at another parameter's coordinate of the same state. */
        Known at(double x) {
            return new Known(new double[] {x}, loss, rec, kl);
        }
    }

    /**
     * Parameter indices from names such as {@code beta[0],mu[1]} (case-insensitive; commas inside
     * brackets belong to the name).
     *
     * @throws IllegalArgumentException naming the unknown name and the method's parameters
     */
    public static int[] parameters(ParameterLayout layout, String names) {
        List<String> parts = splitNames(names);
        int[] out = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            out[i] = -1;
            for (int p = 0; p < layout.size(); p++) {
                if (layout.symbol(p).equalsIgnoreCase(parts.get(i))) {
                    out[i] = p;
                }
            }
            if (out[i] < 0) {
                throw new IllegalArgumentException("no parameter '" + parts.get(i) + "' (allowed: "
                        + String.join(", ", layout.symbols()) + ")");
            }
        }
        return out;
    }

    /** Splits at commas outside brackets, trimming blanks. */
    static List<String> splitNames(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char ch : (names == null ? "" : names).toCharArray()) {
            if (ch == '[' || ch == '(') {
                depth++;
            } else if (ch == ']' || ch == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (ch == ',' && depth == 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
