package org.dequantlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.DensityCurves;
import org.dequantlab.metrics.DensityFieldGrid;
import org.dequantlab.metrics.DensityFields;
import org.dequantlab.metrics.DensityGrid;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.metrics.MetricsCalculator;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.method.Problem;
import org.dequantlab.objective.LossWeights;

/**
 * Builds snapshots from raw parameters: metrics by quadrature and, if asked, the drawing data (density
 * curves in 1-D, density fields in 2-D). Used by the trainer for live snapshots and by exports to
 * rebuild any recorded step. Not thread-safe: one per thread. The grids (ND4J) are created on first use.
 *
 * <p>Metrics are deterministic in (method, problem, θ, weights) (the IWAE estimate is seeded), so each
 * method's last metrics are kept and handed out again while those four are unchanged: a snapshot
 * published while paused, or for a command that moved no parameter, costs no quadrature. Any change
 * (θ compared bit for bit) computes them afresh.
 */
public final class SnapshotFactory {
    private final int k;
    private final MetricsCalculator metrics;
    private DensityGrid grid;
    private final Map<DequantMethod, Computed> last = new HashMap<>();

    /** The metrics of one method at θ under the weights, for reuse while nothing they depend on changes. */
    private record Computed(Problem problem, double[] theta, LossWeights weights, Metrics metrics) {
        boolean sameInputs(Problem p, double[] t, LossWeights w) {
            return problem.equals(p) && weights.equals(w) && Arrays.equals(theta, t);
        }
    }

    public SnapshotFactory(int categories) {
        this.k = categories;
        this.metrics = new MetricsCalculator(categories);
    }

    /**
     * One method at one step; with {@code withCurves}, its drawing data: density curves on a 1-D latent,
     * density fields (z-plane and CDF square, docs/notes-2d-drawing.md) on a 2-D one, which are computed
     * when first read.
     */
    public MethodSnapshot describe(DequantMethod method, double[] theta, ExperimentConfig config, long step,
            boolean withCurves) {
        Encoder c = method.encoder(config.problem(), theta.clone());
        Metrics m = metrics(method, c, theta, config.problem(), LossWeights.at(config, step));
        DensityCurves curves = null;
        DensityFields fields = null;
        if (withCurves && c instanceof Encoder2D plane) {
            // computed by whoever draws it, one plane at a time (most published snapshots are never drawn)
            fields = DensityFields.of(plane, DensityFieldGrid.DEFAULT_SIZE, DensityFieldGrid.DEFAULT_RANGE);
        } else if (withCurves) {
            if (grid == null) {
                grid = new DensityGrid(k);
            }
            curves = grid.evaluate(c);
        }
        return new MethodSnapshot(method, theta, c, c.parameters(), m, curves, fields);
    }

    /** The metrics of encoder c (method at θ), reused if the method's last ones had the same inputs. */
    private Metrics metrics(DequantMethod method, Encoder c, double[] theta, Problem problem, LossWeights weights) {
        Computed before = last.get(method);
        if (before != null && before.sameInputs(problem, theta, weights)) {
            return before.metrics();
        }
        Metrics m = metrics.compute(c, weights);
        last.put(method, new Computed(problem, theta.clone(), weights, m));
        return m;
    }

    /** A whole snapshot from one raw vector per method (in the configuration's method order). */
    public Snapshot snapshot(ExperimentConfig config, long step, List<double[]> thetas, boolean withCurves,
            TrainerStatus status, String failure, long version) {
        List<MethodSnapshot> list = new ArrayList<>();
        for (int i = 0; i < config.methods().size(); i++) {
            list.add(describe(config.methods().get(i), thetas.get(i), config, step, withCurves));
        }
        return new Snapshot(step, config, list, status, failure, version);
    }

    /** A snapshot of a recorded step. */
    public Snapshot snapshot(ExperimentConfig config, HistoryRecord record, boolean withCurves) {
        List<double[]> thetas = new ArrayList<>();
        for (HistoryRecord.Point p : record.points()) {
            thetas.add(p.theta());
        }
        return snapshot(config, record.step(), thetas, withCurves, TrainerStatus.PAUSED, null, 0);
    }
}
