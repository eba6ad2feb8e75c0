package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import uringcheck.model.PropertyId;
import uringcheck.model.Successor;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * A path through a {@link LifecycleModel} chosen step by step: each step names the actor and a fragment
 * of the description it must have, and fails the test if no enabled action matches.
 */
final class Walk {

    private final LifecycleModel model;
    private LifecycleState state;
    private final List<String> log = new ArrayList<>();

    Walk(LifecycleModel model) {
        this.model = model;
        this.state = model.initialStates().get(0);
    }

    /** Takes the first enabled action of {@code actor} whose description contains {@code fragment}. */
    Walk step(String actor, String fragment) {
        for (LifecycleAction a : model.actions(state)) {
            Successor<LifecycleState> next = model.step(state, a);
            if (model.actor(state, a).equals(actor) && next.description().contains(fragment)) {
                assertEquals(model.next(state, a), next.state(), "step and next disagree");
                assertTrue(next.description().startsWith(next.notes().text()), "notes and description disagree");
                for (PropertyId breach : next.notes().breaches()) {
                    assertTrue(next.state().faults().stream()
                            .anyMatch(f -> breach.equals(PropertyId.of(f.obligation()))), breach + " said, not recorded");
                }
                log.add(actor + ": " + next.description());
                state = next.state();
                return this;
            }
        }
        List<String> enabled = new ArrayList<>();
        for (LifecycleAction a : model.actions(state)) {
            enabled.add(model.actor(state, a) + ": " + model.describe(state, a));
        }
        return fail("no enabled step of " + actor + " containing '" + fragment + "'; enabled: " + enabled
                + "; path so far: " + log);
    }

    /** Takes {@code n} steps of {@code actor}, whatever they do. */
    Walk steps(String actor, int n) {
        for (int i = 0; i < n; i++) {
            step(actor, "");
        }
        return this;
    }

    /** Whether some enabled action belongs to {@code actor}. */
    boolean canAct(String actor) {
        for (LifecycleAction a : model.actions(state)) {
            if (model.actor(state, a).equals(actor)) {
                return true;
            }
        }
        return false;
    }

    /** The description of the last step taken. */
    String last() {
        return log.get(log.size() - 1);
    }

    LifecycleState state() {
        return state;
    }
}
