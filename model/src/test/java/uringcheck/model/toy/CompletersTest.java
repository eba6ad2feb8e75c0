package uringcheck.model.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uringcheck.model.Property;

/** The Completers model's steps, one schedule at a time (state counts are pinned in checks/). */
class CompletersTest {

    /** The 10-step schedule of the Javadoc: both completers pass the check before either claims. */
    private static final int[] RACE = {0, 0, 1, 1, 0, 1, 0, 0, 1, 1};

    @Test
    void initialStateEnablesOnePrepareStepPerCompleterInIndexOrder() {
        Completers model = new Completers(3, ClaimVariant.CLAIM);
        CompletersState initial = model.initialStates().get(0);
        assertEquals(List.of(new CompleterAction(0, Step.PREPARE), new CompleterAction(1, Step.PREPARE),
                new CompleterAction(2, Step.PREPARE)), model.actions(initial));
    }

    @Test
    void racyScheduleOfTenStepsCompletesTwiceAndViolatesO1() {
        Completers model = new Completers(2, ClaimVariant.RACY);
        CompletersState s = run(model, RACE);
        assertEquals(2, s.completions());
        assertEquals(2, s.owner(), "the second writer of owner wins the last write");
        assertFalse(holds(model, "O1", s));
        assertEquals(List.of(Step.PREPARE, Step.GET, Step.PREPARE, Step.GET, Step.CHECK, Step.CHECK,
                Step.SET_OWNER, Step.COMPLETE, Step.SET_OWNER, Step.COMPLETE), steps(model, RACE));
    }

    @Test
    void claimScheduleMakesTheSecondCompleterLose() {
        Completers model = new Completers(2, ClaimVariant.CLAIM);
        CompletersState s = run(model, new int[] {0, 0, 1, 1, 0, 1});
        assertEquals(List.of(Step.PREPARE, Step.GET, Step.PREPARE, Step.GET, Step.CLAIM, Step.LOSE),
                steps(model, new int[] {0, 0, 1, 1, 0, 1}));
        assertEquals(1, s.owner());
        assertEquals(Pc.OWNER, s.pc(0));
        assertEquals(Pc.RELEASING, s.pc(1));
        assertEquals(2, s.refs());
    }

    @Test
    void runToQuiescenceCompletesExactlyOnceAndDropsEveryReference() {
        Completers model = new Completers(3, ClaimVariant.CLAIM);
        CompletersState s = model.initialStates().get(0);
        int steps = 0;
        while (!model.actions(s).isEmpty()) {
            s = model.next(s, model.actions(s).get(model.actions(s).size() - 1));
            steps++;
        }
        assertEquals(4 * 3 + 2, steps, "a winner takes 6 steps, each loser 4");
        assertEquals(1, s.completions());
        assertEquals(1, s.cqes());
        assertEquals(0, s.refs());
        assertEquals(3, s.owner(), "the last completer ran first and won");
        assertTrue(holds(model, "O1-exactly-once", s));
        for (int i = 0; i < 3; i++) {
            assertEquals(Pc.EXITED, s.pc(i));
            assertEquals(i + 1, s.res(i));
        }
    }

    @Test
    void fieldsNameEveryVariableAndProgramCounter() {
        Completers model = new Completers(2, ClaimVariant.RACY);
        Map<String, String> fields = model.fields(run(model, new int[] {1, 1, 1}));
        assertEquals(List.of("owner", "completions", "cqes", "refs", "res[0]", "res[1]", "pc[0]", "pc[1]"),
                List.copyOf(fields.keySet()));
        assertEquals("2", fields.get("res[1]"));
        assertEquals("CHECKED", fields.get("pc[1]"));
        assertEquals("1", fields.get("refs"));
    }

    @Test
    void fingerprintsAreEqualForEqualStatesAndDifferForTheseNeighbours() {
        Completers model = new Completers(2, ClaimVariant.CLAIM);
        CompletersState a = run(model, new int[] {0, 1});
        CompletersState b = run(model, new int[] {1, 0});
        assertEquals(a, b);
        assertEquals(model.fingerprint(a), model.fingerprint(b));
        assertNotEquals(model.fingerprint(a), model.fingerprint(run(model, new int[] {0, 0})));
    }

    @Test
    void rejectsCompleterCountsTheStateCannotHold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Completers(13, ClaimVariant.CLAIM));
        assertTrue(e.getMessage().contains("between 1 and 12"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Completers(0, ClaimVariant.RACY));
    }

    private static CompletersState run(Completers model, int[] schedule) {
        CompletersState s = model.initialStates().get(0);
        for (int completer : schedule) {
            s = model.next(s, enabled(model, s, completer));
        }
        return s;
    }

    private static List<Step> steps(Completers model, int[] schedule) {
        CompletersState s = model.initialStates().get(0);
        List<Step> out = new java.util.ArrayList<>();
        for (int completer : schedule) {
            CompleterAction a = enabled(model, s, completer);
            out.add(a.step());
            s = model.next(s, a);
        }
        return out;
    }

    private static CompleterAction enabled(Completers model, CompletersState s, int completer) {
        return model.actions(s).stream().filter(a -> a.completer() == completer).findFirst()
                .orElseThrow(() -> new AssertionError("completer " + completer + " has no enabled step"));
    }

    private static boolean holds(Completers model, String name, CompletersState s) {
        Property<CompletersState> p = model.properties().stream().filter(q -> q.name().equals(name))
                .findFirst().orElseThrow();
        return p.predicate().test(s);
    }
}
