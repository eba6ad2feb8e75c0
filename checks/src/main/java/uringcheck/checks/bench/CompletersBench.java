package uringcheck.checks.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.Stats;
import uringcheck.model.toy.ClaimVariant;
import uringcheck.model.toy.Completers;

/**
 * The measurements behind {@code uringcheck bench}: uringcheck's breadth-first search and SPIN's
 * exhaustive search of the same completers model, each repeated and the fastest run kept.
 *
 * <p>The explorer runs with the state limit raised to what its store can hold and an hour's time
 * budget, so that N up to 10 is exhaustive; the racy variant stops at the first violation, as SPIN
 * does at the first assertion failure.
 */
public final class CompletersBench {

    /** pan's search stack depth: far above the model's depth 4N + 2. */
    public static final int SPIN_MAX_DEPTH = 10_000;

    private final int repeat;

    /** A benchmark that runs every measurement {@code repeat} times and keeps the fastest. */
    public CompletersBench(int repeat) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        }
        this.repeat = repeat;
    }

    /** The fastest of {@code repeat} explorer runs on {@code n} completers. */
    public ExplorerRun explore(int n, ClaimVariant variant) {
        Completers model = new Completers(n, variant);
        SearchOptions options = SearchOptions.bfs().withLimits(Limits.defaults()
                .withMaxStates(Integer.MAX_VALUE - 1L).withMaxTime(Duration.ofHours(1)));
        if (variant == ClaimVariant.RACY) {
            options = options.stopAtFirst();
        }
        ExplorerRun best = null;
        for (int k = 0; k < repeat; k++) {
            ExplorerRun run;
            try (PeakHeap heap = PeakHeap.start()) {
                long cpuBefore = processCpuNanos();
                SearchAllocation allocated = SearchAllocation.start();
                CheckResult result = Explorer.check(model, options);
                long allocation = allocated.bytes();
                double cpu = cpuBefore < 0 ? Double.NaN : (processCpuNanos() - cpuBefore) / 1e9;
                Stats stats = result.stats();
                String verdict = outcome(result);
                PeakHeap.Use use = heap.stop();
                run = new ExplorerRun(stats.states(), stats.transitions(), stats.maxDepth(), verdict,
                        result.exhaustive(), stats.elapsedNanos() / 1e9, cpu, stats.bytesPerState(),
                        use.peakBytes(), use.liveBytes(), allocation);
            }
            if (best == null || run.seconds() < best.seconds()) {
                best = run;
            }
        }
        return best;
    }

    /**
     * The verdict in a few words: {@code HOLDS}, {@code VIOLATED O1 in 10 steps} (the first violation's
     * property and trace length), or {@code INCOMPLETE} with the limit that stopped the search.
     */
    static String outcome(CheckResult result) {
        return switch (result.verdict()) {
            case HOLDS -> "HOLDS";
            case VIOLATED -> "VIOLATED " + result.violations().get(0).property() + " in "
                    + result.violations().get(0).trace().length() + " steps";
            case INCOMPLETE -> "INCOMPLETE: " + result.limitReached().orElse("a limit was reached");
        };
    }

    /**
     * The fastest of {@code repeat} SPIN runs. The hash table gets at least twice as many slots as
     * {@code expectedStates} (and never fewer than pan's default 2^24), so SPIN is not slowed by a small
     * table; the memory limit is {@code memoryLimitMegabytes}.
     */
    public PanResult spin(Spin spin, int n, ClaimVariant variant, boolean reduce, long expectedStates,
                          long memoryLimitMegabytes) throws IOException, InterruptedException {
        String verifier = spin.build(n, variant, reduce, memoryLimitMegabytes);
        PanResult best = null;
        for (int k = 0; k < repeat; k++) {
            PanResult run = spin.search(verifier, hashBits(expectedStates), SPIN_MAX_DEPTH);
            if (best == null || run.seconds() < best.seconds()) {
                best = run;
            }
        }
        return best;
    }

    /** The JVM's CPU time so far, in nanoseconds, or -1 when the JVM does not report it. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** pan's {@code -w} for a state space of {@code states}: 2^w >= 2 * states, at least 24. */
    public static int hashBits(long states) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, states));
        return Math.max(24, bits + 1);
    }
}
