package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uringcheck.checks.catalogue.Expectation;
import uringcheck.checks.explore.Verdict;
import uringcheck.checks.scenario.Scenario;
import uringcheck.model.Obligation;
import uringcheck.model.PropertyId;

/**
 * The threaded patterns and the explorer's scenarios must describe the same catalogue entries: same id,
 * and the same verdict (the scenario's expected violations include every obligation the threaded
 * pattern is tested to break; a pattern that holds has a scenario expected to hold).
 */
class CataloguePatternTest {

    @ParameterizedTest
    @EnumSource(CataloguePattern.class)
    void threadedPatternAndScenarioAgree(CataloguePattern pattern) {
        Scenario scenario = ExplorerSide.scenario(pattern);
        assertTrue(scenario.name().startsWith(pattern.catalogueId()), scenario.name() + " vs " + pattern);
        Expectation expected = scenario.expectation().orElse(Expectation.holds());
        assertEquals(pattern.broken().isEmpty(), expected.verdict() == Verdict.HOLDS, scenario.name());
        for (Obligation obligation : pattern.broken()) {
            assertTrue(expected.properties().contains(PropertyId.of(obligation)),
                    scenario.name() + " expects " + expected.properties() + ", the threaded pattern breaks " + obligation);
        }
    }
}
