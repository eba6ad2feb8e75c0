package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ForwardingModel;
import uringcheck.checks.explore.Lasso;
import uringcheck.checks.explore.ReplayRoundTrip;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioParser;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Fairness;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * Task exit runs no uring_cmd cancel pass ({@code io_uring_cancel_generic(false)} with no tracked request),
 * so a ring another process holds keeps a parked command until that process closes it: a stimulus, and
 * O2 fails with a lasso naming it; {@code execve} cancels with {@code cancel_all} and waits, so a command
 * that is not cancelable hangs it.
 */
class TaskExitAndExecScenariosTest {

    private static Scenario scenario(String file) throws Exception {
        return ScenarioParser.parse(Path.of("src/test/resources/scenarios-extra", file));
    }

    private static String summary(CheckResult r) {
        StringBuilder out = new StringBuilder(r.verdict() + " " + r.stats().states() + "/"
                + r.stats().transitions() + "/" + r.stats().maxDepth() + " [");
        for (Violation v : r.violations()) {
            out.append(out.charAt(out.length() - 1) == '[' ? "" : " ").append(v.property()).append('=')
                    .append(v.trace().length());
        }
        return out.append(']').toString();
    }

    @Test
    void aParkedCommandOnASharedRingWaitsForTheOtherHoldersClose() throws Exception {
        LifecycleModel m = ScenarioTargets.model(scenario("c-shared-ring-parked-cancelable.yaml"));
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        assertEquals("VIOLATED 23/31/10 [O2=6]", summary(r));
        Lasso lasso = r.violations().get(0).trace().lasso().orElseThrow();
        assertTrue(lasso.stops());
        assertEquals(1, lasso.neverCame().size());
        assertTrue(lasso.neverCame().get(0).startsWith("userspace: the other process holding the ring closes it"),
                lasso.neverCame().get(0));
        String exit = r.violations().get(0).trace().steps().get(5).action();
        assertTrue(exit.contains("runs no uring_cmd cancel pass") && exit.contains("stays open"), exit);
        assertEquals(1, ReplayRoundTrip.assertReproduces(m, r));
    }

    @Test
    void theSameDriverOnARingOnlyTheTaskHoldsIsCancelledByRingExit() throws Exception {
        Scenario s = scenario("c-shared-ring-parked-cancelable.yaml");
        Environment e = s.environment();
        Environment own = new Environment(e.submissions(), e.slots(), false, true, false, false, false, false);
        CheckResult r = Explorer.check(ScenarioTargets.model(s.withEnvironment(own)), SearchOptions.bfs());
        assertEquals(Verdict.HOLDS, r.verdict(), summary(r));
    }

    @Test
    void aCheckerTreatingTheOtherHoldersCloseAsGuaranteedWouldMissTheHang() throws Exception {
        LifecycleModel m = ScenarioTargets.model(scenario("c-shared-ring-parked-cancelable.yaml"));
        ForwardingModel<LifecycleState, LifecycleAction> peerCloses = new ForwardingModel<>(m) {
            @Override
            public Fairness fairness(LifecycleState state, LifecycleAction action) {
                return action.kind() == LifecycleAction.Kind.PEER_CLOSE_RING ? Fairness.EXIT
                        : m.fairness(state, action);
            }
        };
        CheckResult seeded = Explorer.check(peerCloses, SearchOptions.bfs());
        assertEquals(Verdict.HOLDS, seeded.verdict(), "the seeded bug hides the hang the first test pins");
    }

    @Test
    void aKworkerCompletionNeedsNoRingExitOnASharedRing() throws Exception {
        CheckResult r = Explorer.check(ScenarioTargets.model(scenario("c-shared-ring-kworker-completes.yaml")),
                SearchOptions.bfs());
        assertEquals("HOLDS 36/67/11 []", summary(r));
    }

    @Test
    void execCancelsACancelableCommandAndGoesOn() throws Exception {
        CheckResult r = Explorer.check(ScenarioTargets.model(scenario("c-exec-cancels-parked.yaml")),
                SearchOptions.bfs());
        assertEquals("HOLDS 11/12/9 []", summary(r));
    }

    @Test
    void execHangsOnACommandNothingCompletes() throws Exception {
        LifecycleModel m = ScenarioTargets.model(scenario("c-exec-parked-not-cancelable.yaml"));
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        assertEquals(Verdict.VIOLATED, r.verdict());
        Violation o2 = r.violations().get(0);
        assertEquals("O2", o2.property().toString());
        Lasso lasso = o2.trace().lasso().orElseThrow();
        assertFalse(lasso.stops());
        assertEquals(5, lasso.loopStart());
        assertTrue(lasso.neverCame().isEmpty(), lasso.neverCame().toString());
        String loop = o2.trace().steps().get(lasso.loopStart()).action();
        assertTrue(loop.contains("io_uring_cancel_generic waits for 1 live request"), loop);
        assertEquals(2, ReplayRoundTrip.assertReproduces(m, r));
    }
}
