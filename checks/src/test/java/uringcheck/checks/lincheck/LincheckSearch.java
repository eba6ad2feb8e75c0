package uringcheck.checks.lincheck;

import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;

/**
 * Runs Lincheck's model checker ({@code runConcurrentTest}) on one {@link CataloguePattern} and measures
 * what it took: the number of times the scenario body ran and the wall-clock time. The count includes
 * the runs Lincheck adds after a failure to replay it and collect the interleaving; a pattern that fails
 * on the first interleaving shows that overhead.
 */
final class LincheckSearch {

    /**
     * What one search gave.
     *
     * @param found       whether Lincheck reported a failure within the invocation cap
     * @param invocations scenario bodies run (including Lincheck's replays of a failure)
     * @param nanos       wall-clock time of the search
     * @param report      Lincheck's failure report with the interleaving, empty when nothing was found
     */
    record Outcome(CataloguePattern pattern, boolean found, int invocations, long nanos, String report) {
    }

    private LincheckSearch() {
    }

    static Outcome run(CataloguePattern pattern, int invocationCap) {
        AtomicInteger runs = new AtomicInteger();
        long start = System.nanoTime();
        try {
            Lincheck.runConcurrentTest(invocationCap, () -> {
                runs.incrementAndGet();
                ThreadedScenario.run(pattern);
            });
            return new Outcome(pattern, false, runs.get(), System.nanoTime() - start, "");
        } catch (LincheckAssertionError failure) {
            return new Outcome(pattern, true, runs.get(), System.nanoTime() - start, failure.getMessage());
        }
    }
}
