package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A closed lab window is garbage: nothing long-lived (the toolkit's pulse, a shared thread, a static
 * list) keeps it, its scene, its trainer or its frame buffers. Opens and closes a few windows, then
 * checks through weak references that the garbage collector took them all.
 */
@ExtendWith({ApplicationExtension.class, SettlingRobots.class})
class ClosedWindowsReleasedTest {
    private static final int WINDOWS = 2;
    private final List<Throwable> fxErrors = Collections.synchronizedList(new ArrayList<>());

    private Stage shared;

    @Start
    void start(Stage stage) {
        WindowTestSupport.usePrivatePreferences();
        shared = stage;
    }

    /** As the window tests do: one stage shows window after window, each closed by {@link LabWindow#close()}. */
    @Test
    void windowsClosedOnAStageThatStaysOpenAreCollected(FxRobot robot) throws Exception {
        List<WeakReference<Object>> gone = new ArrayList<>();
        for (int i = 0; i < WINDOWS; i++) {
            LabWindow[] window = new LabWindow[1];
            Fx.run(() -> {
                window[0] = WindowTestSupport.open(shared, fxErrors);
                window[0].show(shared, false);
            });
            WindowTestSupport.firstSnapshot(window[0]);
            WaitForAsyncUtils.waitFor(WindowTestSupport.GUARD, TimeUnit.SECONDS, () -> window[0].shownSnapshot() != null);
            Fx.run(window[0]::close);
            if (i < WINDOWS - 1) { // the last one is still on the stage
                gone.add(new WeakReference<>(window[0]));
                gone.add(new WeakReference<>(window[0].trainer()));
            }
        }
        WindowTestSupport.dropPrivatePreferences();
        Fx.assertNoErrors(fxErrors);
        assertEquals(0, alive(gone), "windows closed on a stage that stays open still reachable");
    }

    /**
     * Each window on its own stage, closed by the user while something runs in it: the guided tour waiting
     * for its stop, presentation mode with its idle timer, the three tool windows (gradient anatomy, loss
     * landscape, sweep) open.
     */
    @Test
    void windowsClosedByTheUserAreCollectedWithTheirToolWindows(FxRobot robot) throws Exception {
        List<WeakReference<Object>> gone = new ArrayList<>();
        gone.addAll(openAndClose(robot, w -> { // the tour waits for its second stop (step 150) to be reached
            w.classroom().startTour();
            w.classroom().tour().go(1);
            w.trainer().pause();
            assertTrue(w.classroom().tour().waiting(), "the tour waits");
        }));
        gone.addAll(openAndClose(robot, w -> w.classroom().presentation().enter()));
        gone.addAll(openAndClose(robot, w -> {
            Menu tools = ((MenuBar) w.root().lookup(".menu-bar")).getMenus().stream()
                    .filter(m -> "toolsMenu".equals(m.getId())).findFirst().orElseThrow();
            tools.getItems().forEach(MenuItem::fire);
        }));
        Fx.run(() -> { // Monocle keeps the last focused window until another one takes the focus
            Stage other = new Stage();
            other.setScene(new Scene(new Pane(), 40, 30));
            other.show();
            other.close();
        });
        WindowTestSupport.dropPrivatePreferences();
        assertEquals(0, alive(gone), "closed windows, their stages, trainers or tool windows still reachable");
    }

    /**
     * Opens a window on its own stage, waits for its first frame, does {@code meanwhile}, closes the stage
     * (and so the windows it owns); weak references to the window, its trainer and every stage it had.
     */
    private List<WeakReference<Object>> openAndClose(FxRobot robot, Consumer<LabWindow> meanwhile) throws Exception {
        LabWindow[] window = new LabWindow[1];
        Stage[] stage = new Stage[1];
        Fx.run(() -> {
            stage[0] = new Stage();
            window[0] = WindowTestSupport.open(stage[0], fxErrors);
            window[0].show(stage[0], false);
        });
        WindowTestSupport.firstSnapshot(window[0]);
        WaitForAsyncUtils.waitFor(WindowTestSupport.GUARD, TimeUnit.SECONDS, () -> window[0].shownSnapshot() != null);
        List<WeakReference<Object>> refs = new ArrayList<>(List.of(new WeakReference<>(window[0]),
                new WeakReference<>(window[0].trainer())));
        Fx.run(() -> meanwhile.accept(window[0]));
        Fx.settle();
        Fx.run(() -> {
            Window.getWindows().stream().filter(w -> w != shared).forEach(w -> refs.add(new WeakReference<>(w)));
            stage[0].close();
        });
        Fx.settle();
        Fx.assertNoErrors(fxErrors);
        assertEquals(List.of(), Window.getWindows().stream().filter(w -> w != shared).toList(),
                "the tool windows closed with the lab window");
        return refs;
    }

    /** How many of {@code refs} survive garbage collections (retried, with FX events let through between). */
    static int alive(List<WeakReference<Object>> refs) throws Exception {
        int left = refs.size();
        for (int round = 0; round < 20 && left > 0; round++) {
            System.gc();
            Fx.settle();
            Thread.sleep(50);
            left = (int) refs.stream().filter(r -> r.get() != null).count();
        }
        if (left > 0 && System.getenv("DEQUANTLAB_LEAK_DUMP") != null) {
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(System.getenv("DEQUANTLAB_LEAK_DUMP"), true);
        }
        return left;
    }
}
