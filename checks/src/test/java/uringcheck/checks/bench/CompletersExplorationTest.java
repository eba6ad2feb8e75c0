package uringcheck.checks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.FingerprintAudit;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.explore.Violation;
import uringcheck.model.toy.ClaimVariant;
import uringcheck.model.toy.Completers;

/**
 * The explorer on the completers model: exact state and transition counts (the closed forms of
 * {@link Completers}' Javadoc, and the figures SPIN 6.5.2 printed for bench/completers.pml with
 * -DNOREDUCE on this project's machine, its transitions minus the initial state), and the racy
 * variant's shortest counterexample of exactly 10 steps.
 */
class CompletersExplorationTest {

    @ParameterizedTest(name = "claim, N = {0}: {1} states, {2} transitions")
    @CsvSource({
        "1, 7, 6",
        "2, 49, 80",
        "3, 327, 786",
        "4, 2081, 6624",
        "5, 12743, 50590",
        "6, 75729, 360624"})
    void claimVariantHoldsWithTheStateCountSpinFinds(int n, long states, long transitions) {
        CheckResult result = Explorer.check(new Completers(n, ClaimVariant.CLAIM), SearchOptions.bfs());
        assertEquals(Verdict.HOLDS, result.verdict());
        assertTrue(result.exhaustive());
        assertEquals(states, result.stats().states());
        assertEquals(transitions, result.stats().transitions());
        assertEquals(4 * n + 2, result.stats().maxDepth());
        assertEquals(closedFormStates(n), states, "3^N + 4N 5^(N-1)");
        assertEquals(closedFormTransitions(n), transitions, "N 3^N + N (3 5^(N-1) + 16 (N-1) 5^(N-2))");
    }

    @ParameterizedTest(name = "racy, N = {0}")
    @ValueSource(ints = {2, 3, 4, 5})
    void racyVariantViolatesO1WithAShortestTraceOfTenSteps(int n) {
        CheckResult result = Explorer.check(new Completers(n, ClaimVariant.RACY), SearchOptions.bfs().stopAtFirst());
        assertEquals(Verdict.VIOLATED, result.verdict());
        Violation violation = result.violations().get(0);
        assertEquals("O1", violation.property().toString());
        assertEquals(10, violation.trace().length());
    }

    @Test
    void aSingleRacyCompleterCannotRaceItself() {
        CheckResult result = Explorer.check(new Completers(1, ClaimVariant.RACY), SearchOptions.bfs());
        assertEquals(Verdict.HOLDS, result.verdict());
        assertEquals(8, result.stats().states(), "SPIN: 8 states, 8 transitions including the initial state");
        assertEquals(7, result.stats().transitions());
    }

    /**
     * The hand-written fingerprint merges nothing, and the racy variant's whole state space (searched
     * without properties, so no violation stops it) has the size SPIN reports with {@code pan -A}
     * (assertions ignored) for bench/completers.pml -DRACY.
     */
    @ParameterizedTest(name = "N = {0}: claim {1}, racy {2} states")
    @CsvSource({
        "1, 7, 8",
        "2, 49, 96",
        "3, 327, 1216",
        "4, 2081, 14592",
        "5, 12743, 164864"})
    void fingerprintMergesNoStatesAndRacyStateSpaceMatchesSpin(int n, long claim, long racy) {
        assertEquals(claim, FingerprintAudit.assertMergesNothing(new Completers(n, ClaimVariant.CLAIM), Limits.defaults()));
        assertEquals(racy, FingerprintAudit.assertMergesNothing(new Completers(n, ClaimVariant.RACY), Limits.defaults()));
    }

    private static long closedFormStates(int n) {
        return pow(3, n) + 4L * n * pow(5, n - 1);
    }

    private static long closedFormTransitions(int n) {
        long losers = n >= 2 ? 16L * (n - 1) * pow(5, n - 2) : 0;
        return n * pow(3, n) + n * (3 * pow(5, n - 1) + losers);
    }

    private static long pow(long base, int exponent) {
        long r = 1;
        for (int i = 0; i < exponent; i++) {
            r *= base;
        }
        return r;
    }
}
