package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * The lifecycle model's fingerprint allocates nothing and keeps its definition: every reachable state
 * of every catalogue run (found by state equality, not by fingerprints) is fingerprinted without a
 * single allocation, and P7's states keep their fingerprints (their sum is pinned; it changes only with the
 * state's shape, the packed words or their fold ({@link uringcheck.model.lifecycle.state.PackedState}), or P7's
 * reachable states, and then the golden counts change too).
 */
class StateHashTest {

    /** The sum of the fingerprints of P7's reachable states: their packed words folded four chains at a time. */
    private static final long P7_FINGERPRINT_SUM = 7_241_347_122_623_345_439L;

    @Test
    void fingerprintingAllocatesNothingOnAnyCatalogueState() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<LifecycleModel> models = new ArrayList<>();
        List<LifecycleState[]> states = new ArrayList<>();
        for (CatalogueRun run : CatalogueRun.all()) {
            LifecycleModel model = ScenarioTargets.model(run.scenario());
            models.add(model);
            states.add(reachable(model).toArray(LifecycleState[]::new));
        }
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            int count = 0;
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int m = 0; m < models.size(); m++) {
                LifecycleModel model = models.get(m);
                for (LifecycleState s : states.get(m)) {
                    sink += model.fingerprint(s);
                }
                count += states.get(m).length;
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < count, "fingerprinting " + count + " states allocated " + allocated + " bytes");
        }
        assertTrue(sink != 1);
    }

    @Test
    void p7FingerprintsAreThoseOfThePackedDefinition() {
        LifecycleModel model = ScenarioTargets.model(CatalogueRun.named("P7-ublk-cancel-claim").scenario());
        long sum = 0;
        Set<LifecycleState> states = reachable(model);
        for (LifecycleState s : states) {
            sum += model.fingerprint(s);
        }
        assertEquals(CatalogueGolden.entry("P7-ublk-cancel-claim").states(), states.size());
        assertEquals(P7_FINGERPRINT_SUM, sum);
    }

    private static Set<LifecycleState> reachable(LifecycleModel model) {
        Set<LifecycleState> seen = new HashSet<>(model.initialStates());
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            LifecycleState s = queue.poll();
            for (LifecycleAction a : model.actions(s)) {
                LifecycleState next = model.next(s, a);
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
