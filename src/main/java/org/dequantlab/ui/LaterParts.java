package org.dequantlab.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;

/**
 * The parts of the window its first frame can do without, built after it when the launcher opens the window:
 * the curves' interactive chart (JFreeChart, AWT fonts, its first drawing) and the side panel's content (the
 * metrics, sampling and the two property sheets, with their skins and CSS). Until then both are empty at their
 * final size, so nothing moves when they fill in. The window's tooltips follow them (each costs CSS, and the first the
 * classes of tooltips and popups: 0.1–0.2 s at a launch without the class-data archive). Tests and other windows build
 * the parts before showing and install the tooltips as they show.
 */
final class LaterParts {
    private final CurvesPane curves;
    private final SidePanel side;
    private final Node windowRoot;
    private Runnable onBuilt = () -> { };

    /** @param windowRoot the window's root, whose tooltips are installed once the parts are built */
    LaterParts(CurvesPane curves, SidePanel side, Node windowRoot) {
        this.curves = curves;
        this.side = side;
        this.windowRoot = windowRoot;
    }

    /** Told when the parts are built (the fps report's launch-to-window-complete). */
    void onBuilt(Runnable r) {
        onBuilt = r;
    }

    /** Builds them now, before the window is shown (their tooltips come with the window's: {@link #shown}). */
    void buildNow() {
        curves.build();
        side.build();
        onBuilt.run();
    }

    /**
     * Called once the window is shown, its CSS applied: installs the window's tooltips ({@link ExplanationTooltips})
     * now, or with {@code partsLater} builds the parts in the pulse that proves the first frame on screen
     * ({@link AfterFirstFrame}) and then installs them, unless the window was closed meanwhile.
     */
    void shown(boolean partsLater, BooleanSupplier closed) {
        if (partsLater) {
            buildAfterFirstFrame(closed);
        } else {
            ExplanationTooltips.install(windowRoot);
        }
    }

    private void buildAfterFirstFrame(BooleanSupplier closed) {
        AfterFirstFrame.run(() -> {
            if (closed.getAsBoolean()) {
                return;
            }
            curves.build();
            Node content = side.build();
            if (content != null) {
                content.applyCss(); // the skins: the property sheets put their fields in only then
            }
            ExplanationTooltips.install(windowRoot); // the bars' and the side panel's (ExplanationTooltips)
            onBuilt.run();
        });
    }
}
