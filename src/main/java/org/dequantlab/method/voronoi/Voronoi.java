package org.dequantlab.method.voronoi;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.dequantlab.math.Normal;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Objective;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.method.Problem;
import org.dequantlab.method.SupportShape;
import org.dequantlab.method.VoronoiCell;
import org.dequantlab.objective.LossWeights;

/**
 * Voronoi dequantisation (Chen, Amos, Nickel 2022; docs/maths.md §4): anchors in the box
 * w = 2σ(z) − 1 ∈ (−1, 1), where the prior is uniform, and cells between midpoints, so the cells
 * cover the prior with no ocean and decoding by the nearest anchor is exact (Rec ≡ 0). The in-cell
 * family is the config field {@code voronoiCell}: {@code uniform} (closed-form KL) or {@code radial}
 * (the paper's Gaussian pushed in by the softsign ray map). The cells move with the anchors but each
 * sample stays in its own cell and the integrand is continuous, so the pathwise gradient is exact.
 *
 * <p>In 1-D the cells keep the anchors' order, and midpoint cells cannot realise every partition:
 * with p̃ = (0.1, 0.8, 0.1) in anchor order the middle cell can be at most as wide as the outer two
 * together, so the loss stays above H(p̃) (§4, the {@code voronoi-order} preset).
 *
 * <p>Raw parameters per category: r_x (anchor c_x = softsign r_x) and, for {@code radial}, the offset
 * m_x and log standard deviation ℓ_x of y. The paper's per-class ray-map scale e^{σ_x} is left out:
 * it multiplies t exactly as e^{ℓ} and m do, so it adds no distribution the family lacks.
 */
public final class Voronoi implements DequantMethod {
    /** Anchors start in category order spread over this fraction of the box around its centre. */
    static final double INITIAL_SPREAD = 0.3;
    /** In 2-D, anchors start on a circle of this radius in w (docs/maths.md §7.3). */
    static final double INITIAL_RADIUS = 0.5;

    @Override
    public String id() {
        return "voronoi";
    }

    @Override
    public String label() {
        return "Voronoi";
    }

    @Override
    public String summary() {
        return "Voronoi dequantisation: anchors in w = 2σ(z) − 1, cells between midpoints, decoded by the nearest anchor";
    }

    @Override
    public String refusal(Problem problem) {
        return problem.latentDim() <= 2 ? null
                : "voronoi has no " + problem.latentDim() + "-D version: set latentDim to 1 or 2";
    }

    @Override
    public ParameterLayout layout(Problem problem) {
        boolean radial = problem.voronoiCell() == VoronoiCell.RADIAL;
        if (problem.latentDim() == 2) {
            return radial
                    ? ParameterLayout.blocks(problem.categories(), new String[] {"r1", "r2", "m1", "m2", "l1", "l2"},
                            new String[] {"anchor r1 (c1 = softsign r1)", "anchor r2 (c2 = softsign r2)",
                                "offset m1 of y", "offset m2 of y", "log-sd of y1", "log-sd of y2"},
                            new String[0], new String[0])
                    : ParameterLayout.blocks(problem.categories(), new String[] {"r1", "r2"},
                            new String[] {"anchor r1 (c1 = softsign r1)", "anchor r2 (c2 = softsign r2)"},
                            new String[0], new String[0]);
        }
        if (radial) {
            return ParameterLayout.blocks(problem.categories(), new String[] {"r", "m", "l"},
                    new String[] {"anchor r (c = softsign r)", "offset m of y", "log-sd of y"}, new String[0],
                    new String[0]);
        }
        return ParameterLayout.blocks(problem.categories(), new String[] {"r"},
                new String[] {"anchor r (c = softsign r)"}, new String[0], new String[0]);
    }

    /**
     * 1-D: anchors in category order, evenly over ±{@value #INITIAL_SPREAD} of the box with a little
     * seeded noise (a twentieth of their spacing, so the order holds); radial cells start with m = 0 and
     * sd = 1/K, about the half-width of a cell. 2-D: anchors on the circle of radius
     * {@value #INITIAL_RADIUS} in w at angles π/2 + 2πx/K, each angle and radius moved a little by the
     * seeded noise (apart from each other and from the box's edge, where softsign is flat: docs/maths.md
     * §7.3); radial cells start with m = 0 and sd = 1/√K per axis.
     */
    @Override
    public double[] initialise(Problem problem, SplittableRandom random) {
        int k = problem.categories();
        boolean radial = problem.voronoiCell() == VoronoiCell.RADIAL;
        if (problem.latentDim() == 2) {
            int stride = radial ? 6 : 2;
            double[] theta = new double[k * stride];
            for (int x = 0; x < k; x++) {
                double angle = Math.PI / 2 + 2 * Math.PI * x / k + 0.05 * Normal.sample(random);
                double radius = INITIAL_RADIUS * (1 + 0.05 * Normal.sample(random));
                double c1 = radius * Math.cos(angle), c2 = radius * Math.sin(angle);
                theta[x * stride] = c1 / (1 - Math.abs(c1));
                theta[x * stride + 1] = c2 / (1 - Math.abs(c2));
                if (radial) {
                    theta[x * stride + 4] = -0.5 * Math.log(k);
                    theta[x * stride + 5] = -0.5 * Math.log(k);
                }
            }
            return theta;
        }
        int stride = radial ? 3 : 1;
        double[] theta = new double[k * stride];
        double spacing = 2 * INITIAL_SPREAD / k;
        for (int x = 0; x < k; x++) {
            double c = INITIAL_SPREAD * ((2.0 * x + 1) / k - 1) + 0.05 * spacing * Normal.sample(random);
            theta[x * stride] = c / (1 - Math.abs(c)); // softsign⁻¹
            if (radial) {
                theta[x * stride + 1] = 0;
                theta[x * stride + 2] = -Math.log(k);
            }
        }
        return theta;
    }

    @Override
    public Encoder encoder(Problem problem, double[] theta) {
        return problem.latentDim() == 2 ? new VoronoiEncoder2D(this, problem, theta)
                : new VoronoiEncoder(this, problem, theta);
    }

    @Override
    public Objective objective(Problem problem, int nodes) {
        boolean radial = problem.voronoiCell() == VoronoiCell.RADIAL;
        return problem.latentDim() == 2 ? new VoronoiObjective2D(problem.categories(), radial, nodes)
                : new VoronoiObjective(problem.categories(), radial, nodes);
    }

    @Override
    public SupportShape supportShape() {
        return SupportShape.CELL;
    }

    @Override
    public boolean hasBoundaryTerms(Problem problem) {
        return false;
    }

    /**
     * Uniform cells: λ_KL·H(p̃), reached when the cell widths are 2p̃(x), which the anchor order may
     * forbid (docs/maths.md §4); radial cells have no closed form.
     */
    @Override
    public OptionalDouble ownOptimum(Problem problem, LossWeights weights) {
        return problem.voronoiCell() == VoronoiCell.UNIFORM ? OptionalDouble.of(weights.lambdaKl() * problem.entropy())
                : OptionalDouble.empty();
    }

    @Override
    public String ownOptimumFormula(Problem problem) {
        return problem.voronoiCell() == VoronoiCell.UNIFORM ? "λ_KL·H(p̃)" : null;
    }

    @Override
    public float[] curveDash() {
        return new float[] {9f, 3f, 2f, 3f};
    }

    @Override
    public boolean showsIdealPartition() {
        return true;
    }

    @Override
    public String toString() {
        return id();
    }
}
