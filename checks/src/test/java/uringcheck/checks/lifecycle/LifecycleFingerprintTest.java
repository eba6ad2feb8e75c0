package uringcheck.checks.lifecycle;

import uringcheck.model.lifecycle.Programs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uringcheck.checks.explore.FingerprintAudit;
import uringcheck.checks.explore.Limits;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * The lifecycle model's hand-written fingerprint merges no states: the explorer finds exactly as many
 * states and transitions with it as with the structural fingerprint, on scenarios that use every event,
 * cancel passes, task work and stale handles.
 */
class LifecycleFingerprintTest {

    @Test
    void ublkWithEveryEventMergesNothing() {
        assertEquals(7989, FingerprintAudit.assertMergesNothing(
                LifecycleFixtures.ublk("P7", true, Programs.env(2, 2, SubmitMode.INLINE, true, true, true,
                        true)), Limits.defaults()));
    }

    @Test
    void doubleTaskWorkWithStaleHandlesMergesNothing() {
        assertEquals(606, FingerprintAudit.assertMergesNothing(
                LifecycleFixtures.doubleTaskWork(Programs.inline(2)), Limits.defaults()));
    }
}
