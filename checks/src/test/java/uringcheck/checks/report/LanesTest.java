package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.TraceStep;
import uringcheck.model.StepNotes;
import uringcheck.model.lifecycle.state.ContextKind;

/** Lane order: every context has a lane, in the fixed order; unknown actors follow in order of appearance. */
class LanesTest {

    @Test
    void everyContextHasALaneInOrder() {
        assertEquals(List.of("userspace", "submitter", "io-wq", "task-work", "fallback-kworker", "kworker", "irq",
                "ring-exit", "exec-cancel", "release"), Lanes.canonical());
        assertEquals(ContextKind.values().length + 1, Lanes.canonical().size());
    }

    @Test
    void aTraceGetsTheLanesItUses() {
        List<StepText> steps = StepText.of(List.of(step("ring-exit"), step("t1"), step("kworker"), step("t0"),
                step("userspace"), step("t1")));
        assertEquals(List.of("userspace", "kworker", "ring-exit", "t1", "t0"), Lanes.of(steps));
    }

    private static TraceStep step(String actor) {
        return new TraceStep(1, actor, "acts", Map.of(), StepNotes.NONE);
    }
}
