package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uringcheck.checks.soundness.SweepFixtures.program;
import static uringcheck.checks.soundness.SweepFixtures.violated;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.state.Hole;
import uringcheck.model.rules.Errno;

/**
 * The holes that need four statements in uring_cmd (SPEC §7 B and E), found by the sweep's own
 * enumeration over a sub-vocabulary (the full L = 4 sweeps are too long for the normal suite; their
 * figures are in docs/soundness.md), and hand-built programs that each fixed rule closes a hole.
 */
class TargetedHolesTest {

    private static final List<String> B_WORDS = List.of("queue", "store(tf,t)", "load(tf,u)", "return Ok(u)",
            "return Ok(t)");

    @Test
    void sweepFindsHoleBUnderSeedAndNotUnderFixed() {
        SweepResult seed = SweepFixtures.sweep(SweepVocabulary.of(Abstraction.SEED).restrictedTo(B_WORDS), 4);
        Finding b = seed.holes().get(Hole.B);
        assertEquals(Obligation.O13, b.obligation());
        assertEquals(4, b.program().statements());
        assertTrue(b.message().contains("Queued token minted for cmd#0"), b.message());
        SweepResult fixed = SweepFixtures.sweep(SweepVocabulary.of(Abstraction.FIXED).restrictedTo(B_WORDS), 4);
        assertEquals(SweepVerdict.SOUND, fixed.verdict());
        assertEquals(seed.programs(), fixed.programs());
    }

    @Test
    void sweepFindsHoleEUnderV5AndNotUnderFixed() {
        SweepResult v5 = SweepFixtures.sweep(SweepVocabulary.of(Abstraction.V5).restrictedTo(List.of(
                "write_pdu(cmd)", "queue", "mark_cancelable(q,forwarded)", "return Ok(t)")), 4);
        Finding e = v5.holes().get(Hole.E);
        assertEquals(Obligation.O6, e.obligation());
        assertEquals(4, e.program().statements());
        assertTrue(e.message().contains("zeroes the PDU"), e.message());
        SweepResult fixed = SweepFixtures.sweep(SweepVocabulary.of(Abstraction.FIXED).restrictedTo(List.of(
                "write_pdu(cmd)", "queue", "mark_cancelable(q,current)", "return Ok(t)")), 4);
        assertEquals(SweepVerdict.SOUND, fixed.verdict());
        assertEquals(v5.programs(), fixed.programs());
    }

    /** P10's shape: queue, stash, schedule the completion, return an error. */
    private static DriverProgram escape(ReturnValue result, FlagsChoice flags) {
        return program(
                new Handler("uring_cmd", HandlerKind.URING_CMD, List.of(new Queue("cmd", "q", "t", Pos.atLine(2)),
                        new Store("h", "q", Pos.atLine(3)), new ScheduleWork("work", Pos.atLine(4)),
                                new Return(result, Pos.atLine(5))), Pos.atLine(1)),
                new Handler("work", HandlerKind.KWORKER, List.of(new Load("h", "q", Pos.atLine(7)),
                        new Done("q", 0, flags, Pos.atLine(8))), Pos.atLine(6)));
    }

    @Test
    void perCallSlotClosesHoleA() {
        DriverProgram seed = escape(ReturnValue.err(Errno.EINVAL.value()), FlagsChoice.UNLOCKED);
        assertEquals(Set.of("O1", "O3", "O12"), violated(Abstraction.SEED, seed));
        assertEquals(Set.of(), violated(Abstraction.FIXED, seed));
    }

    @Test
    void taskWorkConstantFromAKworkerIsHoleDUnderV5() {
        DriverProgram v5 = escape(ReturnValue.token("t"), FlagsChoice.TASK_WORK);
        assertTrue(violated(Abstraction.V5, v5).contains("O5"), violated(Abstraction.V5, v5).toString());
        assertEquals(Set.of(), violated(Abstraction.FIXED, escape(ReturnValue.token("t"), FlagsChoice.UNLOCKED)));
    }

    @Test
    void retryOnlyUnderNonblockClosesTheIowqEagain() {
        DriverProgram eagain = program(new Handler("uring_cmd", HandlerKind.URING_CMD,
                List.of(new Return(ReturnValue.err(Errno.EAGAIN.value()), Pos.atLine(2))), Pos.atLine(1)));
        assertEquals(Set.of("O8"), violated(Abstraction.SEED, eagain));
        assertEquals(Set.of(), violated(Abstraction.FIXED, eagain));
    }
}
