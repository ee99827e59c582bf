package org.dequantlab.ui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dequantlab.config.ExperimentConfig;
import org.dequantlab.config.Presets;
import org.dequantlab.config.Settings;
import org.dequantlab.io.ExperimentFile;
import org.dequantlab.train.Snapshot;
import org.dequantlab.train.Trainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session model without a window: edits, refusals, presets, confirmation and undo / redo. */
class LabSessionTest {
    private final Trainer trainer = new Trainer(ExperimentConfig.defaults().withSteps(100_000), false);
    private final List<String> questions = new ArrayList<>();
    private boolean answer = true;
    private final LabSession session = new LabSession(trainer, q -> {
        questions.add(q);
        return answer;
    });

    @AfterEach
    void close() {
        trainer.close();
    }

    private Snapshot idle() throws InterruptedException {
        Snapshot s = trainer.awaitIdle(60, TimeUnit.SECONDS);
        assertNotNull(s, "trainer became idle");
        return s;
    }

    @Test
    void aLiveEditAppliesAtOnceAndUndoAndRedoMoveBetweenTheValues() throws Exception {
        assertNull(session.edit(Settings.LAMBDA_REC, "5"));
        assertEquals(5.0, session.config().lambdaRec());
        idle();
        assertEquals(5.0, trainer.latestConfig().lambdaRec(), "the trainer follows");
        assertTrue(questions.isEmpty(), "a live edit asks nothing");
        assertEquals("Undo λ_rec 10 → 5", session.edits().undoTextProperty().get());

        assertTrue(session.undo());
        assertEquals(10.0, session.config().lambdaRec());
        assertEquals(10.0, idle().config().lambdaRec());
        assertEquals("Redo λ_rec 10 → 5", session.edits().redoTextProperty().get());
        assertTrue(session.redo());
        assertEquals(5.0, idle().config().lambdaRec());
        assertFalse(session.edits().canRedoProperty().get());
    }

    @Test
    void aRefusedValueNamesTheFieldAndRangeAndChangesNothing() throws Exception {
        String refused = session.edit(Settings.LAMBDA_REC, "abc");
        assertEquals("λ_rec: must be a number from 0 to 1000, got 'abc'", refused);
        assertEquals(refused, session.message());
        assertEquals(ExperimentConfig.defaults().withSteps(100_000), session.config());
        assertFalse(session.edits().canUndoProperty().get(), "nothing to undo");
        assertNull(session.edit(Settings.LEARNING_RATE, "0.02"));
        assertEquals("", session.message(), "an accepted edit clears the message");
    }

    @Test
    void aColdEditAsksAndADeclinedOneLeavesRunAndPresetAlone() throws Exception {
        session.choosePreset(Presets.BLOG);
        idle();
        answer = false;
        assertNull(session.edit(Settings.CATEGORIES, "3"));
        assertEquals(1, questions.size() - 1, "asked once for K");
        assertTrue(questions.get(1).contains("K (categories) 2 → 3"), questions.get(1));
        assertEquals(2, session.config().categories());
        assertEquals(Presets.BLOG, session.presetProperty().get());
        answer = true;
        assertNull(session.edit(Settings.CATEGORIES, "3"));
        assertEquals(3, idle().config().categories());
        assertEquals(Presets.THREE, session.presetProperty().get(), "K = 3 from blog is the 'three' preset");
    }

    @Test
    void cancellingAPresetKeepsThePresetAndTheRunAndAPresetClearsAnOldMessage() throws Exception {
        session.choosePreset(Presets.BLOG);
        trainer.step(30);
        Snapshot before = idle();
        session.edit(Settings.LAMBDA_REC, "-1");
        assertFalse(session.message().isEmpty());
        answer = false;
        assertFalse(session.choosePreset(Presets.FOUR));
        assertEquals(Presets.BLOG, session.presetProperty().get());
        assertEquals(30, idle().step(), "the old run continues");
        assertFalse(session.message().isEmpty(), "declining changes nothing");
        answer = true;
        assertTrue(session.choosePreset(Presets.FOUR));
        assertEquals(Presets.FOUR, session.presetProperty().get());
        assertEquals("", session.message(), "an old refusal does not outlive the run");
        assertEquals(4, idle().config().categories());
        assertEquals(0, trainer.latest().step());
        // undo brings the blog run back exactly where it was
        assertTrue(session.undo());
        Snapshot back = idle();
        assertEquals(Presets.BLOG, session.presetProperty().get());
        assertEquals(30, back.step());
        for (int i = 0; i < before.methods().size(); i++) {
            assertArrayEquals(before.methods().get(i).theta(), back.methods().get(i).theta(), "bit for bit");
        }
        assertTrue(session.redo());
        assertEquals(4, idle().config().categories());
    }

    @Test
    void resetAndNewSeedCanBeUndone() throws Exception {
        trainer.step(40);
        Snapshot trained = idle();
        long runs = session.runsProperty().get();
        session.reset();
        assertEquals(0, idle().step());
        assertTrue(session.runsProperty().get() > runs);
        session.newSeed();
        long seed = idle().config().seed();
        assertTrue(seed != trained.config().seed());
        assertTrue(session.undo());
        assertEquals(trained.config().seed(), idle().config().seed());
        assertTrue(session.undo());
        Snapshot back = idle();
        assertEquals(40, back.step());
        assertArrayEquals(trained.methods().get(1).theta(), back.methods().get(1).theta());
    }

    @Test
    void liveEditsRightAfterARunReplacementReachTheNewRun() throws Exception {
        trainer.step(20);
        idle();
        session.choosePreset(Presets.FOUR);
        assertNull(session.edit(Settings.LAMBDA_KL, "2"), "not refused while the new run starts");
        assertTrue(session.undo());
        assertTrue(session.undo());
        idle(); // the run before the preset is replayed to its step 20 first
        assertNull(session.edit(Settings.LEARNING_RATE, "0.02"), "nor after an undone replacement");
        Snapshot s = idle();
        assertEquals(2, s.config().categories());
        assertEquals(0.02, s.config().learningRate());
    }

    @Test
    void whileAFileIsReplayedEditsWaitAndCancelGoesBackToTheRunAndUndoHistoryBefore() throws Exception {
        assertNull(session.edit(Settings.LAMBDA_REC, "5"));
        trainer.step(10);
        Snapshot before = idle();
        ExperimentConfig opened = Presets.FOUR.config().withSteps(2_000_000);
        session.open(new ExperimentFile.Experiment(opened, List.of(), 2_000_000, List.of()));
        assertTrue(session.replaying() && session.replayingFile());
        assertEquals(opened, session.config());
        assertEquals("λ_rec: wait until the file is open (or Cancel opening it)", session.edit(Settings.LAMBDA_REC,
                "3"), "a live change would alter the run being replayed");
        assertEquals(opened, session.config());
        assertEquals("Undo open file", session.edits().undoTextProperty().get());

        session.cancelReplay();
        Snapshot back = idle();
        assertFalse(session.replaying());
        assertEquals(before.step(), back.step(), "the run before");
        assertArrayEquals(before.methods().get(0).theta(), back.methods().get(0).theta());
        assertEquals(before.config(), session.config(), "the settings before");
        assertEquals("Undo λ_rec 10 → 5", session.edits().undoTextProperty().get(), "the undo history before");
        assertNull(session.edit(Settings.LAMBDA_REC, "3"), "edits reach the run again");
        assertEquals(3.0, idle().config().lambdaRec());
    }

    @Test
    void aRunBroughtBackByUndoIsReplayedWithTheSettingsAskedForAtItsStep() throws Exception {
        trainer.step(30);
        idle();
        assertNull(session.edit(Settings.LAMBDA_REC, "4")); // asked for at step 30, not trained yet
        session.reset();
        idle();
        assertTrue(session.undo());
        Snapshot back = idle();
        assertEquals(30, back.step());
        assertEquals(4.0, back.config().lambdaRec(), "the setting asked for came back with the run");
        assertEquals(4.0, session.config().lambdaRec());
    }

    @Test
    void newExperimentAsksAndLoadsTheBlogPreset() throws Exception {
        session.choosePreset(Presets.FOUR);
        idle();
        answer = false;
        assertFalse(session.newExperiment());
        assertEquals(Presets.FOUR, session.presetProperty().get());
        answer = true;
        assertTrue(session.newExperiment());
        assertEquals(Presets.BLOG.config(), idle().config());
        assertEquals(Presets.BLOG, session.presetProperty().get());
    }

    @Test
    void playingFollowsTheCommands() {
        session.play();
        assertTrue(session.playingProperty().get());
        session.step(5);
        assertFalse(session.playingProperty().get());
        session.togglePlay();
        assertTrue(session.playingProperty().get());
        session.runStopped();
        assertFalse(session.playingProperty().get());
    }
}
