package uringcheck.checks.bench;

/**
 * One line of the benchmark table: one tool's search of the completers model for one N, or of a lifecycle
 * workload for one number of commands.
 *
 * @param n               the number of completers, or of commands
 * @param tool            who searched, e.g. {@code uringcheck} or {@code spin, no reduction}
 * @param states          distinct states stored
 * @param transitions     transitions as the tool counts them
 * @param depth           the deepest state reached
 * @param outcome         the verdict in the tool's words
 * @param seconds         search time, as the tool measured it
 * @param cpuSeconds      CPU time of the tool's process during the search, NaN when unknown
 * @param bytesPerState   the tool's memory per stored state (see {@link BenchTable}'s legend)
 * @param memoryMegabytes the tool's peak memory in megabytes of 2^20 bytes (uringcheck: peak heap; SPIN: total)
 * @param liveMegabytes   uringcheck's largest heap after a collection above the start's, in megabytes; NaN for SPIN
 * @param allocatedPerState bytes the search allocated per state (garbage included), NaN when not measured
 */
public record BenchRow(int n, String tool, long states, long transitions, int depth, String outcome,
                       double seconds, double cpuSeconds, double bytesPerState, double memoryMegabytes,
                       double liveMegabytes, double allocatedPerState) {

    /** Megabytes in the unit SPIN reports them. */
    private static final double MEGABYTE = 1 << 20;

    /** The row of a uringcheck run. */
    public static BenchRow of(int n, ExplorerRun run) {
        return of(n, "uringcheck", run);
    }

    /** The row of a uringcheck run, under another tool name (e.g. with its worker count). */
    public static BenchRow of(int n, String tool, ExplorerRun run) {
        return new BenchRow(n, tool, run.states(), run.transitions(), run.maxDepth(), run.verdict(),
                run.seconds(), run.cpuSeconds(), run.bytesPerState(), run.peakHeapBytes() / MEGABYTE,
                run.liveHeapBytes() / MEGABYTE, run.allocatedPerState());
    }

    /** The row of a SPIN run. */
    public static BenchRow of(int n, String tool, PanResult pan) {
        String outcome = pan.errors() > 0 ? pan.errors() + " error" + (pan.errors() == 1 ? "" : "s") + " (stopped)"
                : pan.incomplete().map(why -> "INCOMPLETE: " + why).orElse("no errors");
        return new BenchRow(n, tool, pan.states(), pan.transitions(), pan.depth(), outcome, pan.seconds(),
                pan.cpuSeconds(), pan.bytesPerState(), pan.memoryMegabytes(), Double.NaN, Double.NaN);
    }

    /** States per second, or 0 when the time is too short to measure. */
    public double statesPerSecond() {
        return seconds > 0 ? states / seconds : 0;
    }
}
