package uringcheck.checks.lincheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The side-by-side table of issue item 4: for each buggy catalogue pattern, what Lincheck's model
 * checker needs to report it on the threaded runtime (invocations, time) and what uringcheck's explorer
 * needs on the equivalent catalogue scenario (states, transitions, time), with the time ratio.
 *
 * <p>Not part of the default build: run it with {@code mvn -B -Pcompare -pl checks -am verify}; the
 * table goes to the console. Times vary from run to run and with machine load; counts are what to
 * compare.
 */
class LincheckVersusExplorerComparison {

    @Test
    void printSideBySideTable() {
        List<String> lines = new ArrayList<>();
        lines.add("| pattern | Lincheck invocations | Lincheck ms | explorer verdict | explorer states"
                + " | explorer transitions | explorer ms | time ratio Lincheck/explorer |");
        lines.add("|---|---|---|---|---|---|---|---|");
        boolean allFound = true;
        for (CataloguePattern pattern : List.of(CataloguePattern.P5_INLINE, CataloguePattern.P8)) {
            LincheckSearch.Outcome lincheck = LincheckSearch.run(pattern, DriverPatternLincheckTest.BUG_INVOCATION_CAP);
            allFound &= lincheck.found();
            ExplorerSide.Outcome explorer = ExplorerSide.check(pattern);
            double lincheckMs = lincheck.nanos() / 1e6;
            String invocations = lincheck.found() ? Integer.toString(lincheck.invocations())
                    : "not found in " + lincheck.invocations();
            lines.add("| " + pattern.label() + " | " + invocations + " | " + format(lincheckMs) + " | "
                    + explorer.verdict() + " | " + explorer.states() + " | " + explorer.transitions() + " | "
                    + explorer.millis() + " | " + explorer.ratio(lincheckMs) + " |");
        }
        System.out.println();
        System.out.println("Lincheck runConcurrentTest (cap " + DriverPatternLincheckTest.BUG_INVOCATION_CAP
                + " invocations; counts include Lincheck's replays of the failure) vs uringcheck explorer (BFS)");
        lines.forEach(System.out::println);
        System.out.println();
        assertTrue(allFound, "Lincheck must report every buggy pattern:\n" + String.join("\n", lines));
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.0f", millis);
    }
}
