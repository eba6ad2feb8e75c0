package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.model.Model;
import uringcheck.model.Property;

/**
 * The search explores past a breach: a state that violates one property is still expanded, so a second
 * breach reachable only through the first (a crash after a first misuse) is reported too, under its own
 * property, with its own shortest trace, in every exhaustive strategy.
 */
class PastViolationTest {

    /** 0 → 1 (breaks "first") → 2 (breaks "second", and still "first"): a counter that stops at 2. */
    private static final class Chain implements Model<Integer, String> {
        @Override
        public String name() {
            return "chain";
        }

        @Override
        public List<Integer> initialStates() {
            return List.of(0);
        }

        @Override
        public List<String> actions(Integer state) {
            return state < 2 ? List.of("step") : List.of();
        }

        @Override
        public Integer next(Integer state, String action) {
            return state + 1;
        }

        @Override
        public List<Property<Integer>> properties() {
            return List.of(Property.always("first", "no first breach", s -> s < 1),
                    Property.always("second", "no second breach", s -> s < 2));
        }
    }

    @Test
    void aBreachReachableOnlyPastAnotherIsReportedWithItsShortestTrace() {
        for (SearchOptions options : List.of(SearchOptions.bfs(), SearchOptions.dfs())) {
            CheckResult r = Explorer.check(new Chain(), options);
            assertEquals(Verdict.VIOLATED, r.verdict());
            assertEquals(2, r.violations().size(), options.describe());
            assertEquals(1, r.violations().get(0).trace().length());
            assertEquals(2, r.violations().get(1).trace().length());
            assertEquals(3, r.stats().states());
        }
    }

    @Test
    void stoppingAtTheFirstReportsOnlyTheFirst() {
        CheckResult r = Explorer.check(new Chain(), SearchOptions.bfs().stopAtFirst());
        assertEquals(1, r.violations().size());
        assertEquals("first", r.violations().get(0).property().toString());
    }
}
