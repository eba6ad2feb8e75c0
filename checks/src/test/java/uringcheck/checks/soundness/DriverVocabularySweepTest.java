package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.abstraction.RustApi;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.state.Hole;
import uringcheck.model.rules.Errno;

/**
 * The driver language of the sweep (flag tests and a walk over every tag's handle, docs/soundness.md §2):
 * at L = 3 it finds exactly the holes and obligations the base language finds (its counts pinned), and
 * its walk in a cancel call exposes what no base program can write: completing another cancelable command
 * from a cancel call breaks O9 under the fixed shape, which the same sub-language without the walk proves
 * sound.
 */
class DriverVocabularySweepTest {

    private static SweepVocabulary driver(Abstraction a) {
        return SweepVocabulary.of(a, SweepVocabulary.Language.DRIVER);
    }

    /** Obligation to the first program breaking it and the hole, as the report lists them. */
    private static Map<String, String> found(SweepResult r) {
        Map<String, String> out = new TreeMap<>();
        r.findings().forEach((o, f) -> out.put(o.name(), "L" + f.minimalL()));
        r.holes().forEach((h, f) -> out.put(h.name(), f.obligation().name() + " L" + f.minimalL()));
        return out;
    }

    private static void sameFindingsAsBase(Abstraction a, int programs, int pruned, long states) {
        SweepResult d = SweepFixtures.sweep(driver(a), 3);
        SweepResult base = SweepFixtures.sweep(SweepVocabulary.of(a), 3);
        assertEquals(List.of(programs, pruned, programs - pruned, states),
                List.of(d.programs(), d.pruned(), d.checked(), d.states()), a.name());
        assertEquals(List.of(), d.incomplete());
        assertEquals(found(base), found(d), a.name());
        assertEquals(base.verdict(), d.verdict(), a.name());
    }

    @Test
    void atThreeTheDriverLanguageFindsTheKnownHoles() {
        sameFindingsAsBase(Abstraction.SEED, 2023, 1916, 9296);
        sameFindingsAsBase(Abstraction.FIXED, 1392, 1282, 8730);
    }

    @Test
    void atThreeV5FindsTheKnownHoles() {
        sameFindingsAsBase(Abstraction.V5, 7808, 7641, 15824);
    }

    /**
     * Every driver template compiles under every abstraction: the flag tests are in checked programs at
     * L = 2; a walk is too, but only from L = 4 (a handle must be parked first), so at L = 2 it is in
     * programs that {@value Pruning#EMPTY_HANDLE} prunes.
     */
    @Test
    void everyDriverTemplateIsEnumerated() {
        for (Abstraction a : List.of(Abstraction.SEED, Abstraction.V5, Abstraction.FIXED)) {
            List<SweptProgram> programs = new ProgramEnumerator(driver(a), 2).programs();
            for (String name : List.of("if(issue_flags&NONBLOCK){return Err(EAGAIN)}",
                    "if(cmd.flags&REISSUE){}else{write_pdu(cmd)}")) {
                assertTrue(programs.stream().anyMatch(p -> p.checked() && p.bodies().stream().anyMatch(b -> b.has(name))),
                        a + " " + name);
            }
            assertTrue(programs.stream().anyMatch(p -> p.pruneRule().contains(Pruning.EMPTY_HANDLE)
                    && p.bodies().stream().anyMatch(b -> b.has(SweepVocabulary.WALK))), a.name());
        }
    }

    /**
     * The hole the walk exposes: under fixed, a cancel call for one command takes another command's parked
     * handle and completes it; that command is the next entry {@code io_uring_try_cancel_uring_cmd}'s
     * {@code hlist_for_each_entry_safe} saved, and completing it unlinks it from
     * {@code cancelable_uring_cmd} under the walk (O9). F6 keeps a cancel call from completing the command
     * it was called for, not the others. The base language's cancel call only reaches {@code h[this]}.
     */
    @Test
    void aCancelCallThatWalksEveryTagBreaksO9UnderFixed() {
        List<String> common = List.of("queue", "mark_cancelable(q,current)", "store(h,q)", "return Ok(t)");
        SweepVocabulary walk = driver(Abstraction.FIXED).restrictedTo(
                concat(common, List.of(SweepVocabulary.WALK + "current)}")));
        SweepResult r = SweepFixtures.sweep(walk, 4);
        assertEquals(SweepVerdict.UNSOUND, r.verdict());
        assertEquals(Set.of(Obligation.O2, Obligation.O9), r.findings().keySet());
        Finding o9 = r.findings().get(Obligation.O9);
        assertTrue(o9.program().body(HandlerKind.CANCEL).orElseThrow()
                .has(SweepVocabulary.WALK), o9.program().key());
        assertEquals(Map.<Hole, Finding>of(), r.holes());

        SweepVocabulary own = SweepVocabulary.of(Abstraction.FIXED).restrictedTo(
                concat(common, List.of("load(h,q)", "done(q,current)")));
        SweepResult base = SweepFixtures.sweep(own, 4);
        assertEquals(SweepVerdict.SOUND, base.verdict());
    }

    /**
     * Why {@code read_sqe} is not a template (docs/soundness.md §7): one read is no breach, and the sweep's
     * bodies repeat no template, yet a second {@code cmd.sqe().cmd_data()} in one inline issue compiles
     * under every abstraction and breaks O7 (a double fetch from the SQ ring): a hole of all three, shown
     * here directly.
     */
    @Test
    void aSecondReadOfTheCommandPayloadBreaksO7UnderEveryAbstraction() {
        for (Abstraction a : List.of(Abstraction.SEED, Abstraction.V5, Abstraction.FIXED)) {
            List<Statement> body = List.of(new ReadSqe(Handler.CMD, RustApi.SQE_PAYLOAD, Pos.atLine(2)),
                    new ReadSqe(Handler.CMD, RustApi.SQE_PAYLOAD, Pos.atLine(3)),
                    new Return(ReturnValue.err(Errno.EINVAL.value()), Pos.atLine(4)));
            DriverProgram twice = SweepFixtures.program(new Handler("uring_cmd", HandlerKind.URING_CMD, body,
                    Pos.atLine(1)));
            assertEquals(Set.of("O7"), SweepFixtures.violated(a, twice), a.name());
            DriverProgram once = SweepFixtures.program(new Handler("uring_cmd", HandlerKind.URING_CMD,
                    List.of(body.get(0), body.get(2)), Pos.atLine(1)));
            assertEquals(Set.of(), SweepFixtures.violated(a, once), a.name());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
