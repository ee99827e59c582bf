package org.dequantlab.ui.why;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.dequantlab.config.Presets;
import org.dequantlab.method.Methods;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.TrainerStatus;
import org.dequantlab.train.TrainingSession;
import org.dequantlab.why.LossLandscape;
import org.junit.jupiter.api.Test;

/** The landscape window's work remembers what it computed for a state, and only for that state. */
class LandscapeWorkTest {

    @Test
    void aLandscapeIsComputedOncePerStateAndSettingsAndAgainWhenTheStateChanges() {
        TrainingSession session = new TrainingSession(Presets.FOUR_WAYS.config());
        session.run(20);
        Snapshot a = session.snapshot(false, TrainerStatus.PAUSED, null, 0);
        LandscapeWork work = new LandscapeWork();

        LandscapeView.Computed sharpest = work.apply(new LandscapeView.Request(a, session.history(), Methods.TRUFL, -1,
                -1, 0.1, 41));
        assertEquals(1, work.computed());
        LossLandscape.Result r = sharpest.result();
        int first = r.request().params()[0];
        assertEquals(LossLandscape.sharpestParameter(Methods.TRUFL, a.config().problem(),
                LossWeights.at(a.config(), a.step()), a.method(Methods.TRUFL).theta(), 0.1), first);

        // the same state and settings, or the parameter the search chose: nothing computed again
        assertSame(r, work.apply(new LandscapeView.Request(a, session.history(), Methods.TRUFL, -1, -1, 0.1, 41))
                .result());
        assertSame(r, work.apply(new LandscapeView.Request(a, null, Methods.TRUFL, first, -1, 0.1, 41)).result());
        assertEquals(1, work.computed());

        // other settings at the same state
        LossLandscape.Result wider = work.apply(new LandscapeView.Request(a, null, Methods.TRUFL, first, -1, 0.2, 41))
                .result();
        assertEquals(2, work.computed());
        assertEquals(0.2, wider.request().range());
        work.apply(new LandscapeView.Request(a, null, Methods.CATNF, 0, -1, 0.1, 41));
        work.apply(new LandscapeView.Request(a, null, Methods.TRUFL, first, first == 0 ? 1 : 0, 0.1, 21));
        assertEquals(4, work.computed());

        // a new state, even at the same step: computed anew, from its own parameters
        Snapshot same = session.snapshot(false, TrainerStatus.PAUSED, null, 0);
        assertNotSame(r, work.apply(new LandscapeView.Request(same, null, Methods.TRUFL, first, -1, 0.1, 41)).result());
        assertEquals(5, work.computed());
        session.run(5);
        Snapshot b = session.snapshot(false, TrainerStatus.PAUSED, null, 0);
        LossLandscape.Result later = work.apply(new LandscapeView.Request(b, null, Methods.TRUFL, first, -1, 0.1, 41))
                .result();
        assertEquals(6, work.computed());
        assertArrayEquals(b.method(Methods.TRUFL).theta(), later.request().theta());
        assertFalse(Arrays.equals(r.loss(), later.loss()), "the loss around the new state");
        LossLandscape.Result fresh = LossLandscape.compute(new LossLandscape.Request(Methods.TRUFL, b.config().problem(),
                LossWeights.at(b.config(), b.step()), b.method(Methods.TRUFL).theta(), new int[] {first}, 0.1, 41),
                () -> false);
        assertArrayEquals(fresh.loss(), later.loss());
    }

    @Test
    void onlyTheLastFewLandscapesAreKept() {
        TrainingSession session = new TrainingSession(Presets.FOUR_WAYS.config());
        LandscapeWork work = new LandscapeWork();
        Snapshot s = session.snapshot(false, TrainerStatus.PAUSED, null, 0);
        for (int i = 0; i <= LandscapeWork.KEEP; i++) {
            work.apply(new LandscapeView.Request(s, null, Methods.TRUFL, 0, -1, 0.01 * (i + 1), 5));
        }
        assertEquals(LandscapeWork.KEEP + 1, work.computed());
        work.apply(new LandscapeView.Request(s, null, Methods.TRUFL, 0, -1, 0.01 * (LandscapeWork.KEEP + 1), 5));
        assertEquals(LandscapeWork.KEEP + 1, work.computed(), "the newest is kept");
        work.apply(new LandscapeView.Request(s, null, Methods.TRUFL, 0, -1, 0.01, 5));
        assertEquals(LandscapeWork.KEEP + 2, work.computed(), "the oldest was let go");
    }
}
