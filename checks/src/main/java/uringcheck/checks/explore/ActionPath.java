package uringcheck.checks.explore;

import java.util.Arrays;

/**
 * A path through a model: which initial state it starts from and, at each step, the index of the
 * action taken in the list {@link uringcheck.model.Model#actions} returned for the state before it.
 * This is all a replay token carries.
 *
 * @param initialIndex index into {@link uringcheck.model.Model#initialStates()}
 * @param actions      action indices, one per step
 */
public record ActionPath(int initialIndex, int[] actions) {

    public ActionPath {
        if (initialIndex < 0) {
            throw new IllegalArgumentException("negative initial state index " + initialIndex);
        }
        actions = actions.clone();
        for (int a : actions) {
            if (a < 0) {
                throw new IllegalArgumentException("negative action index " + a);
            }
        }
    }

    /** The action indices (a copy). */
    @Override
    public int[] actions() {
        return actions.clone();
    }

    /** The number of steps. */
    public int length() {
        return actions.length;
    }

    /** The action index of step {@code i} (0-based). */
    public int action(int i) {
        return actions[i];
    }

    /**
     * The path for a reader: the initial-state index, then each step's action index, joined by {@code /}
     * (e.g. {@code 0/0/1/3}: initial state 0, then actions 0, 1 and 3). Reports print it next to the
     * replay token, which carries the same path with a checksum and the model's origin.
     */
    public String readable() {
        StringBuilder out = new StringBuilder().append(initialIndex);
        for (int a : actions) {
            out.append('/').append(a);
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionPath p && p.initialIndex == initialIndex && Arrays.equals(p.actions, actions);
    }

    @Override
    public int hashCode() {
        return 31 * initialIndex + Arrays.hashCode(actions);
    }

    @Override
    public String toString() {
        return "ActionPath[initial=" + initialIndex + ", actions=" + Arrays.toString(actions) + "]";
    }
}
