package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import uringcheck.model.toy.ToyMutex;

/** Seeded random walks find the seeded bug, print their seed, repeat exactly, and never claim HOLDS. */
class RandomWalkTest {

    private static final ToyMutex BUGGY = new ToyMutex(4, ToyMutex.Variant.TEST_THEN_SET);

    @Test
    void findsTheSeededBugAndPrintsTheSeed() {
        CheckResult result = Explorer.check(BUGGY, SearchOptions.random(42, 200, 20));
        assertEquals(Verdict.VIOLATED, result.verdict());
        assertTrue(result.violation("mutex").isPresent());
        assertTrue(TextReport.render(result).startsWith(
                "model: toy-mutex-4-test-then-set, search: random (seed 42, 200 walks of at most 20 steps)\n"));
        assertEquals(1, ReplayRoundTrip.assertReproduces(BUGGY, result));
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        String first = Reports.stable(Explorer.check(BUGGY, SearchOptions.random(7, 200, 20)));
        String second = Reports.stable(Explorer.check(BUGGY, SearchOptions.random(7, 200, 20)));
        assertEquals(first, second);
        String other = Reports.stable(Explorer.check(BUGGY, SearchOptions.random(8, 200, 20)));
        assertNotEquals(first, other, "another seed walks elsewhere");
    }

    @Test
    void neverClaimsHolds() {
        CheckResult result = Explorer.check(new ToyMutex(4, ToyMutex.Variant.CORRECT), SearchOptions.random(3, 50, 20));
        assertEquals(Verdict.INCOMPLETE, result.verdict());
        assertEquals("walk budget used up: 50 walks of at most 20 steps, seed 3", result.limitReached().orElseThrow());
    }
}
