package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uringcheck.checks.explore.Verdict;

/**
 * The side-by-side table of issue item 4: for each buggy catalogue pattern, what Lincheck's model
 * checker needs to report it on the threaded runtime (invocations, time) and what uringcheck's explorer
 * needs on the shipped scenario of the same pattern (states and time to the first violation with BFS,
 * and the exhaustive BFS), with the time ratio.
 *
 * <p>Not part of the default build: run it with {@code mvn -B -Pcompare -pl checks -am verify}; the
 * table goes to the console. Times vary from run to run and with machine load; counts are what to
 * compare, and the test asserts only verdicts (both tools must find each bug).
 */
class LincheckVersusExplorerComparison {
    private static final int WARM_UP_INVOCATIONS = 5;

    @Test
    void printSideBySideTable() {
        List<String> lines = new ArrayList<>();
        lines.add("| pattern | Lincheck invocations to failure | Lincheck ms | explorer scenario"
                + " | explorer states to first violation | explorer ms to first violation"
                + " | explorer states, exhaustive | explorer ms, exhaustive | violated (exhaustive)"
                + " | ratio Lincheck time / explorer time to first violation |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|");
        List<String> problems = new ArrayList<>();
        warmUp();
        for (CataloguePattern pattern : List.of(CataloguePattern.P5_INLINE, CataloguePattern.P8)) {
            LincheckSearch.Outcome lincheck = LincheckSearch.run(pattern, DriverPatternLincheckTest.BUG_INVOCATION_CAP);
            ExplorerSide.Outcome explorer = ExplorerSide.check(pattern);
            if (!lincheck.found()) {
                problems.add(pattern.label() + ": Lincheck found nothing in " + lincheck.invocations() + " invocations");
            }
            if (explorer.full().verdict() != Verdict.VIOLATED) {
                problems.add(pattern.label() + ": explorer verdict " + explorer.full().verdict());
            }
            List<String> violated = new ArrayList<>();
            explorer.full().violations().forEach(v -> violated.add(v.property()));
            lines.add("| " + pattern.label() + " | " + (lincheck.found() ? lincheck.invocations() : "none") + " | "
                    + millis(lincheck.nanos()) + " | " + explorer.scenario() + " | "
                    + explorer.first().stats().states() + " | " + millis(explorer.first().stats().elapsedNanos())
                    + " | " + explorer.full().stats().states() + " | " + millis(explorer.full().stats().elapsedNanos())
                    + " | " + String.join(" ", violated) + " | " + explorer.ratio(lincheck.nanos()) + " |");
        }
        System.out.println();
        System.out.println("Lincheck runConcurrentTest (cap " + DriverPatternLincheckTest.BUG_INVOCATION_CAP
                + " invocations; counts include Lincheck's replays of the failure) vs uringcheck explorer (BFS);"
                + " both warmed up on P4 first");
        lines.forEach(System.out::println);
        System.out.println();
        assertEquals(List.of(), problems, String.join("\n", lines));
        assertTrue(lines.size() == 4, String.join("\n", lines));
    }

    /**
     * Pays the one-time costs before measuring: Lincheck attaching its agent and instrumenting the JDK,
     * and the JIT compiling the explorer, both on the correct pattern P4.
     */
    private static void warmUp() {
        LincheckSearch.run(CataloguePattern.P4, WARM_UP_INVOCATIONS);
        ExplorerSide.check(CataloguePattern.P4);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
