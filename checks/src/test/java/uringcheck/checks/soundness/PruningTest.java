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
            assertTrue(rep.statements() < p.statements(), p.name());
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
        pruningPreservesVerdicts(Abstraction.FIXED, 2, 12, Map.of(Pruning.DEAD_COMPLETE, 9, Pruning.IDLE_WORK, 3));
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

    private static int position(Body b, String prefix) {
        for (int i = 0; i < b.size(); i++) {
            if (b.templates().get(i).name().startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(prefix);
    }
}
