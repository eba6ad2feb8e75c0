package uringcheck.checks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.checks.explore.Violation;
import uringcheck.model.Property;

/** The one-line-per-step form: exact for one counterexample, at most 100 columns for every one. */
class CompactTraceTest {

    @Test
    void theV4SampleDriverReadsAsColumns() {
        Violation v = ReportFixtures.violation(ReportFixtures.shipped("p05a-v4-sample-inline.yaml"), "O5");
        assertEquals(List.of(
                "  #  line  userspace      submitter      kworker",
                "  1     -  io_submit_sqes: io_uring_cmd_prep takes request slot 0 from free_list for cmd#0 ...",
                "  2    14                 queue(cmd#0) gives a queued handle and a Queued token",
                "  3    15                 pending[0] = queued cmd#0",
                "  4    16                 schedule_work(complete_it)",
                "  5    21                                kworker runs work item complete_it scheduled for c...",
                "  6    22                                VIOLATES O5: done(cmd#0, 0, flags=NONBLOCK|COMPLET..."),
                CompactTrace.render(v, "      ").stream().map(l -> l.substring(6)).toList());
    }

    @Test
    void aLivenessTraceMarksItsTrapAndCycle() {
        List<String> lines = CompactTrace.render(
                ReportFixtures.violation(ReportFixtures.shipped("p09-parked-no-completion.yaml"), "O2?recoverable"), "");
        assertEquals("     --- trap entered at state 1: the goal is unreachable from 10 explored states", lines.get(2));
        assertEquals("     --- back to state 9: a cycle that never reaches the goal", lines.get(lines.size() - 1));
    }

    @Test
    void everyCatalogueTraceFitsInOneHundredColumnsWithOneLinePerStep() {
        int traces = 0;
        for (CheckedTarget t : ReportFixtures.catalogue().targets()) {
            for (Violation v : t.result().violations()) {
                if (v.kind() == Property.Kind.SOMETIMES) {
                    continue;
                }
                List<String> lines = CompactTrace.render(v, "      ");
                int markers = v.trace().trap().map(tr -> 2).orElse(0) + v.trace().lasso()
                        .map(l -> (l.stops() ? 1 : 2) + l.neverCame().size()).orElse(0);
                assertEquals(1 + v.trace().length() + markers, lines.size(), t.name() + " " + v.property());
                for (String line : lines) {
                    assertTrue(line.length() <= CompactTrace.WIDTH, line.length() + " columns: " + line);
                    assertFalse(line.matches(".*VIOLATES [^:]*: VIOLATES .*"), "breach said twice: " + line);
                }
                traces++;
            }
        }
        assertEquals(59, traces);
    }
}
