package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.state.Hole;

/**
 * The seed sweep at L = 3 finds SPEC §7 A, C and D by itself, with pinned programs and counts. B and E
 * need four statements in uring_cmd (see {@link TargetedHolesTest}; the full L = 4 sweep is in
 * docs/soundness.md).
 */
class SeedSweepTest {

    private static SweepResult result;

    @BeforeAll
    static void sweep() {
        result = SweepFixtures.sweep(SweepVocabulary.of(Abstraction.SEED), 3);
    }

    @Test
    void countsArePinned() {
        assertEquals(301, result.candidates());
        assertEquals(301, result.programs());
        assertEquals(249, result.pruned());
        assertEquals(52, result.checked());
        assertEquals(3016, result.states());
        assertEquals(6700, result.transitions());
        assertEquals(List.of(), result.incomplete());
    }

    @Test
    void seedIsUnsound() {
        assertEquals(SweepVerdict.UNSOUND, result.verdict());
    }

    @Test
    void everyObligationHasItsShortestProgram() {
        Map<String, String> found = new TreeMap<>();
        result.findings().forEach((o, f) -> found.put(o.name(), f.program().name() + " L" + f.minimalL()));
        assertEquals(Map.of("O1", "seed#50 L3", "O2", "seed#3 L1", "O5", "seed#53 L3", "O8", "seed#2 L1",
                "O12", "seed#34 L3", "O13", "seed#3 L1"), found);
    }

    @Test
    void holesACAndDAreFoundBySweep() {
        Finding a = result.holes().get(Hole.A);
        assertEquals(Obligation.O12, a.obligation());
        assertEquals("uring_cmd:0.5.14", a.program().key());
        String rust = RustPrinter.render(Abstraction.SEED, a.program().driver());
        assertEquals(true, rust.contains("let (t, q) = cmd.queue();  // 2\n    dev.h[this] = Some(q);  // 3\n"
                + "    return Err(EINVAL);  // 4"), rust);
        assertEquals(Obligation.O8, result.holes().get(Hole.C).obligation());
        Finding d = result.holes().get(Hole.D);
        assertEquals(Obligation.O5, d.obligation());
        assertEquals(true, RustPrinter.render(Abstraction.SEED, d.program().driver())
                .contains("q.done(0, 0, IO_URING_F_UNLOCKED);"));
    }

    @Test
    void holesBAndENeedMoreStatements() {
        assertFalse(result.holes().containsKey(Hole.B));
        assertFalse(result.holes().containsKey(Hole.E));
    }

    @Test
    void shortestTracesComeFromBreadthFirstSearch() {
        assertEquals(2, result.findings().get(Obligation.O13).violation().trace().length());
        assertEquals(3, result.findings().get(Obligation.O8).violation().trace().length());
    }
}
