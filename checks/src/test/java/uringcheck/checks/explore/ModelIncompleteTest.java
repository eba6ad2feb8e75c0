package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uringcheck.checks.scenario.ScenarioParser;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * A model whose predicate gave up on a bound ({@link uringcheck.model.Model#incomplete()}) never gets
 * HOLDS: the search reports INCOMPLETE with the model's reason, as for a limit reached.
 */
class ModelIncompleteTest {

    @Test
    void aModelThatGaveUpIsIncompleteNotHolds() throws Exception {
        LifecycleModel m = ScenarioTargets.model(ScenarioParser.parse(
                Path.of("src/test/resources/scenarios-extra", "c-exec-cancels-parked.yaml")));
        assertEquals(Verdict.HOLDS, Explorer.check(m, SearchOptions.bfs()).verdict());
        ForwardingModel<LifecycleState, LifecycleAction> gaveUp = new ForwardingModel<>(m) {
            @Override
            public Optional<String> incomplete() {
                return Optional.of("O10 undecided: seeded");
            }
        };
        CheckResult r = Explorer.check(gaveUp, SearchOptions.bfs());
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        assertEquals(Optional.of("O10 undecided: seeded"), r.limitReached());
        assertFalse(r.exhaustive());
    }
}
