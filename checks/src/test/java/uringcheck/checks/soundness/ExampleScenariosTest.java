package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioParser;
import uringcheck.model.lifecycle.LifecycleModel;

/**
 * The two example scenario files of docs/examples: the same ublk-style driver written against fixed
 * (holds) and against v5 with the obvious cancel binding (breaks what SPEC §7 A, D and E predict).
 */
class ExampleScenariosTest {

    private static CheckResult check(String file) throws Exception {
        Scenario s = ScenarioParser.parse(Path.of("..", "docs", "examples", file));
        return Explorer.check(new LifecycleModel(s.name(), s.abstraction(), s.driver(), s.environment()),
                SearchOptions.bfs());
    }

    @Test
    void fixedUblkHolds() throws Exception {
        CheckResult r = check("fixed-ublk-cancel.yaml");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertEquals(1736, r.stats().states());
    }

    @Test
    void v5UblkBreaksWhatTheHolesPredict() throws Exception {
        CheckResult r = check("v5-ublk-cancel.yaml");
        assertEquals(Set.of("O1", "O2", "O3", "O5", "O6", "O12"), r.violations().stream()
                .flatMap(v -> v.property().asObligation().stream()).map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    }
}
