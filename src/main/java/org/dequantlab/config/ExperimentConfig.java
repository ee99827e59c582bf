package org.dequantlab.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Problem;
import org.dequantlab.method.VoronoiCell;
import org.dequantlab.model.Estimator;
import org.dequantlab.objective.WeightSchedule;

/**
 * The one experiment configuration. Every instance is valid: the compact constructor checks each
 * field and throws a {@link ConfigException} naming the field and the allowed range. The data
 * distribution is stored normalised.
 *
 * <p>Hot fields ({@link #lambdaRec}, {@link #lambdaKl}, {@link #learningRate}, {@link #estimator},
 * {@link #samples}, {@link #steps}, {@link #klAnnealSteps}, {@link #freeBits}) may change while a run
 * trains; cold fields ({@link #categories}, {@link #dataDistribution}, {@link #seed}, {@link #methods})
 * define the run and need a rebuild; so do the method options {@link #voronoiCell} and
 * {@link #argmaxLearnPrior}, which change a method's parameter layout, and the latent dimension
 * {@link #latentDim}.
 *
 * @param categories       K, the number of categories, 2..8
 * @param dataDistribution p̃(x), K positive finite numbers, normalised here
 * @param lambdaRec        weight of the reconstruction term, 0..1000
 * @param lambdaKl         weight of the KL term, 0..1000 (not both zero)
 * @param learningRate     Adam's learning rate, (0, 1]
 * @param samples          Monte Carlo samples per category for {@code mc}, 1..65536
 * @param seed             seed of the initialisation and of every random stream
 * @param estimator        gradient estimator
 * @param methods          methods trained side by side in lock-step, 1 to {@value #MAX_METHODS}, no duplicates;
 *                         each must be able to serve the problem ({@link DequantMethod#refusal})
 * @param steps            where training stops, 1..100,000,000
 * @param klAnnealSteps    KL annealing: λ_kl ramps linearly from 0 over this many steps; 0 = off
 * @param freeBits         free-bits floor per category on KL_x (nats); 0 = off
 * @param voronoiCell      Voronoi's in-cell family: uniform (closed-form KL) or radial (the paper's)
 * @param argmaxLearnPrior whether Argmax learns its prior's location (docs/maths.md §3)
 * @param latentDim        the latent's dimension d: 1 (the blog's toy) or 2 (the plane, docs/maths.md §7); each
 *                         method must serve it ({@link DequantMethod#refusal}), e.g. Argmax serves K = 2 in 1-D
 *                         and K = 2…4 in 2-D
 */
public record ExperimentConfig(
        int categories,
        double[] dataDistribution,
        double lambdaRec,
        double lambdaKl,
        double learningRate,
        int samples,
        long seed,
        Estimator estimator,
        List<DequantMethod> methods,
        long steps,
        long klAnnealSteps,
        double freeBits,
        VoronoiCell voronoiCell,
        boolean argmaxLearnPrior,
        int latentDim) implements WeightSchedule {

    public static final int MIN_CATEGORIES = 2;
    public static final int MAX_CATEGORIES = 8;
    public static final double MAX_LAMBDA = 1000;
    public static final int MAX_SAMPLES = 65536;
    public static final long MAX_STEPS = 100_000_000L;
    public static final double MAX_FREE_BITS = 10;
    /** Most methods side by side. */
    public static final int MAX_METHODS = 4;
    /** The largest latent dimension (config field {@code latentDim}: 1 or 2). */
    public static final int MAX_LATENT_DIM = 2;

    public ExperimentConfig {
        // ranges and messages come from the settings table; only relations between fields are checked here
        categories = Settings.CATEGORIES.check(categories);
        dataDistribution = normalise(categories, dataDistribution);
        lambdaRec = Settings.LAMBDA_REC.check(lambdaRec);
        lambdaKl = Settings.LAMBDA_KL.check(lambdaKl);
        if (lambdaRec == 0 && lambdaKl == 0) {
            throw new ConfigException("lambdaKl", "λ_rec and λ_KL cannot both be 0");
        }
        learningRate = Settings.LEARNING_RATE.check(learningRate);
        samples = Settings.SAMPLES.check(samples);
        estimator = Settings.ESTIMATOR.check(estimator);
        if (methods == null || methods.isEmpty()) {
            throw new ConfigException("methods", "must list at least one of: " + Methods.allowed());
        }
        if (methods.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ConfigException("methods", "must list only: " + Methods.allowed());
        }
        if (new LinkedHashSet<>(methods).size() != methods.size()) {
            throw new ConfigException("methods", "lists a method twice: " + ids(methods));
        }
        if (methods.size() > MAX_METHODS) {
            throw new ConfigException("methods", "lists " + methods.size() + " methods; at most " + MAX_METHODS
                    + " are shown side by side");
        }
        methods = List.copyOf(Settings.METHODS.check(methods));
        voronoiCell = Settings.VORONOI_CELL.check(voronoiCell);
        steps = Settings.STEPS.check(steps);
        klAnnealSteps = Settings.KL_ANNEAL_STEPS.check(klAnnealSteps);
        freeBits = Settings.FREE_BITS.check(freeBits);
        latentDim = Settings.LATENT_DIM.check(latentDim);
        Problem problem = new Problem(categories, dataDistribution, latentDim, voronoiCell, argmaxLearnPrior);
        for (DequantMethod m : methods) {
            String why = m.refusal(problem);
            if (why != null) {
                throw new ConfigException("methods", why);
            }
        }
    }

    /** The configuration as it was before the method options existed (uniform Voronoi cells, fixed Argmax prior). */
    public ExperimentConfig(int categories, double[] dataDistribution, double lambdaRec, double lambdaKl,
            double learningRate, int samples, long seed, Estimator estimator, List<DequantMethod> methods, long steps,
            long klAnnealSteps, double freeBits) {
        this(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, seed, estimator, methods, steps,
                klAnnealSteps, freeBits, VoronoiCell.UNIFORM, false, 1);
    }

    /** The configuration as it was before {@code latentDim} existed: a 1-D latent. */
    public ExperimentConfig(int categories, double[] dataDistribution, double lambdaRec, double lambdaKl,
            double learningRate, int samples, long seed, Estimator estimator, List<DequantMethod> methods, long steps,
            long klAnnealSteps, double freeBits, VoronoiCell voronoiCell, boolean argmaxLearnPrior) {
        this(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, seed, estimator, methods, steps,
                klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, 1);
    }

    private static String ids(List<DequantMethod> methods) {
        return methods.stream().map(DequantMethod::id).toList().toString();
    }

    /** What the methods need to know of this configuration (K, p̃, latent dimension, method options). */
    public Problem problem() {
        return new Problem(categories, dataDistribution, latentDim, voronoiCell, argmaxLearnPrior);
    }

    private static double[] normalise(int k, double[] p) {
        if (p == null) {
            double[] u = new double[k];
            Arrays.fill(u, 1.0 / k);
            return u;
        }
        if (p.length != k) {
            throw new ConfigException("dataDistribution", "must have one entry per category (" + k + "), got "
                    + p.length);
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(p[i]) || p[i] <= 0) {
                throw new ConfigException("dataDistribution", "entries must be positive finite numbers, entry "
                        + i + " is " + p[i]);
            }
            sum += p[i];
        }
        if (!Double.isFinite(sum)) {
            throw new ConfigException("dataDistribution", "entries are too large to sum");
        }
        // an already normalised vector is kept as it is, so that reading a saved file gives back the
        // same numbers bit for bit (dividing by a sum that is 1 within rounding would move them)
        double[] n = new double[k];
        boolean normalised = Math.abs(sum - 1.0) <= 8 * Math.ulp(1.0);
        for (int i = 0; i < k; i++) {
            n[i] = normalised ? p[i] : p[i] / sum;
            if (n[i] < 1e-6) {
                throw new ConfigException("dataDistribution", "entry " + i + " is below 1e-6 of the total");
            }
        }
        return n;
    }

    /** The normalised p̃(x) (a copy). */
    @Override
    public double[] dataDistribution() {
        return dataDistribution.clone();
    }

    /** p̃(x) for one category, without copying. */
    public double probability(int x) {
        return dataDistribution[x];
    }

    /** Entropy H(p̃) in nats. */
    public double dataEntropy() {
        double h = 0;
        for (double p : dataDistribution) {
            h -= p * Math.log(p);
        }
        return h;
    }

    /**
     * The lower bound of the weighted loss that holds for every method, min(λ_rec, λ_kl)·H(p̃)
     * (docs/maths.md §2.1): for λ_rec ≥ λ_kl it is λ_kl·H(p̃), reached by TRUFL's partition (§2.2); for
     * λ_rec &lt; λ_kl it is λ_rec·H(p̃), reached by collapse. A method may have its own, higher optimum
     * ({@link DequantMethod#ownOptimum}).
     */
    public double optimalLoss() {
        return Math.min(lambdaRec, lambdaKl) * dataEntropy();
    }

    /** The weights in force after {@code step} completed steps (KL annealing applied). */
    public org.dequantlab.objective.LossWeights weightsAt(long step) {
        return org.dequantlab.objective.LossWeights.at(this, step);
    }

    /**
     * TRUFL's optimal cuts (docs/maths.md §2.2): with μ = 0, s = 1 the bands partition the prior at
     * z = logit(p̃(0) + … + p̃(x)), x = 0 … K−2, so band x holds prior mass p̃(x). Increasing.
     */
    public double[] idealCuts() {
        double[] cuts = new double[categories - 1];
        double cumulative = 0;
        for (int x = 0; x < categories - 1; x++) {
            cumulative += dataDistribution[x];
            cuts[x] = org.dequantlab.math.Logistic.logit(cumulative);
        }
        return cuts;
    }

    /** A default configuration: the {@code blog} preset. */
    public static ExperimentConfig defaults() {
        return new ExperimentConfig(2, null, 10, 1, 1e-2, 256, 42L, Estimator.EXACT,
                List.of(Methods.CATNF, Methods.TRUFL), 10_000, 0, 0);
    }

    // ----- withers (each returns a validated copy) -----

    public ExperimentConfig withCategories(int k, double[] p) {
        return new ExperimentConfig(k, p, lambdaRec, lambdaKl, learningRate, samples, seed, estimator, methods, steps,
                klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    public ExperimentConfig withWeights(double rec, double kl) {
        return new ExperimentConfig(categories, dataDistribution, rec, kl, learningRate, samples, seed, estimator,
                methods, steps, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    public ExperimentConfig withLearningRate(double lr) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, lr, samples, seed, estimator,
                methods, steps, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    public ExperimentConfig withEstimator(Estimator e) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, seed, e,
                methods, steps, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    public ExperimentConfig withSamples(int n) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, n, seed, estimator,
                methods, steps, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    public ExperimentConfig withSeed(long s) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, s,
                estimator, methods, steps, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    public ExperimentConfig withMethods(List<DequantMethod> m) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, seed,
                estimator, m, steps, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    /** A copy with other method options (cold: they change the parameter layout). */
    public ExperimentConfig withMethodOptions(VoronoiCell cell, boolean learnArgmaxPrior) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, seed,
                estimator, methods, steps, klAnnealSteps, freeBits, cell, learnArgmaxPrior, latentDim);
    }

    /** A copy with another latent dimension (cold: it changes every method's parameter layout). */
    public ExperimentConfig withLatentDim(int d) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, seed,
                estimator, methods, steps, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, d);
    }

    public ExperimentConfig withSteps(long n) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, seed,
                estimator, methods, n, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    public ExperimentConfig withRegularisers(long annealSteps, double bits) {
        return new ExperimentConfig(categories, dataDistribution, lambdaRec, lambdaKl, learningRate, samples, seed,
                estimator, methods, steps, annealSteps, bits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    /** Whether {@code other} differs from this one only in hot fields (see the class comment). */
    public boolean sameRunAs(ExperimentConfig other) {
        return categories == other.categories && Arrays.equals(dataDistribution, other.dataDistribution)
                && seed == other.seed && methods.equals(other.methods) && voronoiCell == other.voronoiCell
                && argmaxLearnPrior == other.argmaxLearnPrior && latentDim == other.latentDim;
    }

    /** The keys of the cold settings that differ from {@code other}'s ("seed, latentDim"); empty for the same run. */
    public String coldChanges(ExperimentConfig other) {
        return String.join(", ", Settings.changed(this, other).stream().filter(s -> !s.live()).map(Setting::key)
                .toList());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ExperimentConfig c)) {
            return false;
        }
        return sameRunAs(c) && Double.compare(lambdaRec, c.lambdaRec) == 0
                && Double.compare(lambdaKl, c.lambdaKl) == 0 && Double.compare(learningRate, c.learningRate) == 0
                && samples == c.samples && estimator == c.estimator && steps == c.steps
                && klAnnealSteps == c.klAnnealSteps && Double.compare(freeBits, c.freeBits) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(categories, Arrays.hashCode(dataDistribution), lambdaRec, lambdaKl, learningRate, samples,
                seed, estimator, methods, steps, klAnnealSteps, freeBits, voronoiCell, argmaxLearnPrior, latentDim);
    }

    @Override
    public String toString() {
        return "ExperimentConfig[categories=" + categories + ", dataDistribution=" + Arrays.toString(dataDistribution)
                + ", lambdaRec=" + lambdaRec + ", lambdaKl=" + lambdaKl + ", learningRate=" + learningRate
                + ", samples=" + samples + ", seed=" + seed + ", estimator=" + estimator.id() + ", methods=" + ids(methods)
                + ", steps=" + steps + ", klAnnealSteps=" + klAnnealSteps + ", freeBits=" + freeBits + ", voronoiCell="
                + voronoiCell.id() + ", argmaxLearnPrior=" + argmaxLearnPrior + ", latentDim=" + latentDim + "]";
    }
}
