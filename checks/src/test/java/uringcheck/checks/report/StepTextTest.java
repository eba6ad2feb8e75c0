package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.TraceStep;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;
import uringcheck.model.StepNotes;

/** A step's facts come from its notes: location, breaches, phase moves; a step without notes is plain text. */
class StepTextTest {

    private static final StepNotes.PhaseMove MOVE = new StepNotes.PhaseMove(0, "done", "released", false,
            "cmd#0 done → released");

    @Test
    void readsLocationBreachesAndMovesFromTheNotes() {
        StepNotes notes = new StepNotes(List.of(new StepNotes.Said("aborted[0] = 1"), MOVE,
                new StepNotes.Breach(PropertyId.of(Obligation.O9), "VIOLATES O9: cmd#0 is completed twice"),
                new StepNotes.Breach(PropertyId.of(Obligation.O1), "VIOLATES O1: DONE on cmd#0 in phase done"),
                new StepNotes.Breach(PropertyId.of(Obligation.O9), "VIOLATES O9: again")),
                Optional.of(new StepNotes.Location("io_done", 24)));
        StepText s = new StepText(new TraceStep(11, "kworker", notes.text() + " [io_done line 24]", Map.of(), notes));
        assertEquals("kworker", s.lane());
        assertEquals(Optional.of("io_done"), s.handler());
        assertEquals(24, s.line());
        assertEquals(List.of(PropertyId.of(Obligation.O9), PropertyId.of(Obligation.O1)), s.breaches());
        assertEquals("O9, O1", s.breaches(", "));
        assertEquals(List.of(MOVE), s.moves());
        assertEquals("aborted[0] = 1; cmd#0 done → released", s.action());
        assertEquals("aborted[0] = 1; cmd#0 done → released; VIOLATES O9: cmd#0 is completed twice; VIOLATES O1:"
                + " DONE on cmd#0 in phase done; VIOLATES O9: again", s.kernelText());
    }

    @Test
    void aStepWithoutNotesIsPlainTextWhateverItsWording() {
        String words = "VIOLATES O1: no breach; cmd#0 queued → done [io_done line 9]";
        StepText s = new StepText(new TraceStep(1, "", words, Map.of(), StepNotes.NONE));
        assertEquals(Lanes.NO_ACTOR, s.lane());
        assertEquals(0, s.line());
        assertEquals(Optional.empty(), s.handler());
        assertEquals(words, s.kernelText());
        assertEquals(words, s.action());
        assertEquals(List.of(), s.breaches());
        assertEquals(List.of(), s.moves());
    }

    @Test
    void aHandlerLocationWithoutLineHasLineZero() {
        StepNotes notes = new StepNotes(List.of(new StepNotes.Said("release runs")),
                Optional.of(new StepNotes.Location("release", 0)));
        StepText s = new StepText(new TraceStep(2, "release", "release runs [release]", Map.of(), notes));
        assertEquals(Optional.of("release"), s.handler());
        assertEquals(0, s.line());
        assertEquals("release runs", s.kernelText());
    }

    @Test
    void aStepThatOnlyBreachesHasNoActionBesideIt() {
        StepNotes notes = new StepNotes(List.of(new StepNotes.Breach(PropertyId.of(Obligation.O5), "VIOLATES O5: x"),
                new StepNotes.Said("after")), Optional.empty());
        StepText s = new StepText(new TraceStep(3, "irq", notes.text(), Map.of(), notes));
        assertEquals("", s.action());
        assertEquals("VIOLATES O5: x; after", s.kernelText());
    }
}
