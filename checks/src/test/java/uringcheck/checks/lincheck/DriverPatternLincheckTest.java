package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uringcheck.model.Obligation;

/**
 * Lincheck's model checker ({@code runConcurrentTest}) on each catalogue driver pattern, as threaded code
 * over the runtime. Correct patterns pass every explored interleaving; for each buggy pattern the test
 * asserts that Lincheck reports the failure with the obligations the catalogue names, prints a summary of at
 * most three lines, and keeps Lincheck's full interleaving in a file beside the surefire reports
 * ({@link LincheckReportFile}).
 */
class DriverPatternLincheckTest {
    /** Interleavings explored per correct pattern. */
    static final int INVOCATIONS = 100;
    /** The most interleavings a buggy pattern may need before Lincheck reports it. */
    static final int BUG_INVOCATION_CAP = 1000;

    @ParameterizedTest
    @EnumSource(value = CataloguePattern.class, names = {"P4", "P5_IOWQ", "P6", "P7"})
    void correctPatternHoldsOnEveryExploredInterleaving(CataloguePattern pattern) {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> ThreadedScenario.run(pattern));
    }

    @ParameterizedTest
    @EnumSource(value = CataloguePattern.class, names = {"P5_INLINE", "P8", "P9"})
    void buggyPatternIsReportedByLincheck(CataloguePattern pattern) {
        LincheckSearch.Outcome outcome = LincheckSearch.run(pattern, BUG_INVOCATION_CAP);
        assertTrue(outcome.found(), pattern.label() + " was not reported within " + BUG_INVOCATION_CAP
                + " invocations");
        String report = outcome.report();
        Path file = LincheckReportFile.write(getClass().getSimpleName(), pattern, report);
        System.out.println(LincheckReportFile.summary(pattern, outcome.invocations(), pattern.broken(), report, file));
        assertTrue(report.contains("The following interleaving leads to the error"), "no interleaving in " + file);
        for (Obligation obligation : pattern.broken()) {
            assertTrue(Pattern.compile("\\b" + obligation.name() + "\\b").matcher(report).find(),
                    pattern.label() + " must be reported as breaking " + obligation + ": see " + file);
        }
    }
}
