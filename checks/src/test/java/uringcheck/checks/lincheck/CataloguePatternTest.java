package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uringcheck.checks.scenario.Scenario;
import uringcheck.model.concurrent.SubmitPath;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * Each threaded pattern names a shipped scenario, and runs in a world that scenario covers: its submit
 * path is one of the scenario's commands, and it races ring exit only if the scenario allows ring exit.
 */
class CataloguePatternTest {

    @ParameterizedTest
    @EnumSource(CataloguePattern.class)
    void thePatternNamesAShippedScenarioThatCoversItsWorld(CataloguePattern pattern) {
        Scenario scenario = ExplorerSide.scenario(pattern);
        assertEquals(pattern.scenario(), scenario.name());
        SubmitMode mode = pattern.path() == SubmitPath.ASYNC ? SubmitMode.IOWQ : SubmitMode.INLINE;
        assertTrue(scenario.environment().submissions().contains(mode),
                scenario.name() + " submits " + scenario.environment().submissions() + ", the pattern " + mode);
        assertTrue(!pattern.ringExit() || scenario.environment().ringExit(),
                scenario.name() + " has no ring exit, the pattern races one");
    }
}
