package uringcheck.checks.lincheck;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.lifecycle.LifecycleModel;

/**
 * The explorer half of the comparison: uringcheck's explorer on the shipped scenario that states the same
 * pattern as a {@link CataloguePattern}, breadth-first, once stopping at the first violation (the
 * counterpart of Lincheck's invocations to first failure) and once exhaustively.
 */
final class ExplorerSide {

    /** The two searches on one scenario. */
    record Outcome(String scenario, CheckResult first, CheckResult full) {
    }

    private ExplorerSide() {
    }

    static Outcome check(CataloguePattern pattern) {
        LifecycleModel model = ScenarioTargets.model(scenario(pattern));
        CheckResult first = Explorer.check(model, SearchOptions.bfs().stopAtFirst());
        CheckResult full = Explorer.check(model, SearchOptions.bfs());
        return new Outcome(model.name(), first, full);
    }

    /** The shipped scenario of {@code pattern}. */
    static Scenario scenario(CataloguePattern pattern) {
        return ScenarioCatalogue.load(pattern.scenarioFile());
    }
}
