package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.HandlerKind;

/**
 * Every pruned program has the verdict (the set of obligations broken) of its representative, checked
 * by running both; and the comparison does notice a reduction that is not verdict-preserving.
 */
class PruningTest {

    private static void pruningPreservesVerdicts(Abstraction a, int l, int expectedPruned, Map<String, Integer> byRule) {
        List<SweptProgram> programs = new ProgramEnumerator(SweepVocabulary.of(a), l).programs();
        Map<String, Integer> rules = new TreeMap<>();
        int pruned = 0;
        for (SweptProgram p : programs) {
            if (p.checked()) {
                continue;
            }
            pruned++;
            rules.merge(p.pruneRule(), 1, Integer::sum);
            SweptProgram rep = programs.get(p.representative() - 1);
            assertTrue(rep.checked(), p.name() + "'s representative " + rep.name() + " is itself pruned");
            assertTrue(rep.number() < p.number() && rep.statements() <= p.statements(), p.name());
            assertEquals(SweepFixtures.violated(rep), SweepFixtures.violated(p),
                    p.name() + " (" + p.pruneRule() + ") against " + rep.name());
        }
        assertEquals(expectedPruned, pruned);
        assertEquals(byRule, rules);
    }

    @Test
    void seedAtThree() {
        pruningPreservesVerdicts(Abstraction.SEED, 3, 148, Map.of(Pruning.DEAD_COMPLETE, 96,
                Pruning.DEAD_COMPLETE + ", " + Pruning.IDLE_WORK, 18, Pruning.IDLE_WORK, 31, Pruning.UNREAD_TOKEN, 3));
    }

    @Test
    void fixedAndV5AtTwo() {
        pruningPreservesVerdicts(Abstraction.FIXED, 2, 20, Map.of(Pruning.DEAD_COMPLETE, 6, Pruning.IDLE_WORK, 2,
                Pruning.SAME_RESULT, 8, Pruning.DEAD_COMPLETE + ", " + Pruning.SAME_RESULT, 3,
                Pruning.IDLE_WORK + ", " + Pruning.SAME_RESULT, 1));
        pruningPreservesVerdicts(Abstraction.V5, 2, 12, Map.of(Pruning.DEAD_COMPLETE, 9, Pruning.IDLE_WORK, 3));
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

    private static int position(Body b, String prefix) {
        for (int i = 0; i < b.size(); i++) {
            if (b.templates().get(i).name().startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix);
    }
}
