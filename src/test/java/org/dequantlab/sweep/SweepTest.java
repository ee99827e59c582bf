package org.dequantlab.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dequantlab.config.ConfigException;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Setting;
import org.dequantlab.config.Settings;
import org.dequantlab.method.Methods;
import org.dequantlab.metrics.Metrics;
import org.dequantlab.model.Estimator;
import org.dequantlab.train.MethodSnapshot;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.train.TrainingSession;
import org.junit.jupiter.api.Test;

/** Sweeps: what a plan trains, that its results do not depend on the threads, and the λ-ratio story. */
class SweepTest {
    private static final ExperimentConfig BLOG = ExperimentConfig.defaults();

    private static SweepResult run(SweepPlan plan, int threads) throws InterruptedException {
        return SweepJob.start(plan, threads, false).await();
    }

    @Test
    void axesParseAndSettingsApplyInTheirOwnOrder() {
        SweepAxis skew = SweepAxis.parse(" skew = 4 ");
        SweepAxis k = SweepAxis.parse("K=2,3");
        SweepPlan plan = new SweepPlan(BLOG, List.of(skew, k), 2, 50);
        List<SweepPlan.Point> points = plan.points();
        assertEquals(2, points.size());
        // K is applied before the skew whatever the order of the axes: p̃(0)/p̃(K−1) = 4 for every K
        ExperimentConfig three = points.get(1).config();
        assertEquals(3, three.categories());
        assertEquals(4, three.probability(0) / three.probability(2), 1e-12);
        assertEquals(2, three.probability(0) / three.probability(1), 1e-12);
        assertArrayEquals(new double[] {0.8, 0.2}, points.get(0).config().dataDistribution(), 1e-15);
        assertEquals(50, three.steps());
        // seeds: the combination's seed + i, the same in every combination; then every method
        List<SweepPlan.Task> tasks = plan.tasks();
        assertEquals(2 * 2 * 2, tasks.size());
        assertEquals(List.of(42L, 42L, 43L, 43L), tasks.subList(0, 4).stream().map(t -> t.config().seed()).toList());
        assertEquals(List.of(Methods.CATNF, Methods.TRUFL), tasks.subList(0, 2).stream().map(SweepPlan.Task::method)
                .toList());

        assertEquals(20, new SweepPlan(BLOG, List.of(SweepAxis.parse("ratio=20")), 1, 1).points().get(0).config()
                .lambdaRec());
        assertEquals(Estimator.MC, new SweepPlan(BLOG, List.of(SweepAxis.parse("estimator=mc")), 1, 1).points().get(0)
                .config().estimator());
    }

    @Test
    void badAxesAndValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("alpha=1,2"));
        assertTrue(e.getMessage().contains("lambdaRec") && e.getMessage().contains("skew"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("lambdaRec"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("lambdaRec=1,,2"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("lambdaRec=1,1"));
        ConfigException c = assertThrows(ConfigException.class,
                () -> new SweepPlan(BLOG, List.of(SweepAxis.parse("lambdaRec=1,2000")), 1, 10).points());
        assertEquals("lambdaRec", c.field());
        assertTrue(c.getMessage().contains("lambdaRec=2000"), "names the combination: " + c.getMessage());
        c = assertThrows(ConfigException.class,
                () -> new SweepPlan(BLOG, List.of(SweepAxis.parse("K=two")), 1, 10).points());
        assertEquals("categories", c.field(), "K is the table's categories");
        assertTrue(c.getMessage().startsWith(Settings.CATEGORIES.key() + ": must be " + Settings.CATEGORIES.allowed()
                + ", got 'two'"), "the settings table's message: " + c.getMessage());
        c = assertThrows(ConfigException.class,
                () -> new SweepPlan(BLOG, List.of(SweepAxis.parse("skew=0.5")), 1, 10).points());
        assertEquals("skew", c.field());
        assertThrows(IllegalArgumentException.class, () -> new SweepPlan(BLOG,
                List.of(SweepAxis.parse("lambdaRec=1"), SweepAxis.parse("ratio=2")), 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new SweepPlan(BLOG, List.of(SweepAxis.parse("K=2")), 0, 10));
    }

    @Test
    void theSettingsAreTheRowsOfTheSettingsTable() {
        for (Setting<?> s : Settings.all()) {
            if (s == Settings.METHODS || s == Settings.STEPS || s == Settings.DATA_DISTRIBUTION) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> SweepAxis.parse(s.key() + "=1"));
                assertTrue(e.getMessage().startsWith("cannot vary " + s.key() + ": "), "says why: " + e.getMessage());
            } else {
                assertEquals(s, SweepAxis.parse(s.key() + "=" + s.format(BLOG)).setting().target(), s.key());
            }
        }
        // a row added to the table is a sweep setting too, parsed and checked by the table
        SweepPlan plan = new SweepPlan(BLOG, List.of(SweepAxis.parse("freeBits=0,0.25"),
                SweepAxis.parse("klAnnealSteps=0,100")), 1, 10);
        assertEquals(0.25, plan.points().get(2).config().freeBits());
        assertEquals(100, plan.points().get(3).config().klAnnealSteps());
        ConfigException c = assertThrows(ConfigException.class,
                () -> new SweepPlan(BLOG, List.of(SweepAxis.parse("freeBits=-1")), 1, 10).points());
        assertEquals("freeBits", c.field());
        assertTrue(c.detail().startsWith("must be " + Settings.FREE_BITS.allowed()), c.getMessage());
        // K gives a uniform p̃ at every K, also at the base's K
        SweepPlan k = new SweepPlan(BLOG.withCategories(2, new double[] {0.8, 0.2}), List.of(SweepAxis.parse("K=2,3")),
                1, 10);
        assertEquals(0.5, k.points().get(0).config().probability(0), 1e-15);
    }

    @Test
    void resultsAreTheSameForAnyNumberOfThreadsAndEqualAPlainTrainingRun() throws Exception {
        SweepPlan plan = new SweepPlan(BLOG.withMethods(Methods.all().subList(0, 3)),
                List.of(SweepAxis.parse("lambdaRec=2,10"), SweepAxis.parse("estimator=exact,mc")), 2, 120);
        SweepResult one = run(plan, 1);
        SweepResult three = run(plan, 3);
        assertEquals(SweepCsv.csv(one), SweepCsv.csv(three), "bit for bit, whatever the threads");
        assertEquals(2 * 2 * 2 * 3, one.outcomes().size());
        assertTrue(one.outcomes().stream().allMatch(SweepOutcome::done));

        // a run of the sweep is the run the window would train on that configuration
        SweepOutcome o = one.outcomes().get(5);
        TrainingSession s = new TrainingSession(o.task().config().withMethods(List.of(o.task().method())));
        s.run(120);
        MethodSnapshot m = s.snapshot(false, TrainerStatus.FINISHED, null, 0).methods().get(0);
        assertEquals(m.metrics().loss(), o.metrics().loss(), 0.0);
        assertEquals(m.metrics().decodeAccuracy(), o.metrics().decodeAccuracy(), 0.0);

        SweepResult.Stats st = one.stats(plan.points().get(0), Methods.TRUFL, SweepMetric.LOSS);
        assertEquals(2, st.n());
        assertTrue(st.sd() > 0 && st.min() <= st.mean() && st.mean() <= st.max());
    }

    @Test
    void cancelStopsRunningAndQueuedRuns() throws Exception {
        SweepPlan plan = new SweepPlan(BLOG, List.of(SweepAxis.parse("lambdaRec=1,2,5,10,20,50")), 20, 1_000_000);
        SweepJob job = SweepJob.start(plan, 2, false);
        job.cancel();
        assertTrue(job.await(60, TimeUnit.SECONDS), "cancelled runs end within a few hundred steps");
        SweepResult r = job.result();
        assertTrue(r.cancelled());
        assertEquals(job.totalRuns(), r.outcomes().size());
        assertTrue(r.outcomes().stream().allMatch(x -> x.status() == SweepOutcome.Status.CANCELLED));
        assertTrue(Double.isNaN(r.stats(plan.points().get(0), Methods.CATNF, SweepMetric.LOSS).mean()));
        assertTrue(SweepCsv.csv(r).lines().skip(1).allMatch(l -> l.contains(",cancelled,")));
    }

    /**
     * docs/maths.md §2.1: at λ_rec : λ_KL = 1 : 1 CatNF collapses (I → 0), while TRUFL decodes its
     * halves exactly from 2 : 1 up (the blog toy, 3 seeds, 1,000 steps).
     */
    @Test
    void lambdaRatioSweepShowsCatnfCollapseAtOneToOneAndTruflKeepsItsPartition() throws Exception {
        SweepResult r = run(new SweepPlan(BLOG, List.of(SweepAxis.parse("lambdaRec=1,2,5,10,20,50")), 3, 1000), 2);
        assertEquals(6 * 3 * 2, r.outcomes().size());
        for (SweepOutcome o : r.outcomes()) {
            assertTrue(o.done(), o.toString());
            Metrics m = o.metrics();
            double ratio = o.task().config().lambdaRec() / o.task().config().lambdaKl();
            String where = o.task().method().id() + " at " + ratio + ":1, seed " + o.task().config().seed();
            if (o.task().method() == Methods.CATNF && ratio == 1) {
                assertTrue(m.mutualInformation() < 0.01, where + ": I = " + m.mutualInformation());
            }
            if (o.task().method() == Methods.CATNF && ratio >= 2) {
                assertTrue(m.mutualInformation() > 0.5, where + ": I = " + m.mutualInformation());
            }
            if (o.task().method() == Methods.TRUFL && ratio >= 2) {
                assertTrue(m.decodeAccuracy() > 0.99, where + ": decode accuracy " + m.decodeAccuracy());
            }
        }
    }
}
