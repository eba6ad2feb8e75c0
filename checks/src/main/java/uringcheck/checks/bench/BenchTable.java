package uringcheck.checks.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of {@code uringcheck bench}: a fixed-width table, one row per tool and N, then per N the
 * time ratio and whether uringcheck's counts equal SPIN's unreduced counts. Numbers are formatted with
 * {@link Locale#ROOT}; only the time-derived columns (seconds, states/s) and memory vary between runs.
 */
public final class BenchTable {

    private static final String ROW = "%3s  %-24s %13s %14s %6s  %-24s %8s %8s %11s %12s %10s %8s %12s%n";

    private BenchTable() {
    }

    /** The column headings. */
    public static String header() {
        return String.format(Locale.ROOT, ROW, "N", "tool", "states", "transitions", "depth", "outcome",
                "seconds", "cpu s", "states/s", "bytes/state", "memory MB", "live MB", "alloc/state");
    }

    /**
     * The comparison of {@code all} workers with one on the same search: wall and CPU time ratios
     * (all / one) and whether the counts are equal (they must be: the search is deterministic).
     */
    public static String workerRatio(int n, int all, ExplorerRun one, ExplorerRun many) {
        boolean same = one.states() == many.states() && one.transitions() == many.transitions();
        return String.format(Locale.ROOT, "%3d  %d workers / 1: wall %.2f, cpu %s, states/s x%.2f; counts %s%n", n,
                all, many.seconds() / one.seconds(), Double.isNaN(one.cpuSeconds()) || one.cpuSeconds() <= 0 ? "-"
                        : String.format(Locale.ROOT, "%.2f", many.cpuSeconds() / one.cpuSeconds()),
                one.seconds() / many.seconds(), same ? "equal" : "DIFFER");
    }

    /**
     * The ratio line of a reduction: states, transitions and seconds without it over with it, and whether
     * both searches reached the same verdict. When the search without it stopped at a limit, the ratios are
     * lower bounds and the verdicts are not compared.
     */
    public static String reductionRatio(int n, String reduction, ExplorerRun without, ExplorerRun with) {
        String ratios = String.format(Locale.ROOT, "states /%.2f, transitions /%.2f, wall /%.2f, cpu %s",
                (double) without.states() / with.states(), (double) without.transitions() / with.transitions(),
                without.seconds() / with.seconds(), Double.isNaN(with.cpuSeconds()) || with.cpuSeconds() <= 0 ? "-"
                        : String.format(Locale.ROOT, "/%.2f", without.cpuSeconds() / with.cpuSeconds()));
        if (!without.exhaustive() && without.verdict().startsWith("INCOMPLETE")) {
            return String.format(Locale.ROOT, "%3d  %s: at least %s (the search without it stopped at a limit)%n",
                    n, reduction, ratios);
        }
        return String.format(Locale.ROOT, "%3d  %s: %s; verdict %s%n", n, reduction, ratios,
                without.verdict().equals(with.verdict()) ? "equal" : "DIFFERS");
    }

    /** One row. */
    public static String line(BenchRow row) {
        return String.format(Locale.ROOT, ROW, row.n(), row.tool(), count(row.states()),
                count(row.transitions()), row.depth(), row.outcome(),
                String.format(Locale.ROOT, "%.3f", row.seconds()),
                Double.isNaN(row.cpuSeconds()) ? "-" : String.format(Locale.ROOT, "%.3f", row.cpuSeconds()),
                row.seconds() > 0 ? count(Math.round(row.statesPerSecond())) : "-",
                String.format(Locale.ROOT, "%.2f", row.bytesPerState()),
                String.format(Locale.ROOT, "%.1f", row.memoryMegabytes()),
                Double.isNaN(row.liveMegabytes()) ? "-" : String.format(Locale.ROOT, "%.1f", row.liveMegabytes()),
                Double.isNaN(row.allocatedPerState()) ? "-" : String.format(Locale.ROOT, "%,.0f", row.allocatedPerState()));
    }

    /**
     * The lifecycle model's speed against the toy's in the same run: states/s of {@code lifecycle} over
     * states/s of {@code toy} (issue 12 asks for at least 0.4 on one worker without reduction).
     */
    public static String toyRatio(int commands, ExplorerRun lifecycle, int completers, ExplorerRun toy) {
        return String.format(Locale.ROOT, "%3d  1 worker: states/s %s of the toy's (completers, N = %d)%n", commands,
                toy.statesPerSecond() > 0 && lifecycle.statesPerSecond() > 0
                        ? String.format(Locale.ROOT, "%.2f", lifecycle.statesPerSecond() / toy.statesPerSecond()) : "-",
                completers);
    }

    /**
     * Whether both searches were exhaustive and found the same state space: equal state counts, and
     * SPIN's transitions equal to ours plus one (SPIN counts the initial state as a transition), both
     * compared {@link #asSpinPrints as pan prints them}. Empty
     * when either search stopped early, so there is nothing to compare.
     */
    public static Optional<Boolean> countsMatch(ExplorerRun ours, PanResult spin) {
        if (!ours.exhaustive() || spin.incomplete().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(asSpinPrints(ours.states()) == spin.states()
                && asSpinPrints(ours.transitions() + 1) == spin.transitions());
    }

    /**
     * {@code count} as pan prints it: pan formats its counters as doubles with {@code %9.8g}, so a
     * count of nine digits or more keeps only 8 significant digits (100,724,023 prints as
     * {@code 1.0072402e+08}).
     */
    public static long asSpinPrints(long count) {
        return new BigDecimal(count).round(new MathContext(8, RoundingMode.HALF_EVEN)).longValueExact();
    }

    /** The comparison line for one N: time ratio against SPIN without reduction, and the count check. */
    public static String comparison(int n, ExplorerRun ours, PanResult spin) {
        String ratio = spin.seconds() > 0
                ? String.format(Locale.ROOT, "%.2f", ours.seconds() / spin.seconds())
                : "n/a (spin's time rounds to 0 s)";
        if (spin.cpuSeconds() > 0 && !Double.isNaN(ours.cpuSeconds())) {
            ratio += String.format(Locale.ROOT, " (cpu time: %.2f)", ours.cpuSeconds() / spin.cpuSeconds());
        }
        String match = countsMatch(ours, spin).map(same -> same
                ? "yes (" + count(ours.states()) + " states; transitions " + count(ours.transitions())
                        + " + 1 initial state = " + count(ours.transitions() + 1)
                        + (asSpinPrints(ours.transitions() + 1) != ours.transitions() + 1
                                ? ", which spin prints to 8 significant digits as " + count(spin.transitions()) : "")
                        + ")"
                : "NO (uringcheck " + count(ours.states()) + " states, " + count(ours.transitions())
                        + " transitions; spin " + count(spin.states()) + " states, " + count(spin.transitions())
                        + " transitions including the initial state)")
                .orElse("n/a (a search stopped before exhausting the state space)");
        return String.format(Locale.ROOT, "%3d  time uringcheck / spin (no reduction): %s; state counts match: %s%n",
                n, ratio, match);
    }

    /** What the columns mean. */
    public static List<String> legend() {
        return List.of(
                "seconds: wall-clock search time (uringcheck: the explorer's clock; spin: pan's elapsed time,"
                        + " compilation excluded), the fastest of the repeated runs; states/s = states / seconds.",
                "cpu s: CPU time of that run (uringcheck: the whole JVM, garbage collection and JIT included;"
                        + " spin: the pan process); on a loaded machine it is the fairer comparison.",
                "bytes/state: uringcheck's visited-state store (fingerprints and predecessor links) per state;"
                        + " spin's total memory per state.",
                "memory MB: uringcheck's peak heap, the most heap occupied at any moment of the search, garbage"
                        + " included (the largest occupancy right before a collection, or at the end; it grows with"
                        + " the young generation the collector sized); spin's total actual memory usage.",
                "live MB: uringcheck's largest heap right after a collection, above the heap after a full"
                        + " collection before the search: what the search kept (store, frontier; 0 when no"
                        + " collection ran).",
                "alloc/state: bytes uringcheck's search allocated per state, garbage included (the search"
                        + " thread's count; - for several workers, whose threads are not counted, and for spin).",
                "transitions: spin counts the initial state as one transition, so its count is ours + 1;"
                        + " pan prints counts of 9 digits or more to 8 significant digits.");
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
