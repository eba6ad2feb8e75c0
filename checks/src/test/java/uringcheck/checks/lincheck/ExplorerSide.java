package uringcheck.checks.lincheck;

import java.util.EnumSet;
import java.util.Set;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.LifecycleModel;

/**
 * The explorer half of the comparison: uringcheck's explorer on the shipped scenario a
 * {@link CataloguePattern} names, breadth-first, exhaustively (and, for the timing table, stopping at
 * the first violation, the counterpart of Lincheck's invocations to first failure).
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
        return new Outcome(model.name(), first, exhaustive(pattern));
    }

    /** The exhaustive breadth-first result on the pattern's scenario. */
    static CheckResult exhaustive(CataloguePattern pattern) {
        return Explorer.check(ScenarioTargets.model(scenario(pattern)), SearchOptions.bfs());
    }

    /** The obligations {@code result} violates (reachability twins, which name no obligation, left out). */
    static Set<Obligation> violatedObligations(CheckResult result) {
        Set<Obligation> violated = EnumSet.noneOf(Obligation.class);
        for (Violation v : result.violations()) {
            if (v.property() instanceof PropertyId.Of of) {
                violated.add(of.obligation());
            }
        }
        return violated;
    }

    /** The shipped scenario whose {@code scenario:} name the pattern carries. */
    static Scenario scenario(CataloguePattern pattern) {
        return ScenarioCatalogue.load().stream().filter(s -> s.name().equals(pattern.scenario())).findFirst()
                .orElseThrow(() -> new AssertionError(pattern + " names " + pattern.scenario()
                        + ", which is not a shipped scenario"));
    }
}
