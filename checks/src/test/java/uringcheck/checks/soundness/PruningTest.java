package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.HandlerKind;

/**
 * Every pruned program has the verdict of its representative (the set of obligations broken, each with
 * the SPEC §7 hole its shortest counterexample shows: what the report keeps), checked by running both; and the comparison does notice a reduction that is not verdict-preserving.
 */
class PruningTest {

    private static void pruningPreservesVerdicts(Abstraction a, int l, int expectedPruned, Map<String, Integer> byRule) {
        pruningPreservesVerdicts(SweepVocabulary.of(a), l, expectedPruned, byRule);
    }

    private static void pruningPreservesVerdicts(SweepVocabulary vocabulary, int l, int expectedPruned,
                                                 Map<String, Integer> byRule) {
        List<SweptProgram> programs = new ProgramEnumerator(vocabulary, l).programs();
        Map<String, Integer> rules = new TreeMap<>();
        int pruned = 0;
        for (SweptProgram p : programs) {
            if (p.checked()) {
                continue;
            }
            pruned++;
            for (String rule : new TreeSet<>(List.of(p.pruneRule().split(", ")))) {
                rules.merge(rule, 1, Integer::sum);
            }
            SweptProgram rep = programs.get(p.representative() - 1);
            assertTrue(rep.checked(), p.name() + "'s representative " + rep.name() + " is itself pruned");
            assertTrue(rep.number() < p.number() && rep.statements() <= p.statements(), p.name());
            assertEquals(SweepFixtures.breaches(rep), SweepFixtures.breaches(p),
                    p.name() + " (" + p.pruneRule() + ") against " + rep.name());
        }
        assertEquals(byRule, rules);
        assertEquals(expectedPruned, pruned);
    }

    @Test
    void seedAtThree() {
        pruningPreservesVerdicts(Abstraction.SEED, 3, 249, byRule(Pruning.COMPLETE_AS_ERR, 24, Pruning.DEAD_COMPLETE, 114,
                Pruning.EMPTY_HANDLE, 147, Pruning.IDLE_WORK, 196, Pruning.UNREAD_TOKEN, 3));
    }

    @Test
    void fixedAtThreeAndV5AtTwo() {
        pruningPreservesVerdicts(Abstraction.FIXED, 3, 412, byRule(Pruning.COMPLETE_AS_ERR, 36, Pruning.DEAD_COMPLETE, 168,
                Pruning.EMPTY_HANDLE, 294, Pruning.IDLE_WORK, 343, Pruning.SAME_RESULT, 138, Pruning.UNREAD_TOKEN, 3));
        pruningPreservesVerdicts(Abstraction.V5, 2, 38, byRule(Pruning.COMPLETE_AS_ERR, 2, Pruning.DEAD_COMPLETE, 9,
                Pruning.EMPTY_HANDLE, 24, Pruning.IDLE_WORK, 27));
    }

    /**
     * {@value Pruning#EMPTY_HANDLE} in a cancel call (which keeps its other statements, unlike a work item,
     * which then goes by {@value Pruning#IDLE_WORK}), over v5's cancel-binding sub-language at L = 3.
     */
    @Test
    void emptyHandleInACancelCall() {
        SweepVocabulary cancel = SweepVocabulary.of(Abstraction.V5).restrictedTo(List.of("queue", "store(h,q)",
                "mark_cancelable(q,forwarded)", "return Ok(t)", "done(cmd,forwarded)", "load(h,q)", "done(q,forwarded)"));
        pruningPreservesVerdicts(cancel, 3, 5, byRule(Pruning.EMPTY_HANDLE, 5));
    }

    @Test
    void aReductionThatDropsADoneIsCaught() {
        List<SweptProgram> programs = new ProgramEnumerator(SweepVocabulary.of(Abstraction.SEED), 3).programs();
        SweptProgram withDone = programs.stream().filter(p -> p.checked() && p.bodies().size() == 1
                && p.bodies().get(0).has("done(q,") && p.bodies().get(0).has("return Ok(t)")).findFirst().orElseThrow();
        Body u = withDone.bodies().get(0);
        List<Body> bodies = new ArrayList<>(List.of(u.without(position(u, "done(q,"))));
        SweptProgram wrong = new SweptProgram(0, Abstraction.SEED, bodies, SweptProgram.layout(bodies), 0, "");
        assertNotEquals(SweepFixtures.violated(withDone), SweepFixtures.violated(wrong));
    }

    /**
     * The seeded bug of {@value Pruning#EMPTY_HANDLE}: dropping a work item's statements on the handle it
     * takes when {@code uring_cmd} does store one leaves the parked command uncompleted.
     */
    @Test
    void aHandleThatIsStoredIsNotEmpty() {
        List<SweptProgram> programs = new ProgramEnumerator(SweepVocabulary.of(Abstraction.SEED), 4).programs();
        SweptProgram parks = programs.stream().filter(p -> p.checked() && p.bodies().size() == 2
                && p.bodies().get(0).has("store(h,q)") && p.bodies().get(1).has("done(q,")).findFirst().orElseThrow();
        List<Body> bodies = new ArrayList<>(parks.bodies());
        Body work = bodies.get(1);
        bodies.set(1, work.without(position(work, "done(q,")).without(position(work, "load(h,q)")));
        SweptProgram wrong = new SweptProgram(0, Abstraction.SEED, bodies, SweptProgram.layout(bodies), 0, "");
        assertNotEquals(SweepFixtures.violated(parks), SweepFixtures.violated(wrong));
    }

    /**
     * The seeded bug of {@value Pruning#COMPLETE_AS_ERR}: a Complete token matched with an error of another
     * value ({@code complete(0)} returned as {@code Err(EAGAIN)}) is caught.
     */
    @Test
    void aCompletedSuccessIsNoError() {
        List<SweptProgram> programs = new ProgramEnumerator(SweepVocabulary.of(Abstraction.SEED), 2).programs();
        SweptProgram success = programs.stream().filter(p -> p.bodies().size() == 1
                && p.bodies().get(0).has("complete(0)") && p.bodies().get(0).has("return Ok(c)")).findFirst().orElseThrow();
        SweptProgram again = programs.stream().filter(p -> p.bodies().size() == 1 && p.bodies().get(0).size() == 1
                && p.bodies().get(0).has("return Err(EAGAIN)")).findFirst().orElseThrow();
        assertNotEquals(SweepFixtures.violated(again), SweepFixtures.violated(success));
    }

    @Test
    void onlyTheFixedVtableMapsTwoErrorsAlike() {
        assertEquals(Map.of(), Pruning.sameResult(SweepVocabulary.of(Abstraction.SEED)));
        assertEquals(Map.of(), Pruning.sameResult(SweepVocabulary.of(Abstraction.V5)));
        SweepVocabulary fixed = SweepVocabulary.of(Abstraction.FIXED);
        Map<Integer, Integer> same = Pruning.sameResult(fixed);
        assertEquals(1, same.size(), same.toString());
        same.forEach((x, y) -> {
            assertEquals("return Err(EIOCBQUEUED)", fixed.templates(HandlerKind.URING_CMD).get(x).name());
            assertEquals("return Err(EINVAL)", fixed.templates(HandlerKind.URING_CMD).get(y).name());
        });
    }

    @Test
    void treatingTwoErrorsAlikeWhereTheVtableDoesNotIsCaught() {
        List<SweptProgram> programs = new ProgramEnumerator(SweepVocabulary.of(Abstraction.SEED), 1).programs();
        SweptProgram queued = programs.stream().filter(p -> p.bodies().size() == 1
                && p.bodies().get(0).has("return Err(EIOCBQUEUED)")).findFirst().orElseThrow();
        SweptProgram invalid = programs.stream().filter(p -> p.bodies().size() == 1
                && p.bodies().get(0).has("return Err(EINVAL)")).findFirst().orElseThrow();
        assertNotEquals(SweepFixtures.violated(invalid), SweepFixtures.violated(queued));
    }

    /** A map of rule names to the number of programs each pruned, from alternating keys and values. */
    private static Map<String, Integer> byRule(Object... keysAndCounts) {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            out.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return out;
    }

    private static int position(Body b, String prefix) {
        for (int i = 0; i < b.size(); i++) {
            if (b.templates().get(i).name().startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix);
    }
}
