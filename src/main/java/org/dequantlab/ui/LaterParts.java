package org.dequantlab.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;

/**
 * The parts of the window its first frame can do without, built after it when the launcher opens the window:
 * the curves' interactive chart (JFreeChart, AWT fonts, its first drawing) and the side panel's content (the
 * metrics, sampling and the two property sheets, with their skins and CSS). Until then both are empty at their
 * final size, so nothing moves when they fill in. Tests and other windows build them before showing.
 */
final class LaterParts {
    private final CurvesPane curves;
    private final SidePanel side;
    private Runnable onBuilt = () -> { };

    LaterParts(CurvesPane curves, SidePanel side) {
        this.curves = curves;
        this.side = side;
    }

    /** Told when the parts are built (the fps report's launch-to-window-complete). */
    void onBuilt(Runnable r) {
        onBuilt = r;
    }

    /** Builds them now, before the window is shown (its tooltips are installed with the window's). */
    void buildNow() {
        curves.build();
        side.build();
        onBuilt.run();
    }

    /**
     * Builds them in the pulse that proves the first frame on screen ({@link AfterFirstFrame}), unless the window
     * was closed meanwhile; their controls get their tooltips then.
     */
    void buildAfterFirstFrame(BooleanSupplier closed) {
        AfterFirstFrame.run(() -> {
            if (closed.getAsBoolean()) {
                return;
            }
            curves.build();
            Node content = side.build();
            if (content != null) {
                content.applyCss(); // the skins: the property sheets put their fields in only then
                ExplanationTooltips.install(content);
            }
            onBuilt.run();
        });
    }
}
