package org.dequantlab.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.model.Estimator;
import org.dequantlab.model.Method;

/**
 * The experiment (configuration, including its seed) as JSON, with the field names of
 * {@link ExperimentConfig}'s components, so the run can be replayed exactly.
 *
 * <p>MINIMAL: written with a plain Jackson ObjectMapper because {@code config.ConfigJson} (branch
 * {@code cli}) is not on this branch; after the merge this should delegate to ConfigJson.
 */
public final class ExperimentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentJson() {}

    /** The configuration as a JSON tree. */
    public static ObjectNode tree(ExperimentConfig c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("categories", c.categories());
        ArrayNode p = o.putArray("dataDistribution");
        for (double v : c.dataDistribution()) {
            p.add(v);
        }
        o.put("lambdaRec", c.lambdaRec());
        o.put("lambdaKl", c.lambdaKl());
        o.put("learningRate", c.learningRate());
        o.put("samples", c.samples());
        o.put("seed", c.seed());
        o.put("estimator", c.estimator().id());
        ArrayNode m = o.putArray("methods");
        c.methods().forEach(x -> m.add(x.id()));
        o.put("steps", c.steps());
        o.put("klAnnealSteps", c.klAnnealSteps());
        o.put("freeBits", c.freeBits());
        return o;
    }

    /** The JSON text (indented). */
    public static String json(ExperimentConfig c) {
        try {
            return MAPPER.writeValueAsString(tree(c)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the JSON; an existing file is replaced only with {@code overwrite}. */
    public static void write(Path target, ExperimentConfig c, boolean overwrite) throws IOException {
        byte[] bytes = json(c).getBytes(StandardCharsets.UTF_8);
        org.dequantlab.io.AtomicFiles.write(target, overwrite, out -> out.write(bytes));
    }

    /**
     * Reads a configuration written by {@link #write} (missing fields take the {@code blog} defaults).
     *
     * @throws ConfigException naming the field for a bad value
     * @throws IOException     if the file cannot be read or is not JSON
     */
    public static ExperimentConfig read(Path file) throws IOException {
        if (Files.size(file) > 1 << 20) {
            throw new IOException("cannot read " + file + ": larger than 1 MB, not a DequantLab configuration");
        }
        JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (root == null || !root.isObject()) {
            throw new IOException("cannot read " + file + ": not a JSON object");
        }
        ExperimentConfig d = ExperimentConfig.defaults();
        int k = root.path("categories").asInt(d.categories());
        double[] p = null;
        if (root.has("dataDistribution")) {
            JsonNode a = root.get("dataDistribution");
            if (!a.isArray()) {
                throw new ConfigException("dataDistribution", "must be an array of " + k + " positive numbers");
            }
            p = new double[a.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = a.get(i).asDouble(Double.NaN);
            }
        }
        java.util.List<Method> methods = d.methods();
        if (root.has("methods")) {
            methods = new java.util.ArrayList<>();
            for (JsonNode n : root.get("methods")) {
                try {
                    methods.add(Method.parse(n.asText()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("methods", e.getMessage());
                }
            }
        }
        Estimator estimator = d.estimator();
        if (root.has("estimator")) {
            try {
                estimator = Estimator.parse(root.get("estimator").asText());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("estimator", e.getMessage());
            }
        }
        return new ExperimentConfig(k, p, root.path("lambdaRec").asDouble(d.lambdaRec()),
                root.path("lambdaKl").asDouble(d.lambdaKl()), root.path("learningRate").asDouble(d.learningRate()),
                root.path("samples").asInt(d.samples()), root.path("seed").asLong(d.seed()), estimator, methods,
                root.path("steps").asLong(d.steps()), root.path("klAnnealSteps").asLong(d.klAnnealSteps()),
                root.path("freeBits").asDouble(d.freeBits()));
    }
}
