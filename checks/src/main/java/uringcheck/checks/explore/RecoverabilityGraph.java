package uringcheck.checks.explore;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The explored state graph, kept only when a model has an always-recoverable property ({@code AG EF
 * goal}), as primitive int arrays: per state id the index of its first outgoing edge and its out-degree,
 * and the edge targets in action order (so an edge's action index is its offset from the state's first
 * edge). Goal states are bit sets per property.
 *
 * <p>Decision ({@link #findTrap}): a backward breadth-first search from the goal states over the reversed
 * edges (reversed once, shared by every goal) marks every state that can reach a goal; the rest form the trap. The counterexample is a shortest
 * path (forward breadth-first search from the initial states) to the first trap state, continued inside
 * the trap by always taking the first enabled action until it reaches a dead end or a state already on
 * the continuation. Every successor of a trap state is itself in the trap, so the continuation never
 * leaves it. Only meaningful after an exhaustive search.
 */
final class RecoverabilityGraph {

    /** A trap counterexample: the root (initial state id) and the full action path with its trap part. */
    record Counterexample(int rootId, int[] actions, Trap trap) {
    }

    private final long[][] goals;
    private int[] edges = new int[1024];
    private int[] labels = new int[0];
    private int edgeCount;
    private int[] first = new int[1024];
    private int[] degree = new int[1024];
    private int[] roots = new int[4];
    private int rootCount;
    /**
     * The reversed edges of states {@code 0..reversedStates-1}, built by the first {@link #findTrap} and shared
     * by every goal's (the graph is complete by then): the sources of state v's incoming edges are
     * {@code sources[inStart[v] .. inStart[v + 1])}. {@code reversedStates} is -1 before.
     */
    private int[] inStart;
    private int[] sources;
    private int reversedStates = -1;

    RecoverabilityGraph(int goalCount) {
        goals = new long[goalCount][16];
    }

    void root(int id) {
        if (rootCount == roots.length) {
            roots = Arrays.copyOf(roots, rootCount * 2);
        }
        roots[rootCount++] = id;
    }

    /** State {@code id} is being expanded; its {@code outDegree} edges follow. */
    void node(int id, int outDegree) {
        if (id >= first.length) {
            int length = Math.max(id + 1, first.length * 2);
            first = Arrays.copyOf(first, length);
            degree = Arrays.copyOf(degree, length);
        }
        first[id] = edgeCount;
        degree[id] = outDegree;
    }

    /**
     * Labels the edges of the state last announced by {@link #node}, in action order; called before
     * its edges are added.
     */
    void label(int[] actionLabels) {
        int end = edgeCount + actionLabels.length;
        if (end > labels.length) {
            labels = Arrays.copyOf(labels, Math.max(end, labels.length * 2));
        }
        System.arraycopy(actionLabels, 0, labels, edgeCount, actionLabels.length);
    }

    void edge(int to) {
        if (edgeCount == edges.length) {
            edges = Arrays.copyOf(edges, edgeCount * 2);
        }
        edges[edgeCount++] = to;
    }

    void goal(int goal, int id) {
        long[] bits = goals[goal];
        if ((id >>> 6) >= bits.length) {
            bits = Arrays.copyOf(bits, Math.max((id >>> 6) + 1, bits.length * 2));
            goals[goal] = bits;
        }
        bits[id >>> 6] |= 1L << id;
    }

    boolean isGoal(int goal, int id) {
        long[] bits = goals[goal];
        return (id >>> 6) < bits.length && (bits[id >>> 6] & (1L << id)) != 0;
    }

    int degree(int id) {
        return id < degree.length ? degree[id] : 0;
    }

    /** The index of state {@code id}'s first edge; its edges follow in action order. */
    int firstEdge(int id) {
        return first[id];
    }

    /** The target of edge {@code e}. */
    int target(int e) {
        return edges[e];
    }

    /** The label of edge {@code e} ({@link ActionLabels}). */
    int label(int e) {
        return labels[e];
    }

    /** The initial states' ids, in the order they were added. */
    int[] roots() {
        return Arrays.copyOf(roots, rootCount);
    }

    /** The trap counterexample of goal {@code goal} over states {@code 0..states-1}, or null if none. */
    Counterexample findTrap(int goal, int states) {
        BitSet canReach = canReachGoal(goal, states);
        long trapSize = states - canReach.cardinality();
        if (trapSize == 0) {
            return null;
        }
        int[] pred = new int[states];
        int[] predAction = new int[states];
        Arrays.fill(pred, -2);
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int r = 0; r < rootCount; r++) {
            pred[roots[r]] = -1;
            queue[tail++] = roots[r];
        }
        int entry = -1;
        while (head < tail) {
            int v = queue[head++];
            if (!canReach.get(v)) {
                entry = v;
                break;
            }
            for (int e = first[v]; e < first[v] + degree(v); e++) {
                int to = edges[e];
                if (pred[to] == -2) {
                    pred[to] = v;
                    predAction[to] = e - first[v];
                    queue[tail++] = to;
                }
            }
        }
        int prefixLength = 0;
        for (int v = entry; pred[v] >= 0; v = pred[v]) {
            prefixLength++;
        }
        int[] path = new int[prefixLength];
        int root = entry;
        for (int i = prefixLength - 1; i >= 0; i--) {
            path[i] = predAction[root];
            root = pred[root];
        }
        Map<Integer, Integer> stepOf = new HashMap<>();
        int step = prefixLength;
        stepOf.put(entry, step);
        int backTo = -1;
        int[] continuation = new int[16];
        int added = 0;
        for (int v = entry; degree(v) > 0; ) {
            int to = edges[first[v]];
            if (added == continuation.length) {
                continuation = Arrays.copyOf(continuation, added * 2);
            }
            continuation[added++] = 0;
            step++;
            Integer seen = stepOf.putIfAbsent(to, step);
            if (seen != null) {
                backTo = seen;
                break;
            }
            v = to;
        }
        int[] actions = Arrays.copyOf(path, prefixLength + added);
        System.arraycopy(continuation, 0, actions, prefixLength, added);
        return new Counterexample(root, actions, new Trap(prefixLength, backTo, trapSize));
    }

    /** The states that can reach a state of {@code goal}: a bit a state, so the search's random reads stay in cache. */
    private BitSet canReachGoal(int goal, int states) {
        if (reversedStates != states) {
            reverse(states);
        }
        BitSet reach = new BitSet(states);
        int[] queue = new int[states];
        int tail = 0;
        for (int v = 0; v < states; v++) {
            if (isGoal(goal, v)) {
                reach.set(v);
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int s = inStart[v]; s < inStart[v + 1]; s++) {
                if (!reach.get(sources[s])) {
                    reach.set(sources[s]);
                    queue[tail++] = sources[s];
                }
            }
        }
        return reach;
    }

    /** Builds the reversed edges of states {@code 0..states-1} ({@link #inStart}, {@link #sources}). */
    private void reverse(int states) {
        inStart = new int[states + 1];
        for (int v = 0; v < states; v++) {
            for (int e = first[v]; e < first[v] + degree(v); e++) {
                inStart[edges[e] + 1]++;
            }
        }
        for (int v = 0; v < states; v++) {
            inStart[v + 1] += inStart[v];
        }
        sources = new int[inStart[states]];
        int[] fill = Arrays.copyOf(inStart, states);
        for (int v = 0; v < states; v++) {
            for (int e = first[v]; e < first[v] + degree(v); e++) {
                sources[fill[edges[e]]++] = v;
            }
        }
        reversedStates = states;
    }
}
