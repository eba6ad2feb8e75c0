package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Verdict;

/**
 * The side-by-side table of issue item 4. For each buggy catalogue pattern: what Lincheck's model checker
 * needs to report it on the threaded runtime (invocations, time) and what uringcheck's explorer needs on
 * the shipped scenario of the same pattern (states and time to the first violation with BFS, and the
 * exhaustive BFS), with the time ratio. The correct patterns follow, as the other half of the
 * cross-check: Lincheck explores its invocation budget without a failure, the explorer proves the
 * scenario holds.
 *
 * <p>Not part of the default build: run it with {@code mvn -B -Pcompare -pl checks -am verify}; the
 * table goes to the console. Times vary from run to run and with machine load; counts are what to
 * compare, and the test asserts only verdicts (both tools agree on every pattern).
 */
class LincheckVersusExplorerComparison {
    private static final int WARM_UP_INVOCATIONS = 5;

    @Test
    void printSideBySideTable() {
        List<String> lines = new ArrayList<>();
        lines.add("| pattern | Lincheck invocations | Lincheck found | Lincheck ms | explorer scenario"
                + " | explorer verdict | states to first violation | ms to first violation | states, exhaustive"
                + " | ms, exhaustive | violated | ratio Lincheck ms / explorer ms |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> disagreements = new ArrayList<>();
        warmUp();
        List<CataloguePattern> order = List.of(CataloguePattern.P5_INLINE, CataloguePattern.P8, CataloguePattern.P9,
                CataloguePattern.P4, CataloguePattern.P5_IOWQ, CataloguePattern.P6, CataloguePattern.P7);
        for (CataloguePattern pattern : order) {
            ExplorerSide.Outcome explorer = ExplorerSide.check(pattern);
            CheckResult full = explorer.full();
            boolean buggy = full.verdict() == Verdict.VIOLATED;
            int cap = buggy ? DriverPatternLincheckTest.BUG_INVOCATION_CAP : DriverPatternLincheckTest.INVOCATIONS;
            LincheckSearch.Outcome lincheck = LincheckSearch.run(pattern, cap);
            if (lincheck.found() != buggy) {
                disagreements.add(pattern.label() + ": Lincheck found=" + lincheck.found() + ", explorer "
                        + full.verdict());
            }
            List<String> violated = new ArrayList<>();
            full.violations().forEach(v -> violated.add(v.property().toString()));
            CheckResult first = explorer.first();
            long explorerNanos = buggy ? first.stats().elapsedNanos() : full.stats().elapsedNanos();
            lines.add("| " + pattern.name() + " | " + lincheck.invocations() + " | " + (lincheck.found() ? "yes" : "no")
                    + " | " + millis(lincheck.nanos()) + " | " + explorer.scenario() + " | " + full.verdict()
                    + " | " + (buggy ? Long.toString(first.stats().states()) : "-")
                    + " | " + (buggy ? millis(first.stats().elapsedNanos()) : "-")
                    + " | " + full.stats().states() + " | " + millis(full.stats().elapsedNanos())
                    + " | " + (violated.isEmpty() ? "-" : String.join(" ", violated))
                    + " | " + String.format(Locale.ROOT, "%.0f", lincheck.nanos() / (double) Math.max(1, explorerNanos))
                    + " |");
        }
        System.out.println();
        System.out.println("Lincheck runConcurrentTest on the threaded runtime (buggy patterns: invocations until the"
                + " failure, including Lincheck's replays of it; correct patterns: the whole budget) vs uringcheck's"
                + " explorer (BFS) on the shipped scenario; both warmed up on P4 first. The ratio uses the explorer's"
                + " time to the first violation for buggy patterns, its exhaustive time for correct ones.");
        lines.forEach(System.out::println);
        System.out.println();
        assertEquals(List.of(), disagreements, String.join("\n", lines));
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
