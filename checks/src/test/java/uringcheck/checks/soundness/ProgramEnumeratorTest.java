package uringcheck.checks.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioValidator;
import uringcheck.model.lifecycle.abstraction.Abstraction;

/**
 * The enumeration: pinned counts per bound, canonical order, and exactness against the scenario
 * validator (what is enumerated compiles; what compiles within the vocabulary is enumerated; what does
 * not compile is not).
 */
class ProgramEnumeratorTest {

    private static List<SweptProgram> programs(Abstraction a, int l) {
        return new ProgramEnumerator(SweepVocabulary.of(a), l).programs();
    }

    @Test
    void countsPerBound() {
        assertEquals(List.of(3, 38, 301), List.of(programs(Abstraction.SEED, 1).size(),
                programs(Abstraction.SEED, 2).size(), programs(Abstraction.SEED, 3).size()));
        assertEquals(List.of(3, 53, 1190), List.of(programs(Abstraction.V5, 1).size(),
                programs(Abstraction.V5, 2).size(), programs(Abstraction.V5, 3).size()));
        assertEquals(List.of(3, 41, 464), List.of(programs(Abstraction.FIXED, 1).size(),
                programs(Abstraction.FIXED, 2).size(), programs(Abstraction.FIXED, 3).size()));
    }

    @Test
    void canonicalOrderAndNumbering() {
        List<SweptProgram> ps = programs(Abstraction.V5, 2);
        for (int i = 0; i < ps.size(); i++) {
            assertEquals(i + 1, ps.get(i).number());
            assertTrue(i == 0 || ps.get(i - 1).statements() <= ps.get(i).statements(), ps.get(i).name());
        }
        assertEquals(List.of("return Err(EINVAL)"), ps.get(0).bodies().get(0).templates().stream().map(Template::name)
                .toList());
    }

    @Test
    void everyEnumeratedProgramCompiles() throws Exception {
        for (Abstraction a : List.of(Abstraction.SEED, Abstraction.V5, Abstraction.FIXED)) {
            for (SweptProgram p : programs(a, 2)) {
                ScenarioValidator.validate(new Scenario(p.name(), "", a, SweepVocabulary.environment(), p.driver(),
                        null, "test"));
            }
        }
    }

    private static boolean enumerated(List<SweptProgram> ps, String key) {
        return ps.stream().anyMatch(p -> p.key().equals(key));
    }

    @Test
    void wellTypedProgramsAreEnumeratedAndIllTypedOnesAreNot() {
        SweepVocabulary seed = SweepVocabulary.of(Abstraction.SEED);
        List<Template> u = seed.templates(uringcheck.model.lifecycle.program.HandlerKind.URING_CMD);
        int queue = index(u, "queue");
        int store = index(u, "store(h,q)");
        int done = index(u, "done(q,unlocked)");
        int err = index(u, "return Err(EINVAL)");
        int okT = index(u, "return Ok(t)");
        List<SweptProgram> ps = programs(Abstraction.SEED, 3);
        assertTrue(enumerated(ps, "uring_cmd:" + queue + "." + store + "." + err));
        assertTrue(enumerated(ps, "uring_cmd:" + queue + "." + done + "." + okT));
        assertFalse(enumerated(ps, "uring_cmd:" + store + "." + queue + "." + err), "store before queue");
        assertFalse(enumerated(ps, "uring_cmd:" + queue + "." + done + "." + store + "." + okT), "use after move");
        assertFalse(enumerated(ps, "uring_cmd:" + queue + "." + err + "." + okT), "statement after return");
    }

    @Test
    void fixedOnlyExpressesTheCapabilityOrDoneUnlocked() {
        List<Template> u = SweepVocabulary.of(Abstraction.FIXED)
                .templates(uringcheck.model.lifecycle.program.HandlerKind.URING_CMD);
        List<SweptProgram> ps = programs(Abstraction.FIXED, 3);
        String queue = Integer.toString(index(u, "queue"));
        String okT = Integer.toString(index(u, "return Ok(t)"));
        assertTrue(enumerated(ps, "uring_cmd:" + queue + "." + index(u, "done(q,current)") + "." + okT));
        assertFalse(enumerated(ps, "uring_cmd:" + queue + "." + index(u, "done(q,unlocked)") + "." + okT),
                "done_unlocked needs the Sleepable witness, which uring_cmd does not get");
    }

    private static int index(List<Template> ts, String name) {
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no template " + name);
    }
}
