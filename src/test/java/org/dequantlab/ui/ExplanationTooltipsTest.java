package org.dequantlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Plain tooltips wait for the window's one install; the catalogue's explanation wins over a plain text. */
@ExtendWith(ApplicationExtension.class)
class ExplanationTooltipsTest {
    @Test
    void aPlainTextWaitsForTheInstallAndIsMadeOnceThere() throws Exception {
        Fx.run(() -> {
            Button inBar = new Button("a");
            Button inScroll = new Button("b");
            Button play = new Button("Play");
            play.setId("play"); // the catalogue explains it
            ExplanationTooltips.plainLater(inBar, "in a tool bar");
            ExplanationTooltips.plainLater(inScroll, "in a scroll pane's content");
            ExplanationTooltips.plainLater(play, "never shown");
            VBox root = new VBox(new ToolBar(inBar, play), new ScrollPane(new VBox(inScroll)));
            assertNull(inBar.getTooltip(), "nothing made before the install");
            assertNull(inScroll.getTooltip());

            assertEquals(3, ExplanationTooltips.install(root));
            assertEquals("in a tool bar", inBar.getTooltip().getText());
            assertEquals("in a scroll pane's content", inScroll.getTooltip().getText());
            assertEquals(Explanations.forControl("play").tooltip(), play.getTooltip().getText());

            Tooltip made = inBar.getTooltip();
            assertEquals(1, ExplanationTooltips.install(root), "a second install remakes only the catalogue's");
            assertSame(made, inBar.getTooltip());
        });
    }
}
