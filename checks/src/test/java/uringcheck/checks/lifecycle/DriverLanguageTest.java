package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TraceStep;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.scenario.ScenarioTargets;

/**
 * How the seeded bug of each driver-language construct is caught: the last step of the shortest
 * counterexample names the construct's effect. Verdicts and counts are pinned in {@link CatalogueGolden}.
 */
class DriverLanguageTest {

    private static TraceStep lastStep(String run, String property) {
        CheckResult r = Explorer.check(ScenarioTargets.model(CatalogueRun.named(run).scenario()), SearchOptions.bfs());
        Violation v = r.violation(property).orElseThrow(() -> new AssertionError(run + " does not violate " + property));
        List<TraceStep> steps = v.trace().steps();
        return steps.get(steps.size() - 1);
    }

    @Test
    void cDoneOnAHandleLoadedFromAClearedFieldIsANullDereference() {
        TraceStep last = lastStep("c-two-workers-race-for-field", "O3");
        assertEquals("kworker", last.actor());
        assertTrue(last.action().contains("on a handle that holds no command (loaded from an empty field):"
                + " io_uring_cmd_done dereferences NULL"), last.action());
    }

    @Test
    void cReleaseWithNothingParkedDereferencesNull() {
        TraceStep last = lastStep("c-completes-only-in-release", "O3");
        assertEquals("release", last.actor());
        assertTrue(last.action().contains("io_uring_cmd_done dereferences NULL"), last.action());
    }

    @Test
    void eagainFromTheWrongFlagTestIsCaughtInIoWq() {
        TraceStep last = lastStep("seed-eagain-tests-wrong-flag", "O8");
        assertEquals("io-wq", last.actor());
    }

    @Test
    void anInvertedReissueTestReadsAnUnwrittenPdu() {
        TraceStep last = lastStep("seed-fresh-issue-reads-pdu", "O6");
        assertEquals("submitter", last.actor());
        assertTrue(last.action().contains("assert_pdu reads pdu=0"), last.action());
    }

    @Test
    void aPduFieldNothingWroteIsCaughtEvenWhenAnotherFieldWasWritten() {
        TraceStep last = lastStep("c-pdu-field-unwritten-after-eagain", "O6");
        assertEquals("io-wq", last.actor());
        assertTrue(last.action().contains("read_pdu reads pdu->status=0 (slab); VIOLATES O6: io-wq reads pdu->status"
                + " of cmd#0 before anything wrote that field"), last.action());
    }

    @Test
    void theSeedVtableZeroingACancelCallNamesTheErasedField() {
        TraceStep last = lastStep("v5-cancel-zeroes-pdu-field", "O6");
        assertEquals("ring-exit", last.actor());
        assertTrue(last.action().contains("it erases the driver's live state (pdu->tag=3)"), last.action());
    }
}
