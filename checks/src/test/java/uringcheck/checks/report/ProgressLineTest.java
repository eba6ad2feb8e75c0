package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.checks.catalogue.CheckTarget;
import uringcheck.checks.explore.CheckResult;
import uringcheck.checks.explore.Explorer;
import uringcheck.checks.explore.SearchListener;
import uringcheck.checks.explore.SearchOptions;
import uringcheck.checks.explore.SearchProgress;
import uringcheck.checks.explore.TextReport;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.checks.scenario.ScenarioTargets;

/** The search's progress hook sees the search grow and changes nothing; the progress line's two forms. */
class ProgressLineTest {

    @Test
    void aListenerSeesTheSearchGrowAndChangesNothing() {
        CheckTarget p7 = ScenarioTargets.target(ScenarioCatalogue.load("p07-ublk-cancel-claim.yaml"));
        List<SearchProgress> seen = new ArrayList<>();
        CheckResult watched = Explorer.check(p7.model(), SearchOptions.bfs(), new SearchListener() {
            @Override
            public void progress(SearchProgress p) {
                seen.add(p);
            }

            @Override
            public long periodNanos() {
                return 0;
            }
        });
        CheckResult alone = Explorer.check(p7.model(), SearchOptions.bfs());
        assertEquals(withoutTime(TextReport.render(alone)), withoutTime(TextReport.render(watched)));
        assertEquals(3189, watched.stats().states());
        assertTrue(seen.size() > 3000, seen.size() + " calls");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).states() >= seen.get(i - 1).states());
            assertTrue(seen.get(i).queue() >= 0 && seen.get(i).queue() <= seen.get(i).states());
        }
        assertEquals(watched.stats().states(), seen.get(seen.size() - 1).states());
    }

    @Test
    void onATerminalEachLineOverwritesTheLast() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true, 0);
        line.label("P7");
        line.progress(new SearchProgress(2000, 5000, 120, 17, 2_000_000_000L));
        line.finishRun(1, 4497, 2_500_000_000L);
        assertEquals("\rP7: 2000 states (1000/s), queue 120, depth 17, 2.0 s\u001b[K"
                + "\rchecked 1 target: 4497 states in 2.5 s\u001b[K" + System.lineSeparator(),
                err.toString());
    }

    @Test
    void aSweepLineEstimatesTheTimeLeftAtMostOncePerPeriod() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), false, 1_000_000_000L);
        line.label("seed L=3");
        line.sweep(100, 400, 5000, 1_000_000_000L);
        line.sweep(101, 400, 5100, 1_500_000_000L);
        line.sweep(200, 400, 9000, 2_000_000_000L);
        assertEquals(String.join(System.lineSeparator(),
                "seed L=3: 100 of 400 programs checked, 5000 states, 1.0 s, ETA 3 s",
                "seed L=3: 200 of 400 programs checked, 9000 states, 2.0 s, ETA 2 s", ""), err.toString());
    }

    private static String withoutTime(String report) {
        return report.lines().filter(l -> !l.startsWith(TextReport.TIME_LINE_PREFIX)).toList().toString();
    }
}
