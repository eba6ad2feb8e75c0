package uringcheck.checks.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import uringcheck.checks.scenario.Scenario;
import uringcheck.checks.scenario.ScenarioCatalogue;
import uringcheck.model.lifecycle.LifecycleModel;
import uringcheck.model.lifecycle.interp.CompiledProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.SubmitMode;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.PackedState;
import uringcheck.model.lifecycle.state.RunningContext;

/**
 * The symmetry on packed states ({@link PackedState}, {@code LifecycleSymmetry.canonicalFingerprint}) groups
 * states as the symmetry it replaced ({@link SymmetryReference}) did: on every reachable state of every
 * catalogue run, and of P7 with three commands (more renaming than two commands give), the canonical state is
 * the reference's up to the order of its contexts (the reference sorts them by a hash, the packed form by their
 * words), the packed canonical fingerprint is exactly the fingerprint of the canonical state, and two states
 * share a packed canonical fingerprint exactly when their reference canonical states are equal, so the
 * explorer groups states into exactly the classes it grouped them into before. The packed renaming alone,
 * given the reference's renaming and context order, gives the words of the reference's canonical state; a
 * renaming that leaves the per-command field instances where they are (a seeded bug) is caught.
 */
class PackedSymmetryTest {

    /** What the comparison covered: states, states whose commands were renamed, whose contexts changed. */
    private record Covered(long states, long renamed, long reordered) {

        Covered plus(Covered o) {
            return new Covered(states + o.states, renamed + o.renamed, reordered + o.reordered);
        }
    }

    @Test
    void thePackedCanonicalFormIsTheReferenceOnEveryCatalogueState() {
        Covered total = new Covered(0, 0, 0);
        for (Target t : targets()) {
            total = total.plus(compare(t, t.reference().perCommandInstances(), true));
        }
        assertEquals(new Covered(119_137, 15_410, 78_773), total);
    }

    /**
     * A state and each of its one-step twins ({@link SymmetryReference#twins}: two interchangeable commands
     * swapped, the contexts reversed) share a packed canonical fingerprint exactly when they share a reference
     * canonical state. The catalogue runs reach few twins of their states (submission order and LIFO slots fix
     * much), so the twins are built: the grouping is checked where the reduction would merge.
     */
    @Test
    void twinsShareAPackedCanonicalFingerprintExactlyWhenTheReferenceMergesThem() {
        long twins = 0;
        long merged = 0;
        for (Target t : targets()) {
            for (LifecycleState s : t.states()) {
                long reference = t.model().fingerprint(t.reference().canonical(s).state());
                long packed = t.model().canonicalFingerprint(s);
                for (LifecycleState twin : t.reference().twins(s)) {
                    boolean referenceMerges = t.model().fingerprint(t.reference().canonical(twin).state()) == reference;
                    assertEquals(referenceMerges, t.model().canonicalFingerprint(twin) == packed,
                            t.model().name() + ", twin " + twins + " of " + s);
                    twins++;
                    merged += referenceMerges ? 1 : 0;
                }
            }
        }
        assertEquals(List.of(158_817L, 158_782L), List.of(twins, merged));
    }

    /** A packed renaming that moves the commands but not their per-command field instances. */
    @Test
    void aRenamingThatLeavesPerCommandFieldsBehindIsCaught() {
        long differ = 0;
        for (Target t : targets()) {
            differ += compare(t, new int[0][], false).states();
        }
        assertTrue(differ > 0, "no state told the seeded renaming apart");
    }

    /** A model, the reference symmetry of its driver and environment, its reachable states. */
    private record Target(LifecycleModel model, SymmetryReference reference, List<LifecycleState> states) {
    }

    private static List<Target> targets;

    private static synchronized List<Target> targets() {
        if (targets != null) {
            return targets;
        }
        targets = new ArrayList<>();
        for (CatalogueRun run : CatalogueRun.all()) {
            targets.add(target(run.name(), run.scenario(), run.scenario().environment()));
        }
        Scenario p7 = ScenarioCatalogue.load("p07-ublk-cancel-claim.yaml");
        Environment e = p7.environment();
        List<SubmitMode> modes = List.of(e.submissions().get(0), e.submissions().get(1 % e.submissions().size()),
                e.submissions().get(2 % e.submissions().size()));
        targets.add(target("p7-3-commands", p7, e.withSubmissions(modes, Math.min(e.slots(), 3))));
        return targets;
    }

    private static Target target(String name, Scenario s, Environment e) {
        LifecycleModel model = new LifecycleModel(name, s.abstraction(), s.driver(), e);
        SymmetryReference reference = new SymmetryReference(s.driver(), new CompiledProgram(s.driver(), e.commands()), e);
        return new Target(model, reference, reachable(model));
    }

    /**
     * Compares {@code t}'s states. With {@code strict}, every difference fails the test and the coverage is
     * returned; otherwise the number of states whose packed renaming (with {@code instances} as the per-command
     * field instances) differs from the reference is returned as {@link Covered#states}.
     */
    private static Covered compare(Target t, int[][] instances, boolean strict) {
        PackedState packed = new PackedState();
        PackedState renamed = new PackedState();
        PackedState expected = new PackedState();
        Map<Long, Long> packedOfReference = new HashMap<>();
        Map<Long, Long> referenceOfPacked = new HashMap<>();
        long renamings = 0;
        long reorders = 0;
        long differ = 0;
        for (LifecycleState s : t.states()) {
            SymmetryReference.Canonical c = t.reference().canonical(s);
            PackedState words = packed.pack(s).renamed(c.to(), instances, c.order(), renamed);
            boolean same = words.fingerprint() == expected.pack(c.state()).fingerprint();
            if (strict) {
                String where = t.model().name() + ", state " + renamings + "/" + reorders;
                assertTrue(same, where);
                LifecycleState canonical = t.model().canonical(s);
                assertSameUpToContextOrder(c.state(), canonical, where);
                long fingerprint = t.model().canonicalFingerprint(s);
                assertEquals(t.model().fingerprint(canonical), fingerprint, where);
                long reference = t.model().fingerprint(c.state());
                assertEquals(fingerprint, packedOfReference.computeIfAbsent(reference, r -> fingerprint), where);
                assertEquals(reference, referenceOfPacked.computeIfAbsent(fingerprint, f -> reference), where);
                renamings += c.state().commands().equals(s.commands()) ? 0 : 1;
                reorders += c.state().contexts().equals(s.contexts()) ? 0 : 1;
            } else {
                differ += same ? 0 : 1;
            }
        }
        return strict ? new Covered(t.states().size(), renamings, reorders) : new Covered(differ, 0, 0);
    }

    /** {@code actual} is {@code expected} with its contexts in some order. */
    private static void assertSameUpToContextOrder(LifecycleState expected, LifecycleState actual, String where) {
        assertEquals(count(expected.contexts()), count(actual.contexts()), where);
        assertEquals(expected, new LifecycleState(actual.slots(), actual.freeList(), actual.complReqs(),
                actual.cancelable(), actual.commands(), expected.contexts(), actual.fields(), actual.leakedLocks(),
                actual.task(), actual.ringClosed(), actual.fileClosed(), actual.released(), actual.faults(),
                actual.fires(), actual.objects()), where);
    }

    private static Map<RunningContext, Integer> count(List<RunningContext> contexts) {
        Map<RunningContext, Integer> n = new HashMap<>();
        for (RunningContext c : contexts) {
            n.merge(c, 1, Integer::sum);
        }
        return n;
    }

    private static List<LifecycleState> reachable(LifecycleModel model) {
        List<LifecycleState> all = new ArrayList<>();
        Set<LifecycleState> seen = new HashSet<>(model.initialStates());
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>(model.initialStates());
        while (!queue.isEmpty()) {
            LifecycleState s = queue.poll();
            all.add(s);
            for (LifecycleAction a : model.actions(s)) {
                LifecycleState n = model.next(s, a);
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        return all;
    }
}
