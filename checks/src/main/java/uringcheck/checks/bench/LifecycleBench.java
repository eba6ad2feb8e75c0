package uringcheck.checks.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.Limits;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.SubmitMode;

/**
 * The lifecycle half of {@code uringcheck bench}: catalogue P7 (ublk-style cancel claim, the scenario
 * file {@value #SCENARIO}) with its environment changed to {@code commands} commands, alternately
 * inline and through io-wq as in the file, with as many request slots as the file gives and commands
 * allow (2 commands is the file itself), searched breadth-first on
 * a given number of workers; the fastest of {@code repeat} runs is kept. Each run searches a model built
 * afresh, so no run profits from what an earlier one left in the model.
 */
public final class LifecycleBench {

    /** The scenario measured. */
    public static final String SCENARIO = "p07-ublk-cancel-claim.yaml";

    private final int repeat;

    /** A benchmark that runs every measurement {@code repeat} times and keeps the fastest. */
    public LifecycleBench(int repeat) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        }
        this.repeat = repeat;
    }

    /** P7's model with {@code commands} commands. */
    public static LifecycleModel p7(int commands) {
        Scenario s = ScenarioCatalogue.load(SCENARIO);
        Environment e = s.environment();
        List<SubmitMode> modes = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            modes.add(e.submissions().get(i % e.submissions().size()));
        }
        Environment changed = e.withSubmissions(modes, Math.min(e.slots(), commands));
        return new LifecycleModel(s.name() + "-" + commands + "-commands", s.abstraction(), s.driver(), changed);
    }

    /**
     * The fastest of {@code repeat} searches of P7 with {@code commands} commands on {@code workers}, with
     * symmetry and partial-order reduction (as on the command line).
     */
    public ExplorerRun explore(int commands, int workers) {
        return explore(commands, workers, true, true);
    }

    /** {@link #explore(int, int)} with symmetry and partial-order reduction each on or off. */
    public ExplorerRun explore(int commands, int workers, boolean symmetry, boolean partialOrder) {
        SearchOptions options = SearchOptions.bfs().withWorkers(workers).withSymmetry(symmetry)
                .withPartialOrder(partialOrder).withLimits(Limits.defaults()
                .withMaxStates(Integer.MAX_VALUE - 1L).withMaxTime(Duration.ofHours(1)));
        ExplorerRun best = null;
        for (int k = 0; k < repeat; k++) {
            LifecycleModel model = p7(commands);
            ExplorerRun run;
            try (PeakHeap heap = PeakHeap.start()) {
                long cpuBefore = CompletersBench.processCpuNanos();
                SearchAllocation allocated = SearchAllocation.start();
                CheckResult result = Explorer.check(model, options);
                long allocation = workers == 1 ? allocated.bytes() : -1;
                double cpu = cpuBefore < 0 ? Double.NaN : (CompletersBench.processCpuNanos() - cpuBefore) / 1e9;
                run = new ExplorerRun(result.stats().states(), result.stats().transitions(),
                        result.stats().maxDepth(), CompletersBench.outcome(result), result.exhaustive(),
                        result.stats().elapsedNanos() / 1e9, cpu, result.stats().bytesPerState(),
                        heap.peakLiveBytes(), allocation);
            }
            if (best == null || run.seconds() < best.seconds()) {
                best = run;
            }
        }
        return best;
    }

}
