package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.method.Methods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless gradient anatomy ({@code gradients}) and loss landscape ({@code landscape}). */
class WhyCommandsTest {
    @TempDir
    Path dir;

    @Test
    void gradientsWritePerMethodAndParameterTheSixFigures() throws Exception {
        Path json = dir.resolve("g.json");
        CliRunner r = CliRunner.run("gradients", "--preset", "four-ways", "--step", "40", "--draws", "300", "--json",
                json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("has no boundary terms"), r.out());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(40, root.get("step").asLong());
        assertEquals(300, root.get("draws").asInt());
        ExperimentConfig c = org.dequantlab.config.Presets.FOUR_WAYS.config();
        for (var m : c.methods()) {
            JsonNode method = root.get("methods").get(m.id());
            List<String> names = m.layout(c.problem()).symbols();
            assertEquals(names.size(), method.get("parameters").size(), m.id());
            for (int i = 0; i < names.size(); i++) {
                JsonNode p = method.get("parameters").get(i);
                assertEquals(names.get(i), p.get("name").asText());
                for (String key : List.of("exact", "pathwise", "boundary", "mcMean", "mcStdErr")) {
                    assertTrue(p.get(key).isNumber(), m.id() + " " + names.get(i) + " " + key);
                }
                assertEquals(p.get("exact").asDouble(), p.get("pathwise").asDouble() + p.get("boundary").asDouble(),
                        1e-9);
                if (m != Methods.TRUFL) {
                    assertEquals(0.0, p.get("boundary").asDouble(), m.id());
                }
            }
            assertEquals(m.hasBoundaryTerms(c.problem()), method.get("boundaryTerms").asBoolean());
        }
    }

    /**
     * The three commands on the first preset with a 2-D latent (skipped until the engine has one): every
     * method's parameters by name, exact = pathwise + boundary, a landscape over two of them, a sweep.
     */
    @Test
    void theThreeCommandsWorkOnATwoDimensionalLatent() throws Exception {
        var plane = org.dequantlab.config.Presets.all().stream().filter(p -> p.config().problem().latentDim() == 2)
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(plane.isPresent(), "no 2-D preset yet");
        ExperimentConfig c = plane.get().config();
        CliRunner g = CliRunner.run("gradients", "--preset", plane.get().name(), "--step", "10", "--draws", "200",
                "--json", "-");
        assertEquals(0, g.code(), g.err());
        JsonNode root = new ObjectMapper().readTree(g.out());
        for (var m : c.methods()) {
            List<String> names = m.layout(c.problem()).symbols();
            JsonNode params = root.get("methods").get(m.id()).get("parameters");
            assertEquals(names.size(), params.size(), m.id());
            for (int i = 0; i < names.size(); i++) {
                JsonNode p = params.get(i);
                assertEquals(names.get(i), p.get("name").asText());
                assertEquals(p.get("exact").asDouble(), p.get("pathwise").asDouble() + p.get("boundary").asDouble(),
                        1e-9, m.id() + " " + names.get(i));
            }
        }
        var first = c.methods().get(0);
        List<String> names = first.layout(c.problem()).symbols();
        CliRunner l = CliRunner.run("landscape", "--preset", plane.get().name(), "--step", "10", "--method", first.id(),
                "--params", names.get(0) + "," + names.get(1), "--grid", "5", "--path", "3", "--csv", "-");
        assertEquals(0, l.code(), l.err());
        assertEquals("kind,method,step," + names.get(0) + "," + names.get(1) + ",loss,recon,kl",
                l.out().lines().findFirst().orElseThrow());
        assertEquals(1 + 25 + 1 + 3, l.out().lines().count(), "grid, state and path");
        CliRunner s = CliRunner.run("sweep", "--preset", plane.get().name(), "--vary", "lambdaRec=1,10", "--seeds", "1",
                "--steps", "10", "--csv", "-");
        assertEquals(0, s.code(), s.err());
        assertEquals(1 + 2 * c.methods().size(), s.out().lines().count(), s.out());
        assertTrue(s.out().lines().skip(1).allMatch(row -> row.contains(",done,")), s.out());
    }

    @Test
    void landscapeWritesTheGridTheStateAndThePath() throws Exception {
        Path csv = dir.resolve("l.csv"), png = dir.resolve("l.png");
        CliRunner r = CliRunner.run("landscape", "--preset", "blog", "--step", "20", "--params", "beta[1]", "--range",
                "0.1", "--grid", "11", "--path", "5", "--csv", csv.toString(), "--png", png.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("trufl: loss") && r.out().contains("sharpest bend"), "only TRUFL has beta[1]: "
                + r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("kind,method,step,beta[1],loss,recon,kl", lines.get(0));
        assertEquals(11, lines.stream().filter(l -> l.startsWith("grid,trufl,20,")).count());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("current,trufl,20,")).count());
        assertEquals(5, lines.stream().filter(l -> l.startsWith("path,trufl,")).count());
        assertTrue(lines.get(lines.size() - 1).startsWith("path,trufl,20,"), "the path ends at the state");
        assertEquals(1100, javax.imageio.ImageIO.read(png.toFile()).getWidth());

        Path two = dir.resolve("two.csv");
        r = CliRunner.run("landscape", "--preset", "blog", "--params", "mu[0],mu[1]", "--grid", "5", "--csv",
                two.toString());
        assertEquals(0, r.code(), r.err());
        lines = Files.readAllLines(two);
        assertEquals("kind,method,step,mu[0],mu[1],loss,recon,kl", lines.get(0));
        assertEquals(25, lines.stream().filter(l -> l.startsWith("grid,catnf,0,")).count());
        assertEquals(25, lines.stream().filter(l -> l.startsWith("grid,trufl,0,")).count());
    }

    @Test
    void badInputNamesWhatIsAllowed() throws Exception {
        CliRunner r = CliRunner.run("landscape", "--preset", "blog", "--params", "gamma[0]");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dequantlab: ") && r.err().contains("beta[1]"), r.err());
        r = CliRunner.run("landscape", "--preset", "blog", "--params", "mu[0]", "--grid", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--grid must be"), r.err());
        r = CliRunner.run("landscape", "--preset", "blog", "--params", "mu[0]", "--range", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--range must be"), r.err());
        r = CliRunner.run("landscape", "--preset", "blog", "--params", "mu[0]", "--method", "flow");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("voronoi"), r.err());
        r = CliRunner.run("gradients", "--preset", "blog", "--draws", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--draws"), r.err());
        Path keep = Files.writeString(dir.resolve("keep.json"), "mine");
        r = CliRunner.run("gradients", "--preset", "blog", "--json", keep.toString());
        assertEquals(2, r.code());
        assertEquals("mine", Files.readString(keep));
        r = CliRunner.run("gradients", "--preset", "blog", "--step", "-1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--step"), r.err());
    }
}
