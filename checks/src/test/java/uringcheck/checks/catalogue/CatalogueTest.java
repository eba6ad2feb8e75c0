package uringcheck.checks.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.model.toy.ToyMutex;

/** Expectations match exactly the violated property set; catalogue names are unique. */
class CatalogueTest {

    @Test
    void expectationMatchesExactlyTheViolatedProperties() {
        CheckResult result = Explorer.check(new ToyMutex(3, ToyMutex.Variant.TEST_THEN_SET), SearchOptions.bfs());
        assertTrue(Expectation.violated("mutex").matches(result));
        assertFalse(Expectation.violated("mutex", "all-done").matches(result));
        assertFalse(Expectation.violated("all-done").matches(result));
        assertFalse(Expectation.holds().matches(result));
    }

    @Test
    void incompleteMatchesNoExpectation() {
        CheckResult result = Explorer.check(new ToyMutex(3, ToyMutex.Variant.CORRECT),
                SearchOptions.bfs().withLimits(uringcheck.checks.explore.Limits.defaults().withMaxStates(2)));
        assertFalse(Expectation.holds().matches(result));
    }

    @Test
    void namesAreUniqueAndFoundByModel() {
        CheckTarget t = CheckTarget.of(new ToyMutex(2, ToyMutex.Variant.CORRECT), "two", Expectation.holds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Catalogue(List.of(t, t)));
        assertEquals("two check targets are named 'toy-mutex-2'", e.getMessage());
        List<CheckTarget> targets = new ArrayList<>(Toys.catalogue().targets());
        targets.add(t);
        Catalogue all = new Catalogue(targets);
        assertEquals(6, all.targets().size());
        assertEquals(t, all.findByModel("toy-mutex-2").orElseThrow());
    }
}
