package uringcheck.checks.explore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uringcheck.model.Fairness;
import uringcheck.model.Model;

/**
 * Labels a state's outgoing edges for the fairness check: an action's label is a number naming the action
 * (equal actions, by {@code equals}, get the same number in every state: that is how fairness tells
 * "the same action, still enabled" along a cycle) shifted left once, with the low bit set when the model
 * says the action is fair in that state ({@link Fairness#fair()}: kernel or exit).
 */
final class ActionLabels<S, A> {

    private final Model<S, A> model;
    private final Map<A, Integer> numbers = new HashMap<>();

    ActionLabels(Model<S, A> model) {
        this.model = model;
    }

    /** The labels of {@code actions}, enabled in {@code state}, in action order. */
    int[] of(S state, List<A> actions) {
        int[] out = new int[actions.size()];
        for (int i = 0; i < out.length; i++) {
            A action = actions.get(i);
            Integer number = numbers.get(action);
            if (number == null) {
                number = numbers.size();
                numbers.put(action, number);
            }
            out[i] = number << 1 | (model.fairness(state, action).fair() ? 1 : 0);
        }
        return out;
    }

    /** Whether label {@code label} is of a fair action. */
    static boolean fair(int label) {
        return (label & 1) != 0;
    }

    /** The action number of {@code label}. */
    static int action(int label) {
        return label >>> 1;
    }
}
