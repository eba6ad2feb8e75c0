package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * The explorer against a naive reference (a {@code HashMap} of distances and plain graph searches) on
 * random graphs: reachable state counts, transitions, the shortest invariant counterexample, the
 * quiescence verdict, and the always-recoverable trap (its size and the distance to it), for BFS and DFS.
 */
class DifferentialTest {

    /**
     * A random directed graph over {@code 0..size-1}: each node has 1 to 3 successors, or for odd seeds
     * sometimes none (dead ends) and a few bad nodes; every fourth seed has more goal nodes.
     */
    record RandomGraph(long seed, int size) implements Model<Integer, Integer> {

        List<Integer> successors(int node) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + node);
            int degree = seed % 2 == 1 && random.nextInt(10) < 1 ? 0 : 1 + random.nextInt(3);
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < degree; i++) {
                out.add(random.nextInt(size));
            }
            return out;
        }

        boolean bad(int node) {
            return seed % 2 == 1 && node % 97 == 13;
        }

        boolean goal(int node) {
            return node % (seed % 4 == 0 ? 3 : 11) == 0;
        }

        @Override
        public String name() {
            return "random-graph-" + seed;
        }

        @Override
        public List<Integer> initialStates() {
            return List.of(1, 2);
        }

        @Override
        public List<Integer> actions(Integer state) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < successors(state).size(); i++) {
                out.add(i);
            }
            return out;
        }

        @Override
        public Integer next(Integer state, Integer action) {
            return successors(state).get(action);
        }

        @Override
        public List<Property<Integer>> properties() {
            return List.of(
                    Property.always("not-bad", "no bad node", s -> !bad(s)),
                    Property.atQuiescence("ends-in-goal", "dead ends are goals", this::goal),
                    Property.alwaysRecoverable("recoverable", "a goal stays reachable", this::goal));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void explorerAgreesWithTheNaiveReference(long seed) {
        RandomGraph graph = new RandomGraph(seed, 400);
        Map<Integer, Integer> distance = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : graph.initialStates()) {
            if (distance.putIfAbsent(s, 0) == null) {
                queue.add(s);
            }
        }
        long transitions = 0;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : graph.successors(v)) {
                transitions++;
                if (distance.putIfAbsent(w, distance.get(v) + 1) == null) {
                    queue.add(w);
                }
            }
        }
        Optional<Integer> nearestBad = distance.entrySet().stream().filter(e -> graph.bad(e.getKey()))
                .map(Map.Entry::getValue).min(Integer::compare);
        boolean deadEndNotGoal = distance.keySet().stream()
                .anyMatch(v -> graph.successors(v).isEmpty() && !graph.goal(v));
        List<Integer> trap = distance.keySet().stream().filter(v -> !canReachGoal(graph, v)).toList();
        Optional<Integer> nearestTrap = trap.stream().map(distance::get).min(Integer::compare);

        for (SearchOptions options : List.of(SearchOptions.bfs(), SearchOptions.dfs())) {
            CheckResult result = Explorer.check(graph, options);
            String where = options.describe() + " seed " + seed;
            assertEquals(distance.size(), result.stats().states(), where);
            assertEquals(transitions, result.stats().transitions(), where);
            assertEquals(nearestBad.isPresent(), result.violation("not-bad").isPresent(), where);
            if (options.strategy() instanceof Strategy.Bfs) {
                nearestBad.ifPresent(d -> assertEquals(d.intValue(),
                        result.violation("not-bad").orElseThrow().trace().length(), where));
            }
            assertEquals(deadEndNotGoal, result.violation("ends-in-goal").isPresent(), where);
            assertEquals(!trap.isEmpty(), result.violation("recoverable").isPresent(), where);
            result.violation("recoverable").ifPresent(v -> {
                Trap t = v.trace().trap().orElseThrow();
                assertEquals(trap.size(), t.size(), where);
                assertEquals(nearestTrap.orElseThrow().intValue(), t.entryStep(), where);
            });
            ReplayRoundTrip.assertReproduces(graph, result);
        }
    }

    private static boolean canReachGoal(RandomGraph graph, int from) {
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        Map<Integer, Boolean> seen = new HashMap<>(Map.of(from, true));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (graph.goal(v)) {
                return true;
            }
            for (int w : graph.successors(v)) {
                if (seen.putIfAbsent(w, true) == null) {
                    queue.add(w);
                }
            }
        }
        return false;
    }
}
