package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uringcheck.model.Obligation;

/**
 * Lincheck's model checker ({@code runConcurrentTest}) on each catalogue driver pattern, as threaded code
 * over the runtime. Correct patterns pass every explored interleaving; for each buggy pattern the test
 * asserts that Lincheck reports the failure with the obligations the catalogue names, and prints
 * Lincheck's interleaving so it stays in the surefire report ({@code *-output.txt}).
 */
class DriverPatternLincheckTest {
    /** Interleavings explored per pattern; the buggy ones fail long before. */
    static final int INVOCATIONS = 1000;

    @ParameterizedTest
    @EnumSource(value = CataloguePattern.class, names = {"P4", "P5_IOWQ", "P6", "P7"})
    void correctPatternHoldsOnEveryExploredInterleaving(CataloguePattern pattern) {
        Lincheck.runConcurrentTest(INVOCATIONS, () -> ThreadedScenario.run(pattern));
    }

    @ParameterizedTest
    @EnumSource(value = CataloguePattern.class, names = {"P5_INLINE", "P8"})
    void buggyPatternIsReportedByLincheck(CataloguePattern pattern) {
        LincheckAssertionError failure = assertThrows(LincheckAssertionError.class,
                () -> Lincheck.runConcurrentTest(INVOCATIONS, () -> ThreadedScenario.run(pattern)));
        String report = failure.getMessage();
        System.out.println("=== Lincheck report for " + pattern.label() + " ===");
        System.out.println(report);
        assertTrue(report.contains("The following interleaving leads to the error"), report);
        for (Obligation obligation : pattern.broken()) {
            assertTrue(Pattern.compile("\\b" + obligation.name() + "\\b").matcher(report).find(),
                    pattern.label() + " must be reported as breaking " + obligation + ":\n" + report);
        }
    }
}
