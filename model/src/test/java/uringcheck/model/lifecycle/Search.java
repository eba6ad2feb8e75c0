package uringcheck.model.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * A minimal breadth-first search for tests of the lifecycle model, until the project's explorer lands:
 * all reachable states, the violated properties, and the shortest path to the first violation of each.
 * ALWAYS_RECOVERABLE goals are decided by backward reachability from goal states.
 */
final class Search<S, A> {

    /** The outcome of a search. */
    record Result<S, A>(int states, int transitions, int depth, TreeSet<String> violated,
                        Map<String, List<A>> traces, Map<String, S> witnesses) {
    }

    private Search() {
    }

    static <S, A> Result<S, A> run(Model<S, A> model) {
        Map<S, Integer> index = new HashMap<>();
        List<S> states = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        List<A> via = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        List<List<Integer>> preds = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (S s : model.initialStates()) {
            if (!index.containsKey(s)) {
                index.put(s, states.size());
                states.add(s);
                parent.add(-1);
                via.add(null);
                depth.add(0);
                preds.add(new ArrayList<>());
                queue.add(states.size() - 1);
            }
        }
        int transitions = 0;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            S s = states.get(i);
            for (A a : model.actions(s)) {
                S t = model.next(s, a);
                transitions++;
                Integer j = index.get(t);
                if (j == null) {
                    j = states.size();
                    index.put(t, j);
                    states.add(t);
                    parent.add(i);
                    via.add(a);
                    depth.add(depth.get(i) + 1);
                    preds.add(new ArrayList<>());
                    queue.add(j);
                }
                preds.get(j).add(i);
            }
        }
        TreeSet<String> violated = new TreeSet<>();
        Map<String, List<A>> traces = new HashMap<>();
        Map<String, S> witnesses = new HashMap<>();
        for (Property<S> p : model.properties()) {
            int bad = -1;
            switch (p.kind()) {
                case ALWAYS -> {
                    for (int i = 0; i < states.size() && bad < 0; i++) {
                        if (!p.predicate().test(states.get(i))) {
                            bad = i;
                        }
                    }
                }
                case AT_QUIESCENCE -> {
                    for (int i = 0; i < states.size() && bad < 0; i++) {
                        if (model.actions(states.get(i)).isEmpty() && !p.predicate().test(states.get(i))) {
                            bad = i;
                        }
                    }
                }
                case SOMETIMES -> {
                    boolean found = false;
                    for (S s : states) {
                        if (p.predicate().test(s)) {
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        violated.add(p.name());
                    }
                }
                case ALWAYS_RECOVERABLE -> {
                    boolean[] ok = new boolean[states.size()];
                    ArrayDeque<Integer> back = new ArrayDeque<>();
                    for (int i = 0; i < states.size(); i++) {
                        if (p.predicate().test(states.get(i))) {
                            ok[i] = true;
                            back.add(i);
                        }
                    }
                    while (!back.isEmpty()) {
                        for (int q : preds.get(back.poll())) {
                            if (!ok[q]) {
                                ok[q] = true;
                                back.add(q);
                            }
                        }
                    }
                    for (int i = 0; i < states.size() && bad < 0; i++) {
                        if (!ok[i]) {
                            bad = i;
                        }
                    }
                }
                default -> throw new IllegalStateException();
            }
            if (bad >= 0) {
                violated.add(p.name());
                List<A> path = new ArrayList<>();
                for (int i = bad; parent.get(i) >= 0; i = parent.get(i)) {
                    path.add(0, via.get(i));
                }
                traces.put(p.name(), path);
                witnesses.put(p.name(), states.get(bad));
            }
        }
        int maxDepth = depth.stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Result<>(states.size(), transitions, maxDepth, violated, traces, witnesses);
    }

    /** The trace of {@code path} from the initial state, one numbered line per step. */
    static <S, A> String render(Model<S, A> model, List<A> path) {
        StringBuilder sb = new StringBuilder();
        S s = model.initialStates().get(0);
        int n = 1;
        for (A a : path) {
            sb.append(n++).append(". ").append(model.actor(s, a)).append(": ").append(model.describe(s, a))
                    .append('\n');
            s = model.next(s, a);
        }
        return sb.toString();
    }
}
