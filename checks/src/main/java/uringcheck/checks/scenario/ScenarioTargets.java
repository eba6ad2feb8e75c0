package uringcheck.checks.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uringcheck.checks.catalogue.Catalogue;
import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.catalogue.Expectation;
import uringcheck.checks.explore.ForwardingModel;
import uringcheck.model.Model;
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

    /**
     * The check target of {@code scenario}: its model, which also names the parts it is built from
     * ({@link Scenario#origin()}), so its replay tokens are refused by a model built from other parts.
     */
    public static CheckTarget target(Scenario scenario) {
        return new CheckTarget(scenario.name(), scenario.description(), new WithOrigin<>(model(scenario),
                scenario.origin()), expectation(scenario));
    }

    /** A scenario's model with the parts of its origin. */
    private static final class WithOrigin<S, A> extends ForwardingModel<S, A> {

        private final Map<String, String> parts;

        WithOrigin(Model<S, A> model, Map<String, String> parts) {
            super(model);
            this.parts = parts;
        }

        @Override
        public Map<String, String> parts() {
            return parts;
        }
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
