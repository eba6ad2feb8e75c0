package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uringcheck.checks.explore.FingerprintAudit;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.scenario.ScenarioTargets;

/**
 * The lifecycle model's hand-written fingerprint merges no states: the explorer finds exactly as many
 * states and transitions with it as with the structural fingerprint, on catalogue runs with cancel passes
 * and claims (P7), every event and task work (P6 with every event), and stale handles (a task-work push
 * that lands while one is pending). The state count is the one its golden line pins.
 */
class LifecycleFingerprintTest {

    @ParameterizedTest
    @ValueSource(strings = {"P7-ublk-cancel-claim", "P6-nvme-irq-task-work+every-event",
        "c-task-work-pushed-by-issue-and-irq"})
    void theHandWrittenFingerprintMergesNothing(String name) {
        CatalogueRun run = CatalogueRun.named(name);
        long states = FingerprintAudit.assertMergesNothing(ScenarioTargets.model(run.scenario()), Limits.defaults());
        assertEquals(CatalogueGolden.entry(name).states(), states, name);
    }
}
