package uringcheck.checks.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides an {@link uringcheck.model.Property.Kind#EVENTUALLY} property on the explored graph: is there
 * a run, fair to the fair actions, that reaches a non-goal state and never reaches the goal again?
 * Such a run ends in one of two ways, and the counterexample is a lasso to the nearest one:
 * <ul>
 *   <li>a <em>stop</em>: a non-goal state where no fair action is enabled. The run may stay there:
 *       what is enabled is a stimulus that may never come, or nothing at all (a dead end).</li>
 *   <li>a <em>fair cycle</em>: a strongly connected set of non-goal states in which every fair action
 *       enabled in one of its states is also taken on one of its edges (strong fairness, see
 *       {@link uringcheck.model.Fairness}).</li>
 * </ul>
 * The fair cycles are found by Emerson-Lei refinement over Tarjan's strongly connected components: the
 * components of the non-goal subgraph are computed; a component that takes every fair action it enables
 * is fair; from one that does not, the states enabling an action it never takes are removed (no fair run
 * stays among them) and the components of the rest are examined again, until none is left. The stem is a
 * shortest path (breadth-first from the initial states) to the first state that is a stop or lies in a
 * fair component; the loop goes from there through an edge of each fair action the component enables,
 * nearest first, and back. Only meaningful after an exhaustive search.
 */
final class FairCycles {

    /**
     * A lasso counterexample.
     *
     * @param rootId    the initial state's id
     * @param actions   the stem followed by the loop (action indices)
     * @param loopStart the number of stem steps: state {@code loopStart} starts the loop (or is the stop)
     * @param stops     whether the run stops at state {@code loopStart} (no loop follows)
     */
    record Counterexample(int rootId, int[] actions, int loopStart, boolean stops) {
    }

    private final RecoverabilityGraph graph;
    private final int states;
    private final int[] pending;
    private int[] component;
    private int numbered;
    /** Tarjan's working arrays, allocated once and shared by every {@link #components} call. */
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final int[] stack;
    private final int[] calls;
    private final int[] nextEdge;
    /** {@code within[v] == round}: state v belongs to the set {@link #components} is working on. */
    private final int[] within;
    private int round;
    /**
     * {@code takenIn[a] == mark}: action number {@code a} is taken on an internal edge of the component
     * {@link #unfairStates} examines (one mark per component, so nothing is cleared or allocated per component).
     */
    private int[] takenIn = new int[64];
    private int mark;

    private FairCycles(RecoverabilityGraph graph, int goal, int states) {
        this.graph = graph;
        this.states = states;
        int count = 0;
        int[] nonGoal = new int[states];
        for (int v = 0; v < states; v++) {
            if (!graph.isGoal(goal, v)) {
                nonGoal[count++] = v;
            }
        }
        pending = Arrays.copyOf(nonGoal, count);
        index = new int[states];
        Arrays.fill(index, -1);
        low = new int[states];
        onStack = new boolean[states];
        stack = new int[states];
        calls = new int[states];
        nextEdge = new int[states];
        within = new int[states];
    }

    /** The lasso of {@code goal} over states {@code 0..states-1}, or null when every fair run reaches it. */
    static Counterexample find(RecoverabilityGraph graph, int goal, int states) {
        return new FairCycles(graph, goal, states).find();
    }

    private Counterexample find() {
        BitSet bad = new BitSet();
        for (int v : pending) {
            if (!enablesFairAction(v)) {
                bad.set(v);
            }
        }
        component = new int[states];
        Arrays.fill(component, -1);
        List<int[]> fairComponents = new ArrayList<>();
        List<int[]> work = new ArrayList<>();
        work.add(pending);
        while (!work.isEmpty()) {
            int[] set = work.remove(work.size() - 1);
            for (int[] members : components(set)) {
                boolean[] unfair = unfairStates(members);
                if (unfair == null) {
                    continue;
                }
                int[] rest = new int[members.length];
                int kept = 0;
                for (int i = 0; i < members.length; i++) {
                    if (!unfair[i]) {
                        rest[kept++] = members[i];
                    }
                }
                if (kept == members.length) {
                    fairComponents.add(members);
                    for (int v : members) {
                        bad.set(v);
                    }
                } else {
                    work.add(Arrays.copyOf(rest, kept));
                }
            }
        }
        int[] fairComponent = new int[states];
        Arrays.fill(fairComponent, -1);
        for (int c = 0; c < fairComponents.size(); c++) {
            for (int v : fairComponents.get(c)) {
                fairComponent[v] = c;
                component[v] = -2 - c;
            }
        }
        if (bad.isEmpty()) {
            return null;
        }
        int[] pred = new int[states];
        int[] predAction = new int[states];
        Arrays.fill(pred, -2);
        int[] queue = new int[states];
        int tail = 0;
        for (int r : graph.roots()) {
            pred[r] = -1;
            queue[tail++] = r;
        }
        int entry = -1;
        for (int head = 0; head < tail && entry < 0; head++) {
            int v = queue[head];
            if (bad.get(v)) {
                entry = v;
                break;
            }
            for (int e = graph.firstEdge(v); e < graph.firstEdge(v) + graph.degree(v); e++) {
                int to = graph.target(e);
                if (pred[to] == -2) {
                    pred[to] = v;
                    predAction[to] = e - graph.firstEdge(v);
                    queue[tail++] = to;
                }
            }
        }
        List<Integer> stem = new ArrayList<>();
        int root = entry;
        for (; pred[root] >= 0; root = pred[root]) {
            stem.add(0, predAction[root]);
        }
        boolean stops = !enablesFairAction(entry);
        List<Integer> loop = stops ? List.of() : loop(entry, fairComponents.get(fairComponent[entry]));
        int[] actions = new int[stem.size() + loop.size()];
        for (int i = 0; i < stem.size(); i++) {
            actions[i] = stem.get(i);
        }
        for (int i = 0; i < loop.size(); i++) {
            actions[stem.size() + i] = loop.get(i);
        }
        return new Counterexample(root, actions, stem.size(), stops);
    }

    /** Whether some fair action is enabled in {@code v}. */
    private boolean enablesFairAction(int v) {
        for (int e = graph.firstEdge(v); e < graph.firstEdge(v) + graph.degree(v); e++) {
            if (ActionLabels.fair(graph.label(e))) {
                return true;
            }
        }
        return false;
    }

    /** The fair actions enabled in {@code v}, by action number. */
    private TreeSet<Integer> kernelKeys(int v) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int e = graph.firstEdge(v); e < graph.firstEdge(v) + graph.degree(v); e++) {
            if (ActionLabels.fair(graph.label(e))) {
                out.add(ActionLabels.action(graph.label(e)));
            }
        }
        return out;
    }

    private boolean internal(int e, int c) {
        return component[graph.target(e)] == c;
    }

    /**
     * For a component ({@code members}, its number in {@link #component}): null when it has no cycle,
     * else for each member, by position, whether it enables a fair action the component never takes on an
     * internal edge (none does when the component is fair). Sized by the component, not by the graph.
     */
    private boolean[] unfairStates(int[] members) {
        int c = component[members[0]];
        mark++;
        boolean cycles = false;
        for (int v : members) {
            for (int e = graph.firstEdge(v); e < graph.firstEdge(v) + graph.degree(v); e++) {
                if (internal(e, c)) {
                    take(ActionLabels.action(graph.label(e)));
                    cycles = true;
                }
            }
        }
        if (!cycles) {
            return null;
        }
        boolean[] out = new boolean[members.length];
        for (int i = 0; i < members.length; i++) {
            int v = members[i];
            for (int e = graph.firstEdge(v); e < graph.firstEdge(v) + graph.degree(v); e++) {
                if (ActionLabels.fair(graph.label(e)) && !taken(ActionLabels.action(graph.label(e)))) {
                    out[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Marks action number {@code action} as taken inside the component {@link #unfairStates} examines. */
    private void take(int action) {
        if (action >= takenIn.length) {
            takenIn = Arrays.copyOf(takenIn, Math.max(action + 1, 2 * takenIn.length));
        }
        takenIn[action] = mark;
    }

    /** Whether action number {@code action} is taken inside the component {@link #unfairStates} examines. */
    private boolean taken(int action) {
        return action < takenIn.length && takenIn[action] == mark;
    }

    /**
     * A cycle from {@code entry} back to it inside its fair component that takes every fair action
     * enabled in one of the component's states.
     */
    private List<Integer> loop(int entry, int[] members) {
        int c = component[entry];
        TreeSet<Integer> open = new TreeSet<>();
        for (int v : members) {
            open.addAll(kernelKeys(v));
        }
        List<Integer> out = new ArrayList<>();
        int at = entry;
        while (!open.isEmpty()) {
            int[] step = nearestWitness(at, c, open);
            for (int i = 0; i < step.length; i += 2) {
                out.add(step[i] - graph.firstEdge(step[i + 1]));
                open.remove(ActionLabels.action(graph.label(step[i])));
                at = graph.target(step[i]);
            }
        }
        int[] back = at == entry && !out.isEmpty() ? new int[0] : pathTo(at, entry, c);
        for (int i = 0; i < back.length; i += 2) {
            out.add(back[i] - graph.firstEdge(back[i + 1]));
        }
        return out;
    }

    /**
     * The edges (pairs: edge, source) from {@code from} to the nearest state inside component {@code c}
     * with an internal edge taking an open action, that edge included.
     */
    private int[] nearestWitness(int from, int c, TreeSet<Integer> open) {
        return search(from, c, v -> {
            for (int e = graph.firstEdge(v); e < graph.firstEdge(v) + graph.degree(v); e++) {
                if (internal(e, c) && open.contains(ActionLabels.action(graph.label(e)))) {
                    return e;
                }
            }
            return -2;
        }, true);
    }

    /** A non-empty path inside component {@code c} from {@code from} to {@code to}. */
    private int[] pathTo(int from, int to, int c) {
        return search(from, c, v -> v == to ? -1 : -2, false);
    }

    /** Decides, at a state, whether the search ends there (-1), ends after taking an edge (it), or goes on (-2). */
    @FunctionalInterface
    private interface Goal {
        int at(int v);
    }

    private int[] search(int from, int c, Goal goal, boolean acceptStart) {
        TreeMap<Integer, int[]> pred = new TreeMap<>();
        ArrayList<Integer> queue = new ArrayList<>();
        if (acceptStart) {
            int g = goal.at(from);
            if (g != -2) {
                return g == -1 ? new int[0] : new int[] {g, from};
            }
        }
        queue.add(from);
        for (int head = 0; head < queue.size(); head++) {
            int v = queue.get(head);
            for (int e = graph.firstEdge(v); e < graph.firstEdge(v) + graph.degree(v); e++) {
                int to = graph.target(e);
                if (!internal(e, c) || pred.containsKey(to)) {
                    continue;
                }
                pred.put(to, new int[] {e, v});
                int g = goal.at(to);
                if (g != -2) {
                    List<Integer> path = new ArrayList<>();
                    if (g >= 0) {
                        path.add(g);
                        path.add(to);
                    }
                    for (int x = to; ; ) {
                        int[] p = pred.get(x);
                        path.add(0, p[1]);
                        path.add(0, p[0]);
                        x = p[1];
                        if (x == from) {
                            break;
                        }
                    }
                    return path.stream().mapToInt(Integer::intValue).toArray();
                }
                queue.add(to);
            }
        }
        throw new IllegalStateException("no path inside a strongly connected component");
    }

    /** Whether state {@code v} has an edge to itself. */
    private boolean loops(int v) {
        for (int e = graph.firstEdge(v); e < graph.firstEdge(v) + graph.degree(v); e++) {
            if (graph.target(e) == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tarjan's strongly connected components of the subgraph induced by {@code set} (iterative), each that
     * has a cycle as its states, in the order Tarjan's stack gives them (nothing decided depends on the order of
     * a component's states, nor on that of {@code set}'s): a component of one state without an edge to
     * itself has none, no run stays in it, so it is numbered but not listed (a search graph has many: every
     * state on no cycle is one). Numbers them all in {@link #component} (fresh numbers on every call).
     * Touches the working arrays only at {@code set}'s states and leaves them as it found them, so a call
     * costs the size of {@code set} and its edges, not of the whole graph.
     */
    private List<int[]> components(int[] set) {
        round++;
        for (int v : set) {
            within[v] = round;
        }
        int sp = 0;
        int counter = 0;
        List<int[]> out = new ArrayList<>();
        for (int s : set) {
            if (index[s] >= 0) {
                continue;
            }
            int depth = 0;
            calls[depth] = s;
            index[s] = low[s] = counter++;
            nextEdge[s] = graph.firstEdge(s);
            stack[sp++] = s;
            onStack[s] = true;
            while (depth >= 0) {
                int v = calls[depth];
                int end = graph.firstEdge(v) + graph.degree(v);
                if (nextEdge[v] < end) {
                    int w = graph.target(nextEdge[v]++);
                    if (within[w] != round) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        nextEdge[w] = graph.firstEdge(w);
                        stack[sp++] = w;
                        onStack[w] = true;
                        calls[++depth] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int size = 0;
                    while (stack[sp - 1 - size] != v) {
                        size++;
                    }
                    size++;
                    if (size == 1 && !loops(v)) {
                        sp--;
                        onStack[v] = false;
                        component[v] = numbered++;
                    } else {
                        int[] members = new int[size];
                        for (int i = 0; i < size; i++) {
                            int w = stack[--sp];
                            onStack[w] = false;
                            component[w] = numbered;
                            members[i] = w;
                        }
                        numbered++;
                        out.add(members);
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = calls[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        for (int v : set) {
            index[v] = -1;
        }
        return out;
    }
}
