package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.TraceStep;

/** Reading a lifecycle step's description: location, breaches, phase moves; other models' steps read as plain text. */
class StepTextTest {

    @Test
    void readsLocationBreachesAndMoves() {
        StepText s = StepText.of(new TraceStep(11, "kworker", "aborted[0] = 1; cmd#0 done → released; VIOLATES O9:"
                + " cmd#0 is completed twice; VIOLATES O1: DONE on cmd#0 in phase done is illegal; VIOLATES O9: again"
                + " [io_done line 24]", Map.of()));
        assertEquals("kworker", s.lane());
        assertEquals(Optional.of("io_done"), s.handler());
        assertEquals(24, s.line());
        assertEquals(List.of("O9", "O1"), s.breaches());
        assertEquals(List.of(new StepText.PhaseMove(0, "done", "released")), s.moves());
        assertEquals("aborted[0] = 1; cmd#0 done → released", s.action());
    }

    @Test
    void aStepWithoutLocationOrActorIsPlainText() {
        StepText s = StepText.of(new TraceStep(1, "", "t0 acquires [the lock]", Map.of()));
        assertEquals(Lanes.NO_ACTOR, s.lane());
        assertEquals(0, s.line());
        assertEquals(Optional.empty(), s.handler());
        assertEquals("t0 acquires [the lock]", s.kernelText());
        assertEquals(List.of(), s.breaches());
    }

    @Test
    void aHandlerLocationWithoutLineHasLineZero() {
        StepText s = StepText.of(new TraceStep(2, "release", "release runs [release]", Map.of()));
        assertEquals(Optional.of("release"), s.handler());
        assertEquals(0, s.line());
        assertEquals("release runs", s.kernelText());
    }
}
