package uringcheck.checks.lincheck;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import uringcheck.model.Obligation;

/**
 * Runs Lincheck's model checker ({@code runConcurrentTest}) on one {@link CataloguePattern} and records
 * what it took and what the runtime reported: the number of times the scenario body ran, the wall-clock
 * time, and the obligations of every failing run ({@link ObligationsBroken}). The count includes the
 * runs Lincheck adds after a failure to replay it and collect the interleaving; a pattern that fails on
 * the first interleaving shows that overhead.
 */
final class LincheckSearch {

    /**
     * What one search gave.
     *
     * @param found       whether Lincheck reported a failure within the invocation cap
     * @param obligations the obligations the failing runs broke (empty when nothing was found)
     * @param invocations scenario bodies run (including Lincheck's replays of a failure)
     * @param nanos       wall-clock time of the search
     * @param report      Lincheck's failure report with the interleaving, empty when nothing was found
     */
    record Outcome(CataloguePattern pattern, boolean found, Set<Obligation> obligations, int invocations, long nanos,
            String report) {
    }

    private LincheckSearch() {
    }

    static Outcome run(CataloguePattern pattern, int invocationCap) {
        AtomicInteger runs = new AtomicInteger();
        AtomicLong broken = new AtomicLong();
        long start = System.nanoTime();
        try {
            Lincheck.runConcurrentTest(invocationCap, () -> {
                runs.incrementAndGet();
                try {
                    ThreadedScenario.run(pattern);
                } catch (ObligationsBroken failure) {
                    broken.getAndAccumulate(mask(failure.obligations()), (a, b) -> a | b);
                    throw failure;
                }
            });
            return new Outcome(pattern, false, Set.of(), runs.get(), System.nanoTime() - start, "");
        } catch (LincheckAssertionError failure) {
            return new Outcome(pattern, true, obligations(broken.get()), runs.get(), System.nanoTime() - start,
                    failure.getMessage());
        }
    }

    /**
     * The obligations as a bit mask, one bit per ordinal. The body records them in an atomic, like the
     * invocation counter: a collection it wrote came back empty after Lincheck's search, which restores
     * the plain fields of objects the body reaches between invocations.
     */
    private static long mask(Iterable<Obligation> obligations) {
        long mask = 0;
        for (Obligation o : obligations) {
            mask |= 1L << o.ordinal();
        }
        return mask;
    }

    private static Set<Obligation> obligations(long mask) {
        Set<Obligation> set = EnumSet.noneOf(Obligation.class);
        for (Obligation o : Obligation.values()) {
            if ((mask & (1L << o.ordinal())) != 0) {
                set.add(o);
            }
        }
        return set;
    }
}
