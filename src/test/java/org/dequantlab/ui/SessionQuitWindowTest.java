package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.dequantlab.config.Presets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → New and Quit. A window of its own: Quit closes it (the other session tests share one window, in
 * {@link SessionWindowTest}).
 */
@ExtendWith({ApplicationExtension.class, SettlingRobots.class})
class SessionQuitWindowTest {
    private static final long GUARD = 90;
    private LabWindow window;
    private Stage stage;
    private final List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTestSupport.open(stage, fxErrors);
        window.show(stage, false);
    }

    @AfterEach
    void close() throws Exception {
        WindowTestSupport.close(window, fxErrors);
    }

    @Test
    void fileNewStartsTheBlogPresetAndQuitClosesTheWindow(FxRobot robot) throws Exception {
        WindowTestSupport.firstSnapshot(window);
        Fx.run(() -> WindowTestSupport.presetBox(robot).setValue(Presets.SKEWED));
        WindowTestSupport.idle(window);
        java.nio.file.Path saved = java.nio.file.Files.createTempDirectory("dequantlab-new").resolve("skewed.json");
        Fx.run(() -> assertTrue(window.files().saveAs(saved, p -> false), "saved"));
        byte[] bytes = java.nio.file.Files.readAllBytes(saved);
        MenuItem newItem = WindowTestSupport.menuItem(window, "menuNew");
        assertEquals("Shortcut+N", newItem.getAccelerator().getName().replace("Ctrl", "Shortcut"));
        Fx.run(newItem::fire);
        assertEquals(Presets.BLOG.config(), WindowTestSupport.idle(window).config());
        assertEquals(Presets.BLOG, WindowTestSupport.presetBox(robot).getValue());
        // the new run is untitled: Save asks for a file instead of writing it over the skewed run's
        Fx.run(window.files()::pulse);
        assertEquals("DequantLab — untitled", stage.getTitle());
        assertNull(window.files().file());
        Fx.run(() -> assertFalse(window.files().save(), "no file to save to without asking"));
        assertArrayEquals(bytes, java.nio.file.Files.readAllBytes(saved), "the saved file is untouched");
        java.nio.file.Files.delete(saved);
        java.nio.file.Files.delete(saved.getParent());
        MenuItem quit = WindowTestSupport.menuItem(window, "menuQuit");
        Fx.run(quit::fire);
        Fx.settle();
        assertFalse(stage.isShowing(), "Quit closed the window");
        WaitForAsyncUtils.waitFor(GUARD, TimeUnit.SECONDS, () -> !window.trainer().alive());
    }
}
