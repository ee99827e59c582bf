package org.dequantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dequantlab.config.Preset;
import org.dequantlab.config.Presets;
import org.junit.jupiter.api.Test;

class PresetsCommandTest {
    @Test
    void listsEveryPresetWithItsDescriptionOnePerLine() {
        CliRunner r = CliRunner.run("presets");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(Presets.all().size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Preset p = Presets.all().get(i);
            assertTrue(lines.get(i).startsWith(p.name() + " "), lines.get(i));
            assertTrue(lines.get(i).endsWith(p.description()), lines.get(i));
        }
    }

    @Test
    void launcherSendsCommandsToTheCommandLineAndWindowFlagsToTheApp() {
        assertTrue(DequantLabCli.isCommandLine(new String[] {"train", "--preset", "blog"}));
        assertTrue(DequantLabCli.isCommandLine(new String[] {"presets"}));
        assertTrue(DequantLabCli.isCommandLine(new String[] {"--help"}));
        assertTrue(DequantLabCli.isCommandLine(new String[] {"trian"}), "a typo gets an error, not a window");
        assertTrue(!DequantLabCli.isCommandLine(new String[0]));
        assertTrue(!DequantLabCli.isCommandLine(new String[] {"--open", "run.json"}));
        assertTrue(!DequantLabCli.isCommandLine(new String[] {"--fps-report", "5"}));
    }
}
