package org.dequantlab.ui.why;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.train.History;
import org.dequantlab.train.Snapshot;

/**
 * The Tools menu: Gradient anatomy, Loss landscape and Sweep, each in its own window (one of each;
 * choosing it again brings it to the front). The lab window adds {@link #menu()} to its menu bar and
 * gives what the tools read: the snapshot it shows, the run's history and its configuration.
 */
public final class ToolsMenu {
    private final Supplier<Window> owner;
    private final Supplier<Snapshot> shown;
    private final Supplier<History> history;
    private final Supplier<ExperimentConfig> config;
    private final Menu menu = new Menu("_Tools");
    private GradientAnatomyView gradients;
    private LandscapeView landscape;
    private SweepWindow sweep;

    public ToolsMenu(Supplier<Window> owner, Supplier<Snapshot> shown, Supplier<History> history,
            Supplier<ExperimentConfig> config) {
        this.owner = owner;
        this.shown = shown;
        this.history = history;
        this.config = config;
        menu.setId("toolsMenu");
        MenuItem g = new MenuItem("_Gradient anatomy…");
        g.setId("menuGradients");
        g.setOnAction(e -> openGradients());
        MenuItem l = new MenuItem("_Loss landscape…");
        l.setId("menuLandscape");
        l.setOnAction(e -> openLandscape());
        MenuItem s = new MenuItem("_Sweep…");
        s.setId("menuSweep");
        s.setOnAction(e -> openSweep());
        menu.getItems().setAll(g, l, s);
    }

    public Menu menu() {
        return menu;
    }

    GradientAnatomyView openGradients() {
        if (gradients == null || !gradients.stage().isShowing()) {
            gradients = new GradientAnatomyView(owner.get(), shown);
        }
        gradients.show();
        return gradients;
    }

    LandscapeView openLandscape() {
        if (landscape == null || !landscape.stage().isShowing()) {
            landscape = new LandscapeView(owner.get(), shown, history);
        }
        landscape.show();
        return landscape;
    }

    SweepWindow openSweep() {
        if (sweep == null || !sweep.stage().isShowing()) {
            sweep = new SweepWindow(owner.get(), config);
        }
        sweep.show();
        return sweep;
    }
}
