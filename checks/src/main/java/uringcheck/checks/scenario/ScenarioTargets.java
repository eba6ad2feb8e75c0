package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.List;

import uringcheck.checks.catalogue.Catalogue;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.catalogue.Expectation;
import uringcheck.model.lifecycle.LifecycleModel;

/**
 * Turns scenarios into what {@code uringcheck check} runs: a {@link LifecycleModel} of the driver program
 * in its environment, named after the scenario (so replay tokens name it), with the scenario's expected
 * verdict. A file without {@code expect:} is expected to hold: a driver author's claim is that the
 * strategy is correct.
 */
public final class ScenarioTargets {

    private ScenarioTargets() {
    }

    /** The lifecycle model of {@code scenario}. */
    public static LifecycleModel model(Scenario scenario) {
        return new LifecycleModel(scenario.name(), scenario.abstraction(), scenario.driver(),
                scenario.environment());
    }

    /** The check target of {@code scenario}. */
    public static CheckTarget target(Scenario scenario) {
        return new CheckTarget(scenario.name(), scenario.description(), model(scenario), expectation(scenario));
    }

    /** The scenario's {@code expect:} (holds when absent). */
    public static Expectation expectation(Scenario scenario) {
        return scenario.expectation().orElse(Expectation.holds());
    }

    /** Check targets for {@code scenarios}, in order. */
    public static Catalogue catalogue(List<Scenario> scenarios) {
        List<CheckTarget> targets = new ArrayList<>();
        for (Scenario s : scenarios) {
            targets.add(target(s));
        }
        return new Catalogue(targets);
    }

    /** The shipped scenario catalogue as check targets, in index order. */
    public static Catalogue shipped() {
        return catalogue(ScenarioCatalogue.load());
    }
}
