package uringcheck.checks.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.catalogue.Expectation;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.ReplayRoundTrip;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.LifecycleObligations;

/**
 * The heart of {@code uringcheck check}: every shipped scenario reaches exactly the verdict its file
 * expects, by an exhaustive search, and every counterexample replays from its token (a violated
 * reachability twin has no counterexample path: nothing reaches it, so there is nothing to replay).
 */
class CatalogueVerdictTest {

    static List<String> files() {
        return ScenarioCatalogue.fileNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reachesItsExpectedVerdictAndEveryCounterexampleReplays(String file) {
        CheckTarget target = ScenarioTargets.target(ScenarioCatalogue.load(file));
        CheckResult result = Explorer.check(target.model(), SearchOptions.bfs());
        assertTrue(result.exhaustive(), file + ": " + TextReport.verdictLine(result));
        assertTrue(target.expected().matches(result), file + ": expected " + target.expected().describe()
                + ", got " + TextReport.verdictLine(result));
        if (result.verdict() == Verdict.VIOLATED) {
            long replayable = result.violations().stream().filter(Violation::replayable).count();
            assertTrue(replayable > 0, file + ": a violation without any counterexample to replay");
            assertEquals(replayable, ReplayRoundTrip.assertReproduces(target.model(), result));
        }
    }

    @Test
    void everyInScopeObligationIsShownViolatedAndSatisfied() {
        Set<String> violated = new TreeSet<>();
        List<String> holding = new ArrayList<>();
        for (Scenario s : ScenarioCatalogue.load()) {
            Expectation e = s.expectation().orElseThrow();
            if (e.verdict() == Verdict.HOLDS) {
                holding.add(s.name());
            }
            e.properties().forEach(p -> violated.add(p.toString()));
        }
        List<String> missing = new ArrayList<>();
        for (Obligation o : Obligation.values()) {
            if (!LifecycleObligations.outOfScope().containsKey(o) && !violated.contains(o.name())) {
                missing.add(o.name());
            }
        }
        assertEquals(List.of(), missing, "in-scope obligations no catalogue scenario violates");
        assertTrue(holding.size() >= 5, "scenarios that hold (each satisfies every in-scope obligation): " + holding);
    }

    @Test
    void aWrongExpectationIsCaught() {
        CheckTarget target = ScenarioTargets.target(ScenarioCatalogue.load("p05a-v4-sample-inline.yaml"));
        CheckResult result = Explorer.check(target.model(), SearchOptions.bfs());
        assertEquals(List.of("O5"), result.violations().stream().map(v -> v.property().toString()).toList());
        CheckTarget claimedHolds = new CheckTarget(target.name(), target.description(), target.model(),
                Expectation.holds());
        assertTrue(!claimedHolds.expected().matches(result));
    }
}
