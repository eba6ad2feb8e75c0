package uringcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A step's notes: the text of its clauses, what it did before its first breach, its breaches once each. */
class StepNotesTest {

    private static final StepNotes.Clause O3 = new StepNotes.Breach(PropertyId.of(Obligation.O3), "VIOLATES O3: b");

    @Test
    void clausesJoinIntoTheTextAndFactsAreReadByType() {
        StepNotes.PhaseMove move = new StepNotes.PhaseMove(1, "queued", "done", true, "m");
        StepNotes notes = new StepNotes(List.of(new StepNotes.Said("a"), move, O3,
                new StepNotes.Breach(PropertyId.of(Obligation.O1), "c"), O3), Optional.empty());
        assertEquals("a; m; VIOLATES O3: b; c; VIOLATES O3: b", notes.text());
        assertEquals("a; m", notes.textBeforeBreach());
        assertEquals(List.of(PropertyId.of(Obligation.O3), PropertyId.of(Obligation.O1)), notes.breaches());
        assertEquals(List.of(move), notes.moves());
        assertFalse(notes.isEmpty());
    }

    @Test
    void noneSaysNothing() {
        assertTrue(StepNotes.NONE.isEmpty());
        assertEquals("", StepNotes.NONE.text());
        assertEquals(List.of(), StepNotes.NONE.breaches());
        assertFalse(new StepNotes(List.of(), Optional.of(new StepNotes.Location("h", 0))).isEmpty());
    }
}
