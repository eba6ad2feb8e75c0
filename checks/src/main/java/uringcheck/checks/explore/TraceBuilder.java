package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uringcheck.model.Fairness;
import uringcheck.model.Model;
import uringcheck.model.PropertyId;
import uringcheck.model.Successor;

/**
 * Rebuilds a {@link Trace} by re-executing an {@link ActionPath} from its initial state: each step takes
 * the indexed action among those {@link Model#actions} returns, names its actor, executes it once with
 * {@link Model#step} (successor, description and notes together), and lists the fields ({@link Model#fields}) whose rendering changed, in field order.
 */
final class TraceBuilder {

    private static final String ABSENT = "(none)";

    private TraceBuilder() {
    }

    /** The trace of {@code path}, with the model's explanation of why its last state violates {@code property}. */
    static <S, A> Trace build(Model<S, A> model, ActionPath path, Optional<Trap> trap, PropertyId property) {
        return build(model, path, trap, property, -1);
    }

    /**
     * The trace of {@code path}; with {@code loopStart >= 0} it is a {@link Lasso} whose loop runs from
     * state {@code loopStart} to the end of the path (empty: the run stops there), and the stimuli enabled
     * from that state on but never taken in the loop are collected along the way.
     */
    static <S, A> Trace build(Model<S, A> model, ActionPath path, Optional<Trap> trap, PropertyId property,
                              int loopStart) {
        List<S> initial = model.initialStates();
        if (path.initialIndex() >= initial.size()) {
            throw new ReplayException("the path starts at initial state " + path.initialIndex()
                    + " but model '" + model.name() + "' has only " + initial.size());
        }
        S state = initial.get(path.initialIndex());
        Map<String, String> before = model.fields(state);
        Map<String, String> first = before;
        List<TraceStep> steps = new ArrayList<>();
        Map<A, String> offered = new LinkedHashMap<>();
        Set<A> taken = new HashSet<>();
        for (int i = 0; i < path.length() || i == loopStart; i++) {
            List<A> actions = model.actions(state);
            if (loopStart >= 0 && i >= loopStart) {
                for (A offer : actions) {
                    if (model.fairness(state, offer) == Fairness.STIMULUS && !offered.containsKey(offer)) {
                        offered.put(offer, model.actor(state, offer) + ": " + model.describe(state, offer));
                    }
                }
            }
            if (i == path.length()) {
                break;
            }
            int a = path.action(i);
            if (a >= actions.size()) {
                throw new ReplayException("step " + (i + 1) + " takes action " + a + " but only "
                        + actions.size() + " actions are enabled in state " + i + " of model '"
                        + model.name() + "'");
            }
            A action = actions.get(a);
            if (loopStart >= 0 && i >= loopStart) {
                taken.add(action);
            }
            String actor = model.actor(state, action);
            Successor<S> successor = model.step(state, action);
            state = successor.state();
            Map<String, String> after = model.fields(state);
            steps.add(new TraceStep(i + 1, actor, successor.description(), changes(before, after),
                    successor.notes()));
            before = after;
        }
        Optional<Lasso> lasso = Optional.empty();
        if (loopStart >= 0) {
            List<String> neverCame = new ArrayList<>();
            offered.forEach((offer, text) -> {
                if (!taken.contains(offer)) {
                    neverCame.add(text);
                }
            });
            lasso = Optional.of(new Lasso(loopStart, loopStart == path.length(), neverCame));
        }
        return new Trace(first, steps, trap, path, model.explain(state, property), lasso);
    }

    private static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.getOrDefault(field.getKey(), ABSENT);
            if (!old.equals(field.getValue())) {
                out.put(field.getKey(), old + " -> " + field.getValue());
            }
        }
        for (Map.Entry<String, String> field : before.entrySet()) {
            if (!after.containsKey(field.getKey())) {
                out.put(field.getKey(), field.getValue() + " -> " + ABSENT);
            }
        }
        return out;
    }
}
