package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uringcheck.model.Property;
import uringcheck.model.toy.CancelLivelock;
import uringcheck.model.toy.ToyMutex;

/** Every property kind catches its seeded bug, and every counterexample replays. */
class PropertyKindsTest {

    private static CheckResult checked(uringcheck.model.Model<?, ?> model, SearchOptions options) {
        CheckResult result = Explorer.check(model, options);
        ReplayRoundTrip.assertReproduces(model, result);
        return result;
    }

    @Test
    void invariantViolationHasTheShortestTraceUnderBfs() {
        ToyMutex model = new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET);
        CheckResult result = checked(model, SearchOptions.bfs());

        assertEquals(Verdict.VIOLATED, result.verdict());
        assertEquals(List.of("mutex"), result.violations().stream().map(v -> v.property().toString()).toList());
        Trace trace = result.violations().get(0).trace();
        assertEquals(4, trace.length(), "two threads see the lock free, then both take it");
        assertEquals(List.of("thread#0", "thread#1", "thread#0", "thread#1"),
                trace.steps().stream().map(TraceStep::actor).toList());
        assertEquals(Map.of("lock", "thread#0 -> thread#1", "pc[1]", "CHECKED -> IN_CS"),
                trace.steps().get(3).changes());
        assertEquals(Map.of("lock", "free", "pc[0]", "IDLE", "pc[1]", "IDLE", "pc[2]", "IDLE"), trace.initial());
    }

    @Test
    void dfsFindsTheInvariantViolationToo() {
        CheckResult result = checked(new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET), SearchOptions.dfs());
        assertEquals(Verdict.VIOLATED, result.verdict());
        assertTrue(result.violations().get(0).trace().length() >= 4);
    }

    @Test
    void quiescenceViolationIsADeadlockedEndState() {
        CheckResult result = checked(new ToyMutex(3, ToyMutex.Variant.LEAKED_LOCK), SearchOptions.bfs());

        assertEquals(List.of("all-done"), result.violations().stream().map(v -> v.property().toString()).toList());
        Violation v = result.violations().get(0);
        assertEquals(Property.Kind.AT_QUIESCENCE, v.kind());
        assertEquals(2, v.trace().length(), "thread 0 takes the lock and leaves without unlocking");
        assertEquals("leave without unlocking", v.trace().steps().get(1).action());
    }

    @Test
    void sometimesPropertyNeverReachedIsAViolation() {
        WithProperties<ToyMutex.State, Integer> model = new WithProperties<>(
                new ToyMutex(3, ToyMutex.Variant.CORRECT),
                Property.sometimes("two-inside", "two threads in the critical section at once",
                        s -> s.pc(0) == ToyMutex.Pc.IN_CS && s.pc(1) == ToyMutex.Pc.IN_CS));
        CheckResult result = checked(model, SearchOptions.bfs());

        assertEquals(Verdict.VIOLATED, result.verdict());
        Violation v = result.violation("two-inside").orElseThrow();
        assertEquals(Property.Kind.SOMETIMES, v.kind());
        assertFalse(v.replayable(), "no single path shows that a state is unreachable");
        assertTrue(TextReport.render(result).contains("no reachable state satisfies it (all 20 states explored)"));
        assertEquals(1, result.violations().size(), "the model's own sometimes-property is witnessed");
    }

    @Test
    void sometimesPropertyIsNotDecidedByAnIncompleteSearch() {
        WithProperties<ToyMutex.State, Integer> model = new WithProperties<>(
                new ToyMutex(3, ToyMutex.Variant.CORRECT),
                Property.sometimes("two-inside", "never true", s -> false));
        CheckResult result = Explorer.check(model, SearchOptions.bfs().withLimits(Limits.defaults().withMaxStates(10)));
        assertEquals(Verdict.INCOMPLETE, result.verdict());
        assertEquals("state limit 10 reached", result.limitReached().orElseThrow());
    }

    @Test
    void livelockIsCaughtOnlyByTheAlwaysRecoverableProperty() {
        CancelLivelock model = new CancelLivelock(CancelLivelock.Variant.REARM);
        for (SearchOptions options : List.of(SearchOptions.bfs(), SearchOptions.dfs())) {
            CheckResult result = checked(model, options);

            assertEquals(List.of("can-complete"), result.violations().stream().map(v -> v.property().toString()).toList(),
                    "always and at-quiescence hold: the livelock has no bad state and no dead end");
            assertTrue(result.exhaustive());
            Trace trace = result.violations().get(0).trace();
            Trap trap = trace.trap().orElseThrow();
            assertEquals(3, trap.entryStep(), "ring exit, cancel call, handler re-arms: trapped");
            assertTrue(trap.isCycle());
            assertEquals(3, trap.backTo());
            assertEquals(2, trap.size(), "the cancel pass's two states, hardware idle and command queued");
            assertEquals(5, trace.length());
        }
    }

    @Test
    void fixedCancelHandlerHolds() {
        CheckResult result = checked(new CancelLivelock(CancelLivelock.Variant.COMPLETE), SearchOptions.bfs());
        assertEquals(Verdict.HOLDS, result.verdict(), () -> TextReport.render(result));
        assertEquals(6, result.stats().states());
    }

    @Test
    void deadEndTrapIsReportedAsADeadEnd() {
        WithProperties<ToyMutex.State, Integer> model = new WithProperties<>(
                new ToyMutex(3, ToyMutex.Variant.LEAKED_LOCK),
                Property.alwaysRecoverable("can-finish", "every thread can still finish",
                        s -> s.pc(0) == ToyMutex.Pc.DONE && s.pc(1) == ToyMutex.Pc.DONE && s.pc(2) == ToyMutex.Pc.DONE));
        CheckResult result = checked(model, SearchOptions.bfs());

        Violation v = result.violation("can-finish").orElseThrow();
        Trap trap = v.trace().trap().orElseThrow();
        assertFalse(trap.isCycle());
        assertEquals(1, trap.entryStep(), "once thread 0 holds the lock its only move is to leak it");
        assertEquals(2, v.trace().length());
        assertTrue(TextReport.render(result).contains("dead end: no action enabled"));
    }

    @Test
    void everyViolatedPropertyIsReportedInPropertyOrderUnlessStoppingAtTheFirst() {
        WithProperties<ToyMutex.State, Integer> model = new WithProperties<>(
                new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET),
                Property.always("thread2-idle", "thread 2 never moves", s -> s.pc(2) == ToyMutex.Pc.IDLE));
        CheckResult all = checked(model, SearchOptions.bfs());
        assertEquals(List.of("mutex", "thread2-idle"), all.violations().stream().map(v -> v.property().toString()).toList());
        assertEquals(1, all.violation("thread2-idle").orElseThrow().trace().length());

        CheckResult first = checked(model, SearchOptions.bfs().stopAtFirst());
        assertEquals(List.of("thread2-idle"), first.violations().stream().map(v -> v.property().toString()).toList());
        assertFalse(first.exhaustive());
    }

    @Test
    void aViolatingInitialStateHasAnEmptyTraceThatReplays() {
        WithProperties<ToyMutex.State, Integer> model = new WithProperties<>(
                new ToyMutex(2, ToyMutex.Variant.CORRECT),
                Property.always("never", "no state is acceptable", s -> false));
        CheckResult result = checked(model, SearchOptions.bfs());
        Violation v = result.violation("never").orElseThrow();
        assertEquals(0, v.trace().length());
        assertTrue(TextReport.render(result).contains("  0. initial: lock=free, pc[0]=IDLE, pc[1]=IDLE\n  replay: "));
    }
}
