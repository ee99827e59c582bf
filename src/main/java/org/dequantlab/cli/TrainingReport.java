package org.dequantlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.ConfigJson;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.model.Parameters;
import org.dequantlab.train.HistoryRecord;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.Snapshot;

/**
 * The results of a headless run: the final metrics as JSON, the metric history as CSV and a summary
 * table for people.
 *
 * <p>JSON layout: {@code {"config": {...}, "step": N, "status": "finished", "failure": null,
 * "optimalLoss": min(λ_rec, λ_kl)·H(p̃), "methods": {"catnf": {...}, "trufl": {...}, "argmax": {...},
 * "voronoi": {...}}}}, where every method holds the same keys: {@code step, loss, ownOptimalLoss, recon,
 * kl, klPerCategory, reconPerCategory, elbo, logLikelihood, logLikelihoodPerCategory, iwae,
 * iwaeStandardError, mutualInformation, marginalKl, decodeAccuracy, oceanMass, mu, scale, lower, upper,
 * supportLow, supportHigh, parameters}. {@code ownOptimalLoss} is the method's own closed-form optimum
 * or null; {@code mu, scale, lower, upper} are the common natural parameters (README) and
 * {@code parameters} all of the method's, by name, with its shared ones. JSON has no infinities, so non-finite numbers are written
 * as the strings {@code "Infinity"}, {@code "-Infinity"} and {@code "NaN"} (CatNF's supports are
 * ±∞); every other number is a plain JSON number. Python's {@code float(...)} reads all three
 * strings.
 */
final class TrainingReport {
    private TrainingReport() {}

    /** The final-metrics JSON tree of a snapshot. */
    static ObjectNode json(Snapshot s) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("config", ConfigJson.toTree(s.config()));
        root.put("step", s.step());
        root.put("status", s.status().name().toLowerCase(Locale.ROOT));
        if (s.failure() == null) {
            root.putNull("failure");
        } else {
            root.put("failure", s.failure());
        }
        number(root, "optimalLoss", s.config().optimalLoss());
        ObjectNode methods = root.putObject("methods");
        for (MethodSnapshot m : s.methods()) {
            methods.set(m.method().id(), method(s.step(), m));
        }
        return root;
    }

    private static ObjectNode method(long step, MethodSnapshot m) {
        Metrics x = m.metrics();
        Parameters p = m.parameters();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("step", step);
        number(o, "loss", x.loss());
        if (Double.isNaN(x.ownOptimum())) {
            o.putNull("ownOptimalLoss");
        } else {
            number(o, "ownOptimalLoss", x.ownOptimum());
        }
        number(o, "recon", x.recon());
        number(o, "kl", x.kl());
        numbers(o, "klPerCategory", x.klPerCategory());
        numbers(o, "reconPerCategory", x.reconPerCategory());
        number(o, "elbo", x.elbo());
        number(o, "logLikelihood", x.logLikelihood());
        numbers(o, "logLikelihoodPerCategory", x.logLikelihoodPerCategory());
        number(o, "iwae", x.iwae());
        number(o, "iwaeStandardError", x.iwaeStandardError());
        number(o, "mutualInformation", x.mutualInformation());
        number(o, "marginalKl", x.marginalKl());
        number(o, "decodeAccuracy", x.decodeAccuracy());
        number(o, "oceanMass", x.oceanMass());
        numbers(o, "mu", p.mu());
        numbers(o, "scale", p.scale());
        numbers(o, "lower", p.lower());
        numbers(o, "upper", p.upper());
        numbers(o, "supportLow", p.supportLow());
        numbers(o, "supportHigh", p.supportHigh());
        ObjectNode named = o.putObject("parameters");
        for (String name : p.names()) {
            numbers(named, name, p.values(name));
        }
        for (var e : p.shared().entrySet()) {
            number(named, e.getKey(), e.getValue());
        }
        return o;
    }

    static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.put(name, Double.toString(v)); // "Infinity", "-Infinity", "NaN"
        }
    }

    private static void numbers(ObjectNode o, String name, double[] values) {
        ArrayNode a = o.putArray(name);
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.add(Double.toString(v));
            }
        }
    }

    /** A summary of the final state for people, ending with a newline. */
    static String summary(String source, Snapshot s) {
        ExperimentConfig c = s.config();
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": step ").append(s.step()).append(" of ").append(c.steps()).append(", K=")
                .append(c.categories()).append(", p(x) = ").append(list(c.dataDistribution())).append(", weights ")
                .append(fmt(c.lambdaRec(), 4)).append(':').append(fmt(c.lambdaKl(), 4)).append(", lr ")
                .append(fmt(c.learningRate(), 6)).append(", ").append(c.estimator().id())
                .append(c.estimator() == org.dequantlab.model.Estimator.MC ? " (" + c.samples() + " samples)" : "")
                .append(", seed ").append(c.seed()).append('\n');
        TextTable t = new TextTable("method", "loss", "own opt", "Rec", "KL", "ELBO", "log p(x)", "I(x;z)", "decode",
                "ocean", "mu", "scale");
        for (MethodSnapshot m : s.methods()) {
            Metrics x = m.metrics();
            t.add(m.method().label(), fixed(x.loss(), 4), Double.isNaN(x.ownOptimum()) ? "-" : fixed(x.ownOptimum(), 4),
                    fixed(x.recon(), 4), fixed(x.kl(), 4), fixed(x.elbo(), 4),
                    fixed(x.logLikelihood(), 4), fixed(x.mutualInformation(), 4), fixed(x.decodeAccuracy(), 4),
                    fixed(x.oceanMass(), 4), list(m.parameters().mu()), list(m.parameters().scale()));
        }
        sb.append(t.render());
        sb.append("optimum min(lambdaRec, lambdaKl)*H(p) = ").append(fixed(c.optimalLoss(), 4))
                .append(" (the lower bound of the loss for every method, docs/maths.md §2.1; 'own opt' is a method's"
                        + " own closed-form optimum)\n");
        if (s.failure() != null) {
            sb.append("stopped early: ").append(s.failure()).append('\n');
        }
        return sb.toString();
    }

    private static String list(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? ", " : "").append(fixed(v[i], 3));
        }
        return sb.append(')').toString();
    }

    /** A number with trailing zeros dropped (0.01, 10). */
    static String fmt(double v, int decimals) {
        String s = fixed(v, decimals);
        if (Double.isFinite(v) && s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    /** A number with a fixed count of decimals, for columns. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }
}
