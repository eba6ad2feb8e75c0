package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.Golden;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.explore.TraceStep;
import uringcheck.checks.explore.Violation;
import uringcheck.checks.scenario.ScenarioTargets;

/**
 * The rendered counterexample of the v4 sample ({@code p05a-v4-sample-inline.yaml}) is pinned as a
 * golden file: the steps in kernel vocabulary, the phase moves, the fields that change and the replay
 * token. The statistics belong to the explorer and are left out (their counts are pinned in
 * {@link CatalogueGolden}). Regenerate with {@code -Dgolden.update=true}.
 */
class LifecycleTraceGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/lifecycle/p05a-v4-sample-inline.txt");

    @Test
    void v4SampleInlineReadsInKernelVocabulary() throws IOException {
        CatalogueRun run = CatalogueRun.shipped("p05a-v4-sample-inline.yaml");
        CheckResult r = Explorer.check(ScenarioTargets.model(run.scenario()), SearchOptions.bfs());
        Violation o5 = r.violation("O5").orElseThrow();
        TraceStep last = o5.trace().steps().get(o5.trace().length() - 1);
        assertEquals("kworker", last.actor());
        assertTrue(last.action().contains(
                "done(cmd#0, 0, flags=NONBLOCK|COMPLETE_DEFER|INLINE) appends to compl_reqs without uring_lock"),
                last.action());
        String actual = TextReport.render(r).lines()
                .filter(l -> !l.startsWith(TextReport.TIME_LINE_PREFIX) && !l.startsWith("states: "))
                .collect(Collectors.joining("\n", "", "\n"));
        Golden.assertMatches(GOLDEN, actual);
    }
}
