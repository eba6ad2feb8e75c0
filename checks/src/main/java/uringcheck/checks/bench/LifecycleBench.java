package uringcheck.checks.bench;

import java.time.Duration;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.model.lifecycle.LifecycleModel;

/**
 * The lifecycle half of {@code uringcheck bench}: a {@link Workload} (catalogue P7, or a real driver) with
 * some number of commands, searched breadth-first on a given number of workers with each reduction on or
 * off; the fastest of {@code repeat} runs is kept. Each run searches a model built afresh, so no run
 * profits from what an earlier one left in the model.
 */
public final class LifecycleBench {

    private final int repeat;
    private final Duration maxTime;

    /**
     * A benchmark that runs every measurement {@code repeat} times and keeps the fastest; a search that
     * runs longer than {@code maxTime} stops there (INCOMPLETE).
     */
    public LifecycleBench(int repeat, Duration maxTime) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        }
        this.repeat = repeat;
        this.maxTime = maxTime;
    }

    /**
     * The fastest of {@code repeat} searches of {@code workload} with {@code commands} commands on
     * {@code workers} threads, with symmetry and partial-order reduction each on or off.
     */
    public ExplorerRun explore(Workload workload, int commands, int workers, boolean symmetry, boolean partialOrder) {
        SearchOptions options = SearchOptions.bfs().withWorkers(workers).withSymmetry(symmetry)
                .withPartialOrder(partialOrder).withLimits(Limits.defaults()
                .withMaxStates(Integer.MAX_VALUE - 1L).withMaxTime(maxTime));
        ExplorerRun best = null;
        for (int k = 0; k < repeat; k++) {
            LifecycleModel model = workload.model(commands);
            ExplorerRun run;
            try (PeakHeap heap = PeakHeap.start()) {
                long cpuBefore = CompletersBench.processCpuNanos();
                SearchAllocation allocated = SearchAllocation.start();
                CheckResult result = Explorer.check(model, options);
                long allocation = workers == 1 ? allocated.bytes() : -1;
                double cpu = cpuBefore < 0 ? Double.NaN : (CompletersBench.processCpuNanos() - cpuBefore) / 1e9;
                PeakHeap.Use use = heap.stop();
                run = new ExplorerRun(result.stats().states(), result.stats().transitions(),
                        result.stats().maxDepth(), CompletersBench.outcome(result), result.exhaustive(),
                        result.stats().elapsedNanos() / 1e9, cpu, result.stats().bytesPerState(),
                        use.peakBytes(), use.liveBytes(), allocation);
            }
            if (best == null || run.seconds() < best.seconds()) {
                best = run;
            }
        }
        return best;
    }
}
