package org.dequantlab.ui;

import javafx.scene.input.KeyCode;
import org.dequantlab.ui.session.LabSession;
import org.dequantlab.ui.timeline.Timeline;

/** The lab window's shortcut table: what each key does, in the order Help lists them. */
final class WindowShortcuts {
    private WindowShortcuts() {}

    /** The transport, sampling, view and undo keys (the focused timeline takes ← and → first). */
    static void bind(KeyBindings keys, LabSession session, TransportBar transport, Timeline timeline, Runnable sample,
            Runnable plane, Runnable fullScreen, Runnable help) {
        keys.first(timeline::handleKey);
        keys.bind("Space", "play / pause", KeyBindings.key(KeyCode.SPACE), session::togglePlay)
                .bind("→", "one step", KeyBindings.key(KeyCode.RIGHT), () -> session.step(1))
                .bind("R", "reset to step 0 (same seed, same initial picture)", KeyBindings.key(KeyCode.R),
                        session::reset)
                .bind("+  /  −", "faster / slower", KeyBindings.key(KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS),
                        transport::faster)
                .bind("−", null, KeyBindings.key(KeyCode.MINUS, KeyCode.SUBTRACT), transport::slower)
                .bind("S", "sample latent points from the prior and let them land", KeyBindings.key(KeyCode.S),
                        sample)
                .bind("C", "2-D runs: the z-plane / the prior's CDF square", KeyBindings.key(KeyCode.C), plane)
                .bind("F", "full screen on / off", KeyBindings.key(KeyCode.F), fullScreen)
                .bind("H  or  ?", "this help", e -> KeyBindings.key(KeyCode.H).test(e)
                        || KeyBindings.questionMark().test(e), help)
                .bind("Ctrl+Z", "undo the last setting change or new run", KeyBindings.shortcut(KeyCode.Z, false),
                        session::undo)
                .bind("Ctrl+Shift+Z  or  Ctrl+Y", "redo", e -> KeyBindings.shortcut(KeyCode.Z, true).test(e)
                        || KeyBindings.shortcut(KeyCode.Y, false).test(e), session::redo)
                .document("←  /  →  on the timeline", "one recorded step back / on (click the timeline first)")
                .document("Home  /  End  on the timeline", "the first / last recorded step")
                .document("Ctrl+N  /  Ctrl+O  /  Ctrl+S", "new experiment / open / save")
                .document("Ctrl+Q", "quit");
    }

    /** Presentation mode and Esc (they need the classroom, built after the layout). */
    static void bindClassroom(KeyBindings keys, PresentationMode presentation, HelpOverlay help) {
        keys.bind("P", "presentation mode on / off", KeyBindings.key(KeyCode.P), presentation::toggle);
        keys.bind("Esc", "close this help, or leave presentation mode", KeyBindings.key(KeyCode.ESCAPE), () -> {
            if (help.isVisible()) {
                help.setVisible(false);
            } else if (presentation.active()) {
                presentation.leave();
            }
        });
    }
}
