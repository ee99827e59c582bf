package org.dequantlab.ui;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A window test class whose tests share one lab window ({@link SharedWindow}): opened once for the class,
 * brought back to its fresh state and checked before each test, closed after the last. The fields are set
 * before the class's {@code @BeforeAll} methods run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedWindow.PerClass.class)
public abstract class OnSharedWindow {
    /** The class's window. */
    protected LabWindow window;
    /** Its stage. */
    protected Stage stage;
    /** What the FX thread threw while the window was open (checked before and after each test). */
    protected List<Throwable> fxErrors;

    /**
     * Whether the window needs a stage of its own: tests that resize or move it (the primary stage's size
     * would carry over to later classes' windows); the reset puts it back to its fresh size and place.
     */
    protected boolean ownStage() {
        return false;
    }
}
