package uringcheck.checks.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.catalogue.Toys;
import uringcheck.checks.scenario.ScenarioParser;
import uringcheck.checks.scenario.ScenarioTargets;
import uringcheck.model.Model;

/**
 * A breadth-first search on 2 or 4 workers gives the report of one worker byte for byte (but for the
 * time line): the shipped catalogue, the test scenarios (scenarios-extra), the example scenarios and the
 * toys, searched exhaustively, stopped
 * at the first violation, and cut by a state limit and a depth limit at several points. Each is also
 * searched with batches of 1, 3 and 64 states, so that batch boundaries fall everywhere.
 */
class WorkersDeterminismTest {

    private static final int[] WORKERS = {2, 4};
    private static final int[] BATCHES = {1, 3, 64, ParallelBfs.BATCH};

    static List<CheckTarget> targets() throws Exception {
        List<CheckTarget> targets = new ArrayList<>(ScenarioTargets.shipped().targets());
        for (Path folder : List.of(Path.of("src", "test", "resources", "scenarios-extra"),
                Path.of("..", "docs", "examples"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    targets.add(ScenarioTargets.target(ScenarioParser.parse(f)));
                }
            }
        }
        targets.addAll(Toys.catalogue().targets());
        return targets;
    }

    private static List<SearchOptions> variants() {
        SearchOptions bfs = SearchOptions.bfs();
        return List.of(bfs, bfs.stopAtFirst(),
                bfs.withLimits(Limits.defaults().withMaxStates(5)),
                bfs.withLimits(Limits.defaults().withMaxStates(100)),
                bfs.withLimits(Limits.defaults().withMaxStates(1000)),
                bfs.withLimits(Limits.defaults().withMaxDepth(7)));
    }

    /** The report of {@code model} searched by {@link ParallelBfs} with this many workers and this batch. */
    static <S, A> String parallel(Model<S, A> model, SearchOptions options, int workers, int batch) {
        Search<S, A> search = new Search<>(model, options.withWorkers(workers), SearchListener.NONE);
        new ParallelBfs(workers, batch).run(search);
        return Reports.stable(search.result());
    }

    /** The command line's default, symmetry and partial-order reduction, gives one report for any worker count. */
    @Test
    void theReducedSearchGivesTheOneWorkerReportOnEveryWorkerCount() throws Exception {
        SearchOptions reduced = SearchOptions.bfs().withSymmetry(true).withPartialOrder(true);
        for (CheckTarget target : targets()) {
            String one = Reports.stable(Explorer.check(target.model(), reduced));
            for (int workers : WORKERS) {
                assertEquals(one, Reports.stable(Explorer.check(target.model(), reduced.withWorkers(workers))),
                        target.name() + " reduced, on " + workers + " workers");
            }
        }
    }

    @Test
    void everyWorkerCountAndBatchGivesTheOneWorkerReport() throws Exception {
        int compared = 0;
        for (CheckTarget target : targets()) {
            for (SearchOptions options : variants()) {
                String one = Reports.stable(Explorer.check(target.model(), options));
                for (int workers : WORKERS) {
                    assertEquals(one, Reports.stable(Explorer.check(target.model(), options.withWorkers(workers))),
                            target.name() + " on " + workers + " workers");
                    for (int batch : BATCHES) {
                        assertEquals(one, parallel(target.model(), options, workers, batch),
                                target.name() + " on " + workers + " workers, batches of " + batch);
                    }
                }
                compared++;
            }
        }
        assertTrue(compared >= 6 * 30, "compared " + compared);
    }

    @Test
    void theLivelockReportOnFourWorkersMatchesTheGoldenFile() throws IOException {
        String actual = Reports.stable(Explorer.check(new uringcheck.model.toy.CancelLivelock(
                uringcheck.model.toy.CancelLivelock.Variant.REARM), SearchOptions.bfs().withWorkers(4)));
        Golden.assertMatches(Path.of("src/test/resources/golden/toy-cancel-rearm.bfs.txt"), actual);
    }
}
