package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.LifecycleStepper;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.SubmitMode;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.PackedState;

/**
 * The lifecycle model's stepper ({@link LifecycleStepper}) packs each successor from the interpreter's working
 * world into exactly the words the successor's record packs to: on every transition of every catalogue run and
 * of P7 with three commands, the words packed from the world after the step equal the words packed from the
 * state it freezes to, that state is {@code next}'s, and the stepper's fingerprints, plain and canonical, are
 * the model's fingerprint and symmetry class fingerprint of it. A world writer that skips a component (e.g.
 * hands out an empty list for the cancelable list) packs other words on some transition and fails here.
 */
class LifecycleStepperTest {

    /** Transitions compared: every catalogue run's (the golden file's transitions, summed), P7's with three commands. */
    private static final long CATALOGUE_TRANSITIONS = 158_596;
    private static final long P7_3_TRANSITIONS = 182_962;

    @Test
    void wordsPackedFromTheWorldAreThoseOfTheFrozenSuccessorOnEveryCatalogueTransition() {
        long transitions = 0;
        for (CatalogueRun run : CatalogueRun.all()) {
            transitions += compareEveryTransition(ScenarioTargets.model(run.scenario()));
        }
        assertEquals(CATALOGUE_TRANSITIONS, transitions);
    }

    @Test
    void wordsPackedFromTheWorldAreThoseOfTheFrozenSuccessorOnP7WithThreeCommands() {
        Scenario p7 = ScenarioCatalogue.load("p07-ublk-cancel-claim.yaml");
        Environment e = p7.environment();
        List<SubmitMode> modes = List.of(e.submissions().get(0), e.submissions().get(1 % e.submissions().size()),
                e.submissions().get(2 % e.submissions().size()));
        LifecycleModel model = ScenarioTargets.model(p7.withEnvironment(e.withSubmissions(modes, Math.min(e.slots(), 3))));
        assertEquals(P7_3_TRANSITIONS, compareEveryTransition(model));
    }

    /** Explores {@code model} by {@code next} and compares every transition's stepped successor; returns their number. */
    private static long compareEveryTransition(LifecycleModel model) {
        LifecycleStepper plain = model.stepper(false);
        LifecycleStepper canonical = model.stepper(true);
        PackedState frozen = new PackedState();
        Set<LifecycleState> seen = new HashSet<>(model.initialStates());
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>(model.initialStates());
        long transitions = 0;
        while (!queue.isEmpty()) {
            LifecycleState s = queue.poll();
            List<LifecycleAction> actions = model.actions(s);
            for (int a = 0; a < actions.size(); a++) {
                LifecycleAction action = actions.get(a);
                LifecycleState next = model.next(s, action);
                String where = model.name() + ": " + action + " from " + s;
                long fingerprint = plain.step(s, action);
                LifecycleState successor = plain.successor();
                assertTrue(plain.words().sameWords(frozen.pack(successor)), () -> "words differ: " + where);
                assertEquals(next, successor, where);
                assertEquals(model.fingerprint(next), fingerprint, where);
                assertEquals(model.canonicalFingerprint(next), canonical.step(s, action), where);
                transitions++;
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return transitions;
    }
}
