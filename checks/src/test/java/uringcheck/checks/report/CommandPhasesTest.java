package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.Trace;

/** The per-command phase lanes follow the model's phase moves (SPEC §3) state by state. */
class CommandPhasesTest {

    @Test
    void followsTheDoubleCompletionOfP8() {
        Trace trace = ReportFixtures.violation(ReportFixtures.shipped("p08-ublk-cancel-no-claim.yaml"), "O3").trace();
        CommandPhases phases = CommandPhases.of(trace, StepText.of(trace.steps()));
        assertEquals(List.of(0, 1), phases.commands());
        assertEquals(List.of("not submitted", "fresh", "fresh", "queued", "queued", "queued", "queued", "queued",
                "queued", "queued", "done", "released", "released"), phases.phases().get(0));
        assertEquals(13, phases.phases().get(1).size());
        assertEquals(List.of("not submitted"), phases.phases().get(1).stream().distinct().toList());
    }
}
