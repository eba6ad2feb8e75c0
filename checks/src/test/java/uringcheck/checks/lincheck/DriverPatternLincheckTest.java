package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Verdict;
import uringcheck.model.Obligation;

/**
 * Lincheck's model checker ({@code runConcurrentTest}) on each driver pattern, as threaded code over the
 * runtime, against the explorer's exhaustive verdict on the scenario the pattern names: Lincheck reports
 * a failure if and only if the explorer finds a violation, and every obligation the runtime reports is
 * one the explorer finds violated (a single threaded run need not break all of them). A pattern the
 * explorer proves correct gets {@link #INVOCATIONS} interleavings; a violated one up to
 * {@link #BUG_INVOCATION_CAP}. Of a failure, a summary of at most three lines is printed and Lincheck's full
 * interleaving is kept in a file beside the surefire reports ({@link LincheckReportFile}).
 */
class DriverPatternLincheckTest {
    /** Interleavings explored per correct pattern. */
    static final int INVOCATIONS = 100;
    /** The most interleavings a buggy pattern may need before Lincheck reports it. */
    static final int BUG_INVOCATION_CAP = 1000;

    /** The explorer's results, computed before Lincheck attaches its agent and instruments classes. */
    private static final Map<CataloguePattern, CheckResult> EXPLORER = new EnumMap<>(CataloguePattern.class);

    @BeforeAll
    static void exploreEveryPatternsScenario() {
        for (CataloguePattern pattern : CataloguePattern.values()) {
            EXPLORER.put(pattern, ExplorerSide.exhaustive(pattern));
        }
    }

    @ParameterizedTest
    @EnumSource(CataloguePattern.class)
    void theRuntimeReportsWhatTheExplorerFinds(CataloguePattern pattern) {
        CheckResult explorer = EXPLORER.get(pattern);
        assertTrue(explorer.exhaustive(), pattern.label());
        boolean violated = explorer.verdict() == Verdict.VIOLATED;
        LincheckSearch.Outcome outcome = LincheckSearch.run(pattern, violated ? BUG_INVOCATION_CAP : INVOCATIONS);
        Path file = outcome.found() ? LincheckReportFile.write(getClass().getSimpleName(), pattern, outcome.report())
                : null;
        assertEquals(violated, outcome.found(), pattern.label() + ": explorer " + explorer.verdict()
                + ", Lincheck " + (outcome.found() ? "reported " + outcome.obligations() + ": see " + file
                        : "found nothing in " + outcome.invocations() + " invocations"));
        Set<Obligation> explorerViolated = ExplorerSide.violatedObligations(explorer);
        assertTrue(explorerViolated.containsAll(outcome.obligations()), pattern.label() + ": the runtime reports "
                + outcome.obligations() + ", the explorer violates " + explorerViolated);
        if (outcome.found()) {
            assertFalse(outcome.obligations().isEmpty(), pattern.label() + ": a failure naming no obligation: see "
                    + file);
            System.out.println(LincheckReportFile.summary(pattern, outcome.invocations(), outcome.obligations(),
                    outcome.report(), file));
            for (Obligation obligation : outcome.obligations()) {
                assertTrue(Pattern.compile("\\b" + obligation.name() + "\\b").matcher(outcome.report()).find(),
                        pattern.label() + ": Lincheck's report must name " + obligation + ": see " + file);
            }
        }
    }
}
