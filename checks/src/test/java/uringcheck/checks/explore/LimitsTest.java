package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import uringcheck.model.toy.ToyMutex;

/** Every limit is honoured exactly, at every step, and makes the verdict INCOMPLETE, never HOLDS. */
class LimitsTest {

    private static final ToyMutex SMALL = new ToyMutex(3, ToyMutex.Variant.CORRECT);

    private static CheckResult withLimits(ToyMutex model, Limits limits) {
        return Explorer.check(model, SearchOptions.bfs().withLimits(limits));
    }

    @Test
    void stateLimitStopsExactlyAtTheLimit() {
        CheckResult result = withLimits(SMALL, Limits.defaults().withMaxStates(5));
        assertEquals(Verdict.INCOMPLETE, result.verdict());
        assertEquals("state limit 5 reached", result.limitReached().orElseThrow());
        assertEquals(5, result.stats().states());
        assertFalse(result.exhaustive());
    }

    @Test
    void stateLimitEqualToTheStateCountIsNotReached() {
        assertEquals(Verdict.HOLDS, withLimits(SMALL, Limits.defaults().withMaxStates(20)).verdict());
        assertEquals(Verdict.INCOMPLETE, withLimits(SMALL, Limits.defaults().withMaxStates(19)).verdict());
    }

    @Test
    void depthLimitIsReachedOnlyWhenItCutsSomething() {
        CheckResult cut = withLimits(SMALL, Limits.defaults().withMaxDepth(5));
        assertEquals(Verdict.INCOMPLETE, cut.verdict());
        assertEquals("depth limit 5 reached", cut.limitReached().orElseThrow());
        assertEquals(5, cut.stats().maxDepth());
        assertEquals(Verdict.HOLDS, withLimits(SMALL, Limits.defaults().withMaxDepth(6)).verdict());
    }

    @Test
    void timeLimitStopsABigModel() {
        ToyMutex big = new ToyMutex(22, ToyMutex.Variant.CORRECT);
        CheckResult result = withLimits(big, Limits.defaults().withMaxTime(Duration.ofMillis(1)));
        assertEquals(Verdict.INCOMPLETE, result.verdict());
        assertEquals("time limit 0.001 s reached", result.limitReached().orElseThrow());
        assertTrue(result.stats().states() < 24L << 21, "far fewer than the 50 million states of the model");
    }

    @Test
    void heapLimitStopsTheSearch() {
        CheckResult result = withLimits(SMALL, Limits.defaults().withMaxHeapBytes(1));
        assertEquals(Verdict.INCOMPLETE, result.verdict());
        assertEquals("heap limit 1 bytes reached", result.limitReached().orElseThrow());
    }

    @Test
    void aViolationFoundBeforeALimitIsStillReported() {
        CheckResult result = withLimits(new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET),
                Limits.defaults().withMaxDepth(4));
        assertEquals(Verdict.VIOLATED, result.verdict());
        assertEquals("depth limit 4 reached", result.limitReached().orElseThrow());
        assertTrue(TextReport.verdictLine(result).contains("search incomplete: depth limit 4 reached"));
    }

    @Test
    void anAstronomicalTimeBudgetIsNoError() {
        assertEquals(Verdict.HOLDS, withLimits(SMALL, Limits.defaults().withMaxTime(Duration.ofDays(365L * 1_000_000))).verdict());
    }
}
