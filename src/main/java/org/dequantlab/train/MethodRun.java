package org.dequantlab.train;

import java.util.SplittableRandom;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Components;
import org.dequantlab.model.EncoderParameters;
import org.dequantlab.model.Estimator;
import org.dequantlab.model.Method;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.objective.ObjectiveEvaluator;
import org.dequantlab.objective.ObjectiveValue;
import org.dequantlab.optim.Adam;

/**
 * One method training on one configuration: its parameters, Adam's state, its Monte Carlo stream and
 * an evaluator. {@link #step} evaluates the objective at the current parameters, checks every number
 * and applies one Adam update. Not thread-safe.
 */
public final class MethodRun {
    /** Intervals narrower than this (in the component's CDF space) count as collapsed. */
    public static final double MIN_WIDTH = 1e-12;

    private final Method method;
    private final double[] pTilde;
    private final EncoderParameters params;
    private final Adam adam;
    private final SplittableRandom random;
    private final ObjectiveEvaluator evaluator;
    private final double[] gradient;
    private final double[] backup;
    private final ObjectiveValue value = new ObjectiveValue();
    private final ObjectiveValue exactValue = new ObjectiveValue();

    /** A fresh run initialised from the configuration's seed. */
    public MethodRun(Method method, ExperimentConfig config) {
        this(method, config, EncoderParameters.initial(method, config.categories(), initStream(config.seed())),
                new Adam(config.categories() * EncoderParameters.blockSize(method)),
                new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + method.ordinal() + 1));
    }

    private MethodRun(Method method, ExperimentConfig config, EncoderParameters params, Adam adam,
            SplittableRandom random) {
        this.method = method;
        this.pTilde = config.dataDistribution();
        this.params = params;
        this.adam = adam;
        this.random = random;
        this.evaluator = ObjectiveEvaluator.forTraining(config.categories());
        this.gradient = new double[params.vector().length];
        this.backup = new double[params.vector().length];
    }

    /**
     * The initialisation stream: every method draws its μ noise from the same seed, so CatNF and TRUFL
     * start from the same locations.
     */
    private static SplittableRandom initStream(long seed) {
        return new SplittableRandom(seed);
    }

    public Method method() {
        return method;
    }

    /** The current components (a new immutable view). */
    public Components components() {
        return params.components(pTilde);
    }

    /** A copy of the raw parameter vector θ. */
    public double[] theta() {
        return params.vector().clone();
    }

    /**
     * One optimisation step under {@code config}'s hot settings and the weights in force at
     * {@code stepIndex}.
     *
     * @param wantExactValue whether the exact objective value at the pre-step parameters is needed
     *                       (always available for the exact estimator; costs one more quadrature for mc)
     * @return the exact value at the pre-step parameters, or null if not requested (mc)
     * @throws NumericalFailure if a value, gradient or parameter is not finite, or an interval collapsed
     */
    public ObjectiveValue step(ExperimentConfig config, long stepIndex, boolean wantExactValue) {
        LossWeights weights = LossWeights.at(config, stepIndex);
        Components c = params.components(pTilde);
        ObjectiveValue result;
        if (config.estimator() == Estimator.EXACT) {
            evaluator.exact(c, weights, gradient, value);
            result = value;
        } else {
            evaluator.monteCarlo(c, weights, config.samples(), random, gradient, value);
            result = wantExactValue ? evaluator.exact(c, weights, null, exactValue) : null;
        }
        if (!value.finite()) {
            throw new NumericalFailure(method, stepIndex, "the objective is not finite (loss=" + value.loss()
                    + ", Rec=" + value.recon() + ", KL=" + value.kl() + ")");
        }
        for (int i = 0; i < gradient.length; i++) {
            if (!Double.isFinite(gradient[i])) {
                throw new NumericalFailure(method, stepIndex, "the gradient of " + describe(i) + " is " + gradient[i]);
            }
        }
        double[] th = params.vector();
        System.arraycopy(th, 0, backup, 0, th.length);
        adam.step(th, gradient, config.learningRate());
        for (int i = 0; i < th.length; i++) {
            if (!Double.isFinite(th[i])) {
                String what = describe(i) + " became " + th[i];
                System.arraycopy(backup, 0, th, 0, th.length); // keep the last good state on screen
                throw new NumericalFailure(method, stepIndex, what);
            }
        }
        if (method.truncated()) {
            Components after = params.components(pTilde);
            for (int x = 0; x < after.size(); x++) {
                if (after.width(x) < MIN_WIDTH) {
                    System.arraycopy(backup, 0, th, 0, th.length);
                    throw new NumericalFailure(method, stepIndex, "the interval of category " + x
                            + " collapsed (b - a = " + after.width(x) + ")");
                }
            }
        }
        return result;
    }

    /**
     * Replaces the parameters by {@code theta} (e.g. to continue from a recorded step) and restarts
     * Adam's moments.
     */
    public void restore(double[] newTheta) {
        double[] th = params.vector();
        if (newTheta.length != th.length) {
            throw new IllegalArgumentException("expected " + th.length + " parameters, got " + newTheta.length);
        }
        System.arraycopy(newTheta, 0, th, 0, th.length);
        adam.reset();
    }

    /** Exact value of the objective at the current parameters. */
    public ObjectiveValue exactValue(ExperimentConfig config, long stepIndex) {
        return evaluator.exact(params.components(pTilde), LossWeights.at(config, stepIndex), null, new ObjectiveValue());
    }

    private String describe(int i) {
        int bs = EncoderParameters.blockSize(method);
        String[] names = {"mu", "log-scale", "alpha (lower bound)", "beta (upper bound)"};
        return names[i % bs] + " of category " + i / bs;
    }
}
