package uringcheck.checks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The benchmark table's layout and its comparison with SPIN. */
class BenchTableTest {

    private static final ExplorerRun OURS =
            new ExplorerRun(2_506_561, 15_927_488, 34, "HOLDS", true, 2.0, 2.5, 14.5, 100L << 20, 60L << 20,
                    2_506_561L * 48);
    private static final PanResult SPIN =
            new PanResult(2_506_561, 15_927_489, 34, 0, 4.0, 4.5, 140.5, Optional.empty());

    @Test
    void printsFixedWidthRows() {
        assertEquals("  8  uringcheck                   2,506,561     15,927,488     34  HOLDS                       "
                + "2.000    2.500   1,253,281        14.50      100.0     60.0           48\n",
                BenchTable.line(BenchRow.of(8, OURS)));
        assertEquals("  8  spin, no reduction           2,506,561     15,927,489     34  no errors                   "
                + "4.000    4.500     626,640        58.78      140.5        -            -\n",
                BenchTable.line(BenchRow.of(8, "spin, no reduction", SPIN)));
    }

    @Test
    void theLifecycleModelIsComparedWithTheToyOfTheSameRun() {
        ExplorerRun p7 = new ExplorerRun(501_320, 1_500_000, 60, "HOLDS", true, 1.0, 1.1, 19.0, 50L << 20, 30L << 20, -1);
        assertEquals("  4  1 worker: states/s 0.40 of the toy's (completers, N = 8)\n", BenchTable.toyRatio(4, p7, 8, OURS));
        assertEquals(Double.NaN, p7.allocatedPerState());
        assertEquals(48.0, OURS.allocatedPerState());
    }

    @Test
    void aReductionRatioIsALowerBoundWhenTheSearchWithoutItStopped() {
        ExplorerRun with = new ExplorerRun(1_000, 2_000, 30, "HOLDS", true, 1.0, 1.0, 16, 0, 0, -1);
        ExplorerRun without = new ExplorerRun(4_000, 10_000, 30, "HOLDS", true, 3.0, 2.0, 16, 0, 0, -1);
        assertEquals("  5  symmetry: states /4.00, transitions /5.00, wall /3.00, cpu /2.00; verdict equal\n",
                BenchTable.reductionRatio(5, "symmetry", without, with));
        ExplorerRun stopped = new ExplorerRun(4_000, 10_000, 30, "INCOMPLETE: heap budget reached", false, 3.0,
                2.0, 16, 0, 0, -1);
        assertEquals("  5  symmetry: at least states /4.00, transitions /5.00, wall /3.00, cpu /2.00 (the search"
                + " without it stopped at a limit)\n", BenchTable.reductionRatio(5, "symmetry", stopped, with));
    }

    @Test
    void countsMatchWhenStatesAreEqualAndSpinHasOneMoreTransition() {
        assertEquals(Optional.of(true), BenchTable.countsMatch(OURS, SPIN));
        assertEquals("  8  time uringcheck / spin (no reduction): 0.50 (cpu time: 0.56); state counts match: yes (2,506,561 states;"
                + " transitions 15,927,488 + 1 initial state = 15,927,489)\n", BenchTable.comparison(8, OURS, SPIN));
    }

    @Test
    void largeCountsAreComparedAtTheEightSignificantDigitsPanPrints() {
        assertEquals(100_724_020L, BenchTable.asSpinPrints(100_724_023L));
        assertEquals(14_082_183L, BenchTable.asSpinPrints(14_082_183L));
        ExplorerRun nine = new ExplorerRun(14_082_183, 100_724_022, 38, "HOLDS", true, 1, 1, 15, 0, 0, -1);
        PanResult spin = new PanResult(14_082_183, 100_724_020, 38, 0, 1, 1, 700, Optional.empty());
        assertEquals(Optional.of(true), BenchTable.countsMatch(nine, spin));
        assertTrue(BenchTable.comparison(9, nine, spin).contains("transitions 100,724,022 + 1 initial state"
                + " = 100,724,023, which spin prints to 8 significant digits as 100,724,020)"));
        PanResult off = new PanResult(14_082_183, 100_724_030, 38, 0, 1, 1, 700, Optional.empty());
        assertEquals(Optional.of(false), BenchTable.countsMatch(nine, off));
    }

    @Test
    void aDifferentCountIsAMismatch() {
        PanResult other = new PanResult(2_506_560, 15_927_489, 34, 0, 4.0, 4.5, 140.5, Optional.empty());
        assertEquals(Optional.of(false), BenchTable.countsMatch(OURS, other));
        PanResult fewerTransitions = new PanResult(2_506_561, 15_927_488, 34, 0, 4.0, 4.5, 140.5, Optional.empty());
        assertEquals(Optional.of(false), BenchTable.countsMatch(OURS, fewerTransitions));
    }

    @Test
    void searchesThatStoppedEarlyAreNotCompared() {
        PanResult stopped = new PanResult(112, 250, 15, 1, 0, Double.NaN, 128.7, Optional.of("stopped at the first error"));
        assertEquals(Optional.empty(), BenchTable.countsMatch(OURS, stopped));
        ExplorerRun violated = new ExplorerRun(294, 598, 10, "VIOLATED O1 in 10 steps", false, 0.01, 0.02, 40, 0, 0, -1);
        assertEquals(Optional.empty(), BenchTable.countsMatch(violated, SPIN));
    }

    @Test
    void spinHashTableHasTwiceTheStatesInSlotsAndAtLeastPansDefault() {
        assertEquals(24, CompletersBench.hashBits(327));
        assertEquals(24, CompletersBench.hashBits(2_506_561));
        assertEquals(25, CompletersBench.hashBits(14_082_183));
        assertEquals(28, CompletersBench.hashBits(78_184_049));
    }
}
