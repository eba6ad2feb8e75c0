package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import uringcheck.checks.cli.JsonReport;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ForwardingModel;
import uringcheck.checks.explore.Lasso;
import uringcheck.checks.explore.ReplayRoundTrip;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.scenario.ScenarioParser;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Fairness;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * O2 as fair liveness against O2?recoverable (always recoverable): a completion that waits for an
 * optional stimulus (the next submission) keeps the second and breaks the first, with a lasso that names
 * the submission that never came; made cancelable, the same driver holds, because userspace's exit is
 * fair. A checker that treated the submission as fair would call the hang correct.
 */
class LivenessScenariosTest {

    private static LifecycleModel model(String file) throws Exception {
        return ScenarioTargets.model(ScenarioParser.parse(Path.of("src/test/resources/scenarios-extra", file)));
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
    void aCompletionThatWaitsForTheNextSubmissionIsAHangThatAlwaysRecoverableMisses() throws Exception {
        LifecycleModel m = model("c-completes-on-next-submission.yaml");
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        assertEquals("VIOLATED 11/10/10 [O2=5]", summary(r));
        Lasso lasso = r.violations().get(0).trace().lasso().orElseThrow();
        assertTrue(lasso.stops());
        assertEquals(5, lasso.loopStart());
        assertEquals(1, lasso.neverCame().size());
        assertTrue(lasso.neverCame().get(0).startsWith("userspace: io_submit_sqes: io_uring_cmd_prep takes request"
                + " slot 1 from free_list for cmd#1"), lasso.neverCame().get(0));
        assertEquals(1, ReplayRoundTrip.assertReproduces(m, r));
        JsonNode json = JsonReport.toJson(r).get("violations").get(0).get("trace").get("lasso");
        assertEquals(5, json.get("loopStart").asInt());
        assertTrue(json.get("stops").asBoolean());
        assertEquals(lasso.neverCame().get(0), json.get("neverCame").get(0).asText());
    }

    @Test
    void theSameDriverMadeCancelableHoldsBecauseUserspaceExitIsFair() throws Exception {
        CheckResult r = Explorer.check(model("c-completes-on-next-submission-or-cancel.yaml"), SearchOptions.bfs());
        assertEquals("HOLDS 17/16/12 []", summary(r));
    }

    @Test
    void aCancelThatWaitsForReleaseBreaksO10ThoughReleaseNeverCallsDone() throws Exception {
        LifecycleModel m = model("c-cancel-waits-for-release.yaml");
        CheckResult r = Explorer.check(m, SearchOptions.bfs());
        assertEquals("VIOLATED 18/24/8 [O2=9 O2?recoverable=8 O10=9 O2?reach-ring-exit=0]", summary(r));
        assertEquals(3, ReplayRoundTrip.assertReproduces(m, r));
    }

    @Test
    void theTwoStageCancelHolds() throws Exception {
        CheckResult r = Explorer.check(model("c-cancel-then-release.yaml"), SearchOptions.bfs());
        assertEquals("HOLDS 22/27/11 []", summary(r));
    }

    @Test
    void aCheckerTreatingTheSubmissionAsFairWouldMissTheHang() throws Exception {
        LifecycleModel m = model("c-completes-on-next-submission.yaml");
        ForwardingModel<LifecycleState, LifecycleAction> submissionIsFair = new ForwardingModel<>(m) {
            @Override
            public Fairness fairness(LifecycleState state, LifecycleAction action) {
                return action.kind() == LifecycleAction.Kind.SUBMIT ? Fairness.KERNEL : m.fairness(state, action);
            }
        };
        CheckResult seeded = Explorer.check(submissionIsFair, SearchOptions.bfs());
        assertEquals(Verdict.HOLDS, seeded.verdict(), "the seeded bug hides the hang the test above pins");
        assertEquals(List.of(), seeded.violations());
    }
}
