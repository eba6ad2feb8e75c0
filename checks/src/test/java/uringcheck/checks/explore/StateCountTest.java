package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uringcheck.model.toy.ToyMutex;

/**
 * Exact state and transition counts of {@link ToyMutex} (correct variant), derived by hand, pinned for
 * breadth-first and depth-first search, which must agree.
 *
 * <p>Derivation for {@code n} threads. Each thread's program counter is IDLE, IN_CS or DONE, and the lock
 * owner is the thread in IN_CS (or free), so a state is determined by its counter vector. Mutual
 * exclusion allows at most one IN_CS. Every such vector is reachable: let the DONE threads run one after
 * another, then let the IN_CS thread (if any) take the lock. So the states are
 * <ul>
 *   <li>no thread in IN_CS: each thread IDLE or DONE, {@code 2^n} vectors;</li>
 *   <li>exactly one in IN_CS: {@code n} choices, the others IDLE or DONE, {@code n * 2^(n-1)} vectors;</li>
 * </ul>
 * in total {@code (n + 2) * 2^(n-1)}: 20 for n = 3, 6,144 for n = 10, 131,072 for n = 14.
 *
 * <p>Transitions (edges, each state's enabled actions): with the lock free every IDLE thread may take it,
 * {@code sum_k C(n,k) * k = n * 2^(n-1)} over the lock-free states; with the lock held only its owner
 * moves, one edge each of the {@code n * 2^(n-1)} such states. In total {@code n * 2^n}: 24, 10,240 and
 * 229,376. The deepest state is all DONE, two steps per thread: depth {@code 2n}.
 */
class StateCountTest {

    @ParameterizedTest(name = "{0} threads, {1}: {2} states")
    @CsvSource({
        "3, BFS, 20, 24",
        "3, DFS, 20, 24",
        "10, BFS, 6144, 10240",
        "10, DFS, 6144, 10240",
        "14, BFS, 131072, 229376",
        "14, DFS, 131072, 229376"})
    void countsMatchTheDerivation(int threads, String strategy, long states, long transitions) {
        long derivedStates = (threads + 2L) << (threads - 1);
        long derivedTransitions = (long) threads << threads;
        assertEquals(derivedStates, states, "the table agrees with the derivation");
        assertEquals(derivedTransitions, transitions, "the table agrees with the derivation");

        SearchOptions options = strategy.equals("BFS") ? SearchOptions.bfs() : SearchOptions.dfs();
        CheckResult result = Explorer.check(new ToyMutex(threads, ToyMutex.Variant.CORRECT), options);

        assertEquals(Verdict.HOLDS, result.verdict(), () -> TextReport.render(result));
        assertTrue(result.exhaustive());
        assertEquals(states, result.stats().states());
        assertEquals(transitions, result.stats().transitions());
        if (strategy.equals("BFS")) {
            assertEquals(2 * threads, result.stats().maxDepth());
        }
    }

    /** The store's layout claim (13.9 to 15.7 bytes per visited state, see FingerprintStore) on large models. */
    @ParameterizedTest(name = "{0} threads")
    @CsvSource({"13", "14", "15", "16"})
    void storeCostsAtMostSixteenBytesPerStateOnLargeModels(int threads) {
        CheckResult result = Explorer.check(new ToyMutex(threads, ToyMutex.Variant.CORRECT), SearchOptions.bfs());
        double bytes = result.stats().bytesPerState();
        assertTrue(bytes >= 13.9 && bytes <= 15.7, () -> "bytes/state " + bytes);
    }
}
