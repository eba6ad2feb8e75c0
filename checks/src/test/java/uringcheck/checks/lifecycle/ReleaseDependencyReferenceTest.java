package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * O10's memoised counterfactual answers exactly what the per-question search it replaced answers
 * ({@link ReleaseCounterfactual}), on every reachable state of every catalogue run widened to every event
 * (so userspace may close the driver's file in all of them), asked in breadth-first order, so that later
 * questions are answered from what earlier ones remembered; and no question reaches the bound. The totals
 * are pinned, so the comparison covers both answers: states where release would complete a pending command
 * and states where it would not.
 */
class ReleaseDependencyReferenceTest {

    /** Runs with more reachable states are left out (the reference repeats a whole search per state). */
    private static final int MAX_STATES = 30_000;

    @Test
    void theMemoisedAnswerIsTheReferenceAnswerOnEveryState() {
        List<String> compared = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        long asked = 0;
        long waiting = 0;
        for (CatalogueRun shipped : CatalogueRun.all()) {
            if (shipped.scenario().environment().equals(CatalogueRun.everyEvent(shipped.scenario().environment()))) {
                continue;
            }
            CatalogueRun run = shipped.variant("every-event", CatalogueRun::everyEvent);
            LifecycleModel model = ScenarioTargets.model(run.scenario());
            Optional<List<LifecycleState>> states = reachable(model);
            if (states.isEmpty()) {
                tooLarge.add(run.name());
                continue;
            }
            compared.add(run.name());
            Predicate<LifecycleState> o10 = o10(model);
            ReleaseCounterfactual reference = new ReleaseCounterfactual(model);
            for (LifecycleState s : states.get()) {
                boolean waits = reference.waitsForRelease(s);
                assertEquals(!waits, o10.test(s), () -> run + ": O10 differs on " + s);
                asked += ReleaseCounterfactual.asks(s) ? 1 : 0;
                waiting += waits ? 1 : 0;
            }
            assertEquals(Optional.empty(), model.incomplete(), run.name());
        }
        assertEquals(List.of("r12-ublk-dispatch-vs-cancel-before+every-event",
                "r13-ublk-dispatch-vs-cancel-after+every-event"), tooLarge);
        assertEquals(List.of(120, 55_844L, 55_286L), List.of(compared.size(), asked, waiting));
    }

    private static Predicate<LifecycleState> o10(LifecycleModel model) {
        return model.properties().stream().filter(p -> p.id().equals(PropertyId.of(Obligation.O10)))
                .findFirst().orElseThrow().predicate();
    }

    /** Every state reachable in {@code model}, breadth-first (concrete states), or empty beyond {@link #MAX_STATES}. */
    private static Optional<List<LifecycleState>> reachable(LifecycleModel model) {
        Set<LifecycleState> seen = new HashSet<>(model.initialStates());
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>(model.initialStates());
        List<LifecycleState> order = new ArrayList<>(model.initialStates());
        while (!queue.isEmpty()) {
            LifecycleState s = queue.poll();
            for (LifecycleAction a : model.actions(s)) {
                LifecycleState t = model.next(s, a);
                if (seen.add(t)) {
                    if (seen.size() > MAX_STATES) {
                        return Optional.empty();
                    }
                    queue.add(t);
                    order.add(t);
                }
            }
        }
        return Optional.of(order);
    }
}
