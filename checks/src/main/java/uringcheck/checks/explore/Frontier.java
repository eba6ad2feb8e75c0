package uringcheck.checks.explore;

import java.util.List;

/**
 * The states waiting to be expanded, with their ids and depths, in primitive parallel arrays (no
 * boxing, no per-entry objects): first-in first-out for breadth-first search, last-in first-out for
 * depth-first search. {@link #pop()} makes the removed entry readable through {@link #state()},
 * {@link #id()} and {@link #depth()}.
 */
final class Frontier {

    private final boolean lifo;
    private Object[] states = new Object[1024];
    private int[] ids = new int[1024];
    private int[] depths = new int[1024];
    private int head;
    private int count;
    private Object state;
    private int id;
    private int depth;

    Frontier(boolean lifo) {
        this.lifo = lifo;
    }

    /**
     * A frontier holding {@code search}'s initial states that are new, in the model's order, at depth 0
     * (stopping early when the search stops); the search's counterexample paths read its store.
     */
    static <S, A> Frontier seeded(Search<S, A> search, boolean lifo) {
        Frontier frontier = new Frontier(lifo);
        search.usePaths(search.store()::pathTo);
        List<S> initial = search.model().initialStates();
        for (int i = 0; i < initial.size() && !search.stopped(); i++) {
            int id = search.addInitial(initial.get(i), i);
            if (id >= 0) {
                frontier.push(initial.get(i), id, 0);
            }
        }
        return frontier;
    }

    boolean isEmpty() {
        return count == 0;
    }

    void push(Object s, int stateId, int stateDepth) {
        if (count == states.length) {
            grow();
        }
        int slot = (head + count) & (states.length - 1);
        states[slot] = s;
        ids[slot] = stateId;
        depths[slot] = stateDepth;
        count++;
    }

    void pop() {
        int slot = lifo ? (head + count - 1) & (states.length - 1) : head;
        state = states[slot];
        id = ids[slot];
        depth = depths[slot];
        states[slot] = null;
        count--;
        if (!lifo) {
            head = (head + 1) & (states.length - 1);
        }
    }

    @SuppressWarnings("unchecked")
    <S> S state() {
        return (S) state;
    }

    int id() {
        return id;
    }

    int depth() {
        return depth;
    }

    private void grow() {
        int n = states.length;
        Object[] s = new Object[n * 2];
        int[] i = new int[n * 2];
        int[] d = new int[n * 2];
        for (int k = 0; k < count; k++) {
            int from = (head + k) & (n - 1);
            s[k] = states[from];
            i[k] = ids[from];
            d[k] = depths[from];
        }
        states = s;
        ids = i;
        depths = d;
        head = 0;
    }
}
