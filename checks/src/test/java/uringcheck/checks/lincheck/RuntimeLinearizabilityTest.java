package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of the runtime's per-command operations ({@link RuntimeOperations}) against the
 * sequential specification derived from the transition table ({@link LifecycleSpecification}), by
 * Lincheck's model checker and by its stress strategy; and the proof that the check can fail: the same
 * operations on unchecked handles are reported.
 */
class RuntimeLinearizabilityTest {

    private static ModelCheckingOptions modelChecking() {
        return new ModelCheckingOptions()
                .threads(3)
                .actorsBefore(2)
                .actorsPerThread(2)
                .actorsAfter(1)
                .iterations(10)
                .invocationsPerIteration(100)
                .sequentialSpecification(LifecycleSpecification.class);
    }

    @Test
    void modelCheckingFindsEveryExploredExecutionLinearizable() {
        modelChecking().check(RuntimeOperations.class);
    }

    @Test
    void stressFindsEveryExecutionLinearizable() {
        new StressOptions()
                .threads(3)
                .actorsBefore(2)
                .actorsPerThread(2)
                .actorsAfter(1)
                .iterations(10)
                .invocationsPerIteration(1000)
                .sequentialSpecification(LifecycleSpecification.class)
                .check(RuntimeOperations.class);
    }

    @Test
    void uncheckedHandlesAreReportedAsNotLinearizable() {
        LincheckAssertionError failure = assertThrows(LincheckAssertionError.class,
                () -> modelChecking().minimizeFailedScenario(false).check(UncheckedHandleOperations.class));
        String report = failure.getMessage();
        System.out.println("=== Lincheck report for unchecked handles ===");
        System.out.println(report);
        assertTrue(report.contains("Invalid execution results"), report);
    }
}
