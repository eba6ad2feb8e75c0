package uringcheck.checks.lifecycle;

import uringcheck.model.lifecycle.Programs;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * The rendered counterexamples of the v4 sample (P5, inline) are pinned as a golden file: the steps in
 * kernel vocabulary, the phase moves, the fields that change, the trap of O2 and the replay tokens. The
 * statistics line belongs to the explorer and is left out (the counts are pinned in
 * {@link LifecycleCatalogueTest}).
 */
class LifecycleTraceGoldenTest {

    @Test
    void v4SampleInlineReadsInKernelVocabulary() throws IOException {
        CheckResult r = Explorer.check(LifecycleFixtures.p5(Programs.inline(2)), SearchOptions.bfs());
        Violation o5 = r.violation("O5").orElseThrow();
        TraceStep last = o5.trace().steps().get(o5.trace().length() - 1);
        assertEquals("kworker", last.actor());
        assertEquals(true, last.action().contains(
                "done(cmd#0, 0, flags=NONBLOCK|COMPLETE_DEFER|INLINE) appends to compl_reqs without uring_lock"),
                last.action());
        String actual = TextReport.render(r).lines()
                .filter(l -> !l.startsWith(TextReport.TIME_LINE_PREFIX) && !l.startsWith("states: "))
                .collect(Collectors.joining("\n", "", "\n"));
        Golden.assertMatches(Path.of("src/test/resources/lifecycle/p5-inline.txt"), actual);
    }
}
