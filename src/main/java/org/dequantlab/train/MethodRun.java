package org.dequantlab.train;

import java.util.SplittableRandom;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Objective;
import org.dequantlab.method.ParameterLayout;
import org.dequantlab.method.Problem;
import org.dequantlab.model.Estimator;
import org.dequantlab.objective.GradientParts;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveValue;
import org.dequantlab.optim.Adam;

/**
 * One method training on one configuration: its parameters, Adam's state, its Monte Carlo stream and
 * an objective. {@link #step} evaluates the objective at the current parameters, checks every number
 * and applies one Adam update. Asks only the {@link DequantMethod} interface. Not thread-safe.
 */
public final class MethodRun {
    private final DequantMethod method;
    private final Problem problem;
    private final ParameterLayout layout;
    private final double[] theta;
    private final Adam adam;
    private final SplittableRandom random;
    private final Objective objective;
    private final GradientParts parts;
    private final double[] gradient;
    private final double[] backup;
    private final ObjectiveValue value = new ObjectiveValue();
    private final ObjectiveValue exactValue = new ObjectiveValue();
    /** The encoder at the current θ, built by the previous step's degeneracy check; null after a restore. */
    private Encoder current;

    /** A fresh run initialised from the configuration's seed. */
    public MethodRun(DequantMethod method, ExperimentConfig config) {
        this.method = method;
        this.problem = config.problem();
        this.layout = method.layout(problem);
        this.theta = method.initialise(problem, initStream(config.seed()));
        if (theta.length != layout.size()) {
            throw new IllegalStateException(method.id() + " initialised " + theta.length + " parameters, its layout has "
                    + layout.size());
        }
        this.adam = new Adam(theta.length);
        this.random = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + Methods.position(method) + 1);
        this.objective = method.objective(problem, DequantMethod.TRAINING_NODES);
        this.parts = new GradientParts(theta.length);
        this.gradient = new double[theta.length];
        this.backup = new double[theta.length];
    }

    /**
     * The initialisation stream: every method draws its noise from the same seed, so CatNF and TRUFL
     * start from the same locations.
     */
    private static SplittableRandom initStream(long seed) {
        return new SplittableRandom(seed);
    }

    public DequantMethod method() {
        return method;
    }

    /** The run's problem (K, p̃, method options). */
    public Problem problem() {
        return problem;
    }

    /** The names of the raw parameters. */
    public ParameterLayout layout() {
        return layout;
    }

    /** The current encoder (a new immutable view over a copy of θ). */
    public Encoder encoder() {
        return method.encoder(problem, theta.clone());
    }

    /** A copy of the raw parameter vector θ. */
    public double[] theta() {
        return theta.clone();
    }

    /**
     * One optimisation step under {@code config}'s hot settings and the weights in force at
     * {@code stepIndex}.
     *
     * @param wantExactValue whether the exact objective value at the pre-step parameters is needed
     *                       (always available for the exact estimator; costs one more quadrature for mc)
     * @return the exact value at the pre-step parameters, or null if not requested (mc)
     * @throws NumericalFailure if a value, gradient or parameter is not finite, or a support collapsed
     */
    public ObjectiveValue step(ExperimentConfig config, long stepIndex, boolean wantExactValue) {
        LossWeights weights = LossWeights.at(config, stepIndex);
        Encoder e = current != null ? current : method.encoder(problem, theta);
        current = null;
        ObjectiveValue result;
        if (config.estimator() == Estimator.EXACT) {
            objective.exact(e, weights, parts, value);
            parts.total(gradient);
            result = value;
        } else {
            objective.monteCarlo(e, weights, config.samples(), random, gradient, value);
            result = wantExactValue ? objective.exact(e, weights, null, exactValue) : null;
        }
        if (!value.finite()) {
            throw new NumericalFailure(method, stepIndex, "the objective is not finite (loss=" + value.loss()
                    + ", Rec=" + value.recon() + ", KL=" + value.kl() + ")");
        }
        for (int i = 0; i < gradient.length; i++) {
            if (!Double.isFinite(gradient[i])) {
                throw new NumericalFailure(method, stepIndex, "the gradient of " + layout.describe(i) + " is "
                        + gradient[i]);
            }
        }
        System.arraycopy(theta, 0, backup, 0, theta.length);
        adam.step(theta, gradient, config.learningRate());
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(theta[i])) {
                String what = layout.describe(i) + " became " + theta[i];
                System.arraycopy(backup, 0, theta, 0, theta.length); // keep the last good state on screen
                throw new NumericalFailure(method, stepIndex, what);
            }
        }
        Encoder next = method.encoder(problem, theta);
        String degenerate = next.degenerate();
        if (degenerate != null) {
            System.arraycopy(backup, 0, theta, 0, theta.length);
            throw new NumericalFailure(method, stepIndex, degenerate);
        }
        current = next; // the next step starts from it: one encoder per step
        return result;
    }

    /**
     * Replaces the parameters by {@code theta} (e.g. to continue from a recorded step) and restarts
     * Adam's moments.
     */
    public void restore(double[] newTheta) {
        if (newTheta.length != theta.length) {
            throw new IllegalArgumentException("expected " + theta.length + " parameters, got " + newTheta.length);
        }
        System.arraycopy(newTheta, 0, theta, 0, theta.length);
        current = null;
        adam.reset();
    }

    /** Exact value of the objective at the current parameters. */
    public ObjectiveValue exactValue(ExperimentConfig config, long stepIndex) {
        return objective.exact(method.encoder(problem, theta), LossWeights.at(config, stepIndex), null,
                new ObjectiveValue());
    }
}
