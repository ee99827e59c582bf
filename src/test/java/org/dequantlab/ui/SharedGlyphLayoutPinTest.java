package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window part whose canvas draws text holds JavaFX's shared text shaper, so no two threads share it. */
@ExtendWith(ApplicationExtension.class)
class SharedGlyphLayoutPinTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DistributionBars(), 300, 150));
        stage.show();
    }

    @Test
    void theSharedShaperIsHeldAndNeverHandedOutAgain(FxRobot robot) throws Exception {
        assertTrue(SharedGlyphLayoutPin.pin(), "JavaFX's GlyphLayout is reachable on the test class path");
        boolean[] handedOut = new boolean[1];
        double[] width = new double[1];
        robot.interact(() -> {
            Text t = new Text("x=0 and 0.25"); // laid out with a shaper of its own
            width[0] = t.getLayoutBounds().getWidth();
            try {
                handedOut[0] = SharedGlyphLayoutPin.sharedHandedOut();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(handedOut[0], "the held shaper must not be handed to another layout");
        assertTrue(width[0] > 0, "text is still laid out: width " + width[0]);
    }
}
