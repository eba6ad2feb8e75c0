package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ForwardingModel;
import uringcheck.checks.explore.Lasso;
import uringcheck.checks.explore.ReplayRoundTrip;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TraceStep;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.scenario.ScenarioParser;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Fairness;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * {@code choose}, {@code may_fail} and stimuli at run time: a step with several outcomes is offered once
 * per outcome and its trace says which was taken, replay takes the same one, and a stimulus is an action
 * without fairness whose absence a fair O2 lasso names. Each construct's seeded bug is caught and its
 * correct variant holds (the counts are pinned in the golden file as well).
 */
class ChoicesAndStimuliTest {

    private static LifecycleModel model(String file) throws Exception {
        return ScenarioTargets.model(ScenarioParser.parse(Path.of("src/test/resources/scenarios-extra", file)));
    }

    private static Violation violation(CheckResult r, String property) {
        return r.violations().stream().filter(v -> v.property().equals(PropertyId.parse(property))).findFirst()
                .orElseThrow(() -> new AssertionError(property + " is not violated"));
    }

    private static List<String> actions(Violation v) {
        return v.trace().steps().stream().map(TraceStep::action).toList();
    }

    @Test
    void aChoiceIsOneStepPerAlternativeAndTheTraceNamesTheOneTaken() throws Exception {
        LifecycleModel m = model("seed-choose-parks-without-worker.yaml");
        LifecycleState s = m.initialStates().get(0);
        for (int i = 0; i < 3; i++) {
            s = m.next(s, m.actions(s).get(0));
        }
        assertEquals("[step(0), step(0, 1)]", m.actions(s).toString());
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        assertEquals(Verdict.VIOLATED, r.verdict());
        List<String> steps = actions(violation(r, "O2"));
        assertTrue(steps.stream().anyMatch(a -> a.startsWith("choose: alternative 'forgets' (2 of 2) [uring_cmd line")),
                steps.toString());
        assertEquals(2, ReplayRoundTrip.assertReproduces(m, r));
        assertEquals(Verdict.HOLDS, Explorer.check(model("seed-choose-parks-or-completes.yaml"),
                SearchOptions.bfs()).verdict());
    }

    @Test
    void aFailedCallBindsItsErrnoAndTheTraceSaysWhichErrno() throws Exception {
        LifecycleModel m = model("c-may-fail-after-publish.yaml");
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        List<String> steps = actions(violation(r, "O1"));
        assertTrue(steps.contains("kzalloc fails with -ENOMEM (ret = -ENOMEM) [uring_cmd line 17]"), steps.toString());
        assertTrue(steps.get(steps.size() - 1).startsWith("uring_cmd(cmd#0) returns -ENOMEM"), steps.toString());
        assertEquals(3, ReplayRoundTrip.assertReproduces(m, r));
        LifecycleModel correct = model("c-may-fail-before-publish.yaml");
        assertEquals(Verdict.HOLDS, Explorer.check(correct, SearchOptions.bfs()).verdict());
    }

    @Test
    void aStimulusThatNeverComesIsNamedByTheLassoAndIsNotFair() throws Exception {
        LifecycleModel m = model("seed-stimulus-reply-never-comes.yaml");
        LifecycleState s = m.initialStates().get(0);
        assertEquals(List.of(0), s.fires());
        LifecycleState submitted = m.next(s, m.actions(s).get(0));
        LifecycleAction fire = new LifecycleAction(LifecycleAction.Kind.STIMULUS_FIRE, 0, 0);
        assertTrue(m.actions(submitted).contains(fire), m.actions(submitted).toString());
        assertEquals(Fairness.STIMULUS, m.fairness(submitted, fire));
        assertEquals("stimulus", m.actor(submitted, fire));
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        Lasso lasso = violation(r, "O2").trace().lasso().orElseThrow();
        assertEquals(List.of("stimulus: stimulus server_reply comes for cmd#0 (1 of at most 2): kworker handler"
                + " reply will run"), lasso.neverCame());
        assertEquals(2, ReplayRoundTrip.assertReproduces(m, r));
    }

    /** Seeded unsoundness: a checker that treated the reply as fair would not report the plain hang. */
    @Test
    void aStimulusMadeFairHidesTheHang() throws Exception {
        LifecycleModel m = model("seed-stimulus-reply-never-comes.yaml");
        ForwardingModel<LifecycleState, LifecycleAction> fair = new ForwardingModel<>(m) {
            @Override
            public Fairness fairness(LifecycleState state, LifecycleAction action) {
                return action.kind() == LifecycleAction.Kind.STIMULUS_FIRE ? Fairness.KERNEL
                        : m.fairness(state, action);
            }
        };
        CheckResult r = Explorer.check(fair, SearchOptions.bfs());
        Lasso lasso = violation(r, "O2").trace().lasso().orElseThrow();
        assertEquals(List.of(), lasso.neverCame(), "a fair reply comes: only the replies wasted before the"
                + " command was parked leave it hanging");
    }

    @Test
    void deviceLevelStimuliRunForNoCommandAndTheClaimingVariantHolds() throws Exception {
        LifecycleModel m = model("c-stimulus-remove-races-reply.yaml");
        LifecycleState s = m.initialStates().get(0);
        assertEquals(List.of(0, 0), s.fires());
        LifecycleAction removal = new LifecycleAction(LifecycleAction.Kind.STIMULUS_FIRE, 1, 0);
        assertEquals(List.of(removal, new LifecycleAction(LifecycleAction.Kind.SUBMIT, 0),
                new LifecycleAction(LifecycleAction.Kind.CLOSE_RING, 0)), m.actions(s));
        LifecycleState fired = m.next(s, removal);
        assertEquals(-1, fired.contexts().get(0).command());
        assertEquals(List.of(0, 1), fired.fires());
        assertEquals(Optional.of("fired 1 of 1"), Optional.ofNullable(m.fields(fired).get("stimulus device_removal")));
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        List<String> steps = actions(violation(r, "O1"));
        assertTrue(steps.contains("stimulus device_removal comes for the device (1 of at most 1): kworker handler"
                + " remove will run"), steps.toString());
        assertEquals(Verdict.HOLDS, Explorer.check(model("c-stimulus-remove-claims-reply.yaml"),
                SearchOptions.bfs()).verdict());
    }
}
