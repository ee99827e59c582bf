package org.dequantlab.ui;

import static org.dequantlab.ui.WindowTestSupport.GUARD;
import static org.dequantlab.ui.WindowTestSupport.firstSnapshot;
import static org.dequantlab.ui.WindowTestSupport.idle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.dequantlab.method.Methods;
import org.dequantlab.sampling.RejectionSampler;
import org.dequantlab.train.Snapshot;
import org.dequantlab.ui.sampling.MethodSampling;
import org.dequantlab.ui.sampling.SamplingController;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sampling from the model in the window: acceptance rate against 1 − ocean mass, animation, clearing. The tests
 * share one window ({@link SharedWindow}), back to its fresh state before each.
 */
class SamplingWindowTest extends OnSharedWindow {

    private SamplingController sampling() {
        return window.sampling();
    }

    @Test
    void acceptanceRateMatchesOneMinusTheOceanMass(FxRobot robot) throws Exception {
        firstSnapshot(window);
        robot.clickOn("#step100");
        Snapshot s = idle(window);
        int n = 200_000;
        Fx.run(() -> sampling().drawNow(s, n));
        MethodSampling trufl = sampling().method(Methods.TRUFL);
        RejectionSampler ts = trufl.sampler();
        assertEquals(n, ts.drawn());
        double p = 1 - trufl.oceanMass();
        assertEquals(s.method(Methods.TRUFL).metrics().oceanMass(), trufl.oceanMass(), 1e-12, "the exact ocean mass");
        assertTrue(p > 0.01 && p < 0.99, "a real ocean to test against: P(S) = " + p);
        double sd = Math.sqrt(p * (1 - p) / n);
        assertTrue(Math.abs(ts.acceptanceRate() - p) < 5 * sd,
                "rate " + ts.acceptanceRate() + " vs 1 − ocean " + p + " (sd " + sd + ")");
        // decoded categories of accepted samples follow the model's p(x); with a trained model it is near p̃
        double[] q = ts.modelDistribution();
        assertEquals(1.0, q[0] + q[1], 1e-9);
        MethodSampling catnf = sampling().method(Methods.CATNF);
        assertEquals(1.0, catnf.sampler().acceptanceRate(), "CatNF rejects nothing");
        assertEquals(0.0, catnf.oceanMass());
        Label rate = Fx.lookup(robot, "#sampleRate-trufl", Label.class);
        assertTrue(rate.getText().contains("accepted") && rate.getText().contains("1 − ocean"), rate.getText());
    }

    @Test
    void theSampleKeyLetsPointsLandAndAResetClearsThem(FxRobot robot) throws Exception {
        firstSnapshot(window);
        robot.clickOn("#step10");
        idle(window);
        robot.clickOn("#stepLabel");
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> sampling().method(Methods.TRUFL) != null);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> !sampling().animating());
        long drawn = sampling().method(Methods.TRUFL).sampler().drawn();
        assertEquals(SamplingController.PER_FRAME * SamplingController.FRAMES, drawn);
        assertEquals(drawn, sampling().overlays().samples().get(Methods.TRUFL).size(), "all drawn points are shown");
        assertNotNull(Fx.lookup(robot, "#sampleChart"));
        robot.clickOn("#reset");
        idle(window);
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> sampling().method(Methods.TRUFL) == null);
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> sampling().method(Methods.TRUFL) != null);
        robot.clickOn("#clearSamples");
        assertNull(sampling().method(Methods.TRUFL));
        assertTrue(sampling().overlays().samples().isEmpty());
    }
}
