package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uringcheck.model.Property;
import uringcheck.model.lifecycle.Programs.Event;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * {@link uringcheck.model.lifecycle.reduce.LifecycleSymmetry} over whole state spaces: the canonical form of
 * every fault-free state satisfies the same properties and its successors, kind by kind, satisfy the same
 * properties as the state's (what the automorphism the reduction relies on must keep), and command 0 stays
 * put when a release handler can run for it.
 */
class LifecycleSymmetryTest {

    private static DriverProgram program(boolean release) {
        List<uringcheck.model.lifecycle.program.Handler> handlers = new ArrayList<>(List.of(
                Programs.uringCmd(Programs.queue(), new MarkCancelable("q", FlagsChoice.CURRENT, Pos.NONE),
                        new Store("h", "q", Pos.NONE), new ScheduleWork("work", Pos.NONE),
                        Programs.ret(ReturnValue.token("t"))),
                Programs.handler("work", HandlerKind.KWORKER, new Load("h", "q", Pos.NONE),
                        new Done("q", 0, FlagsChoice.FORWARDED, Pos.NONE)),
                Programs.handler("cancel", HandlerKind.CANCEL,
                        new Done(Programs.CMD, -125, FlagsChoice.CURRENT, Pos.NONE))));
        if (release) {
            handlers.add(Programs.handler("release", HandlerKind.RELEASE, new Load("h", "q", Pos.NONE),
                    new Done("q", -125, FlagsChoice.CURRENT, Pos.NONE)));
        }
        return Programs.program(List.of(Programs.perCommand("h", FieldDecl.Kind.HANDLE)), List.of(),
                handlers.toArray(new uringcheck.model.lifecycle.program.Handler[0]));
    }

    private static List<LifecycleState> reachable(LifecycleModel m) {
        List<LifecycleState> all = new ArrayList<>();
        Set<LifecycleState> seen = new HashSet<>(m.initialStates());
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>(m.initialStates());
        while (!queue.isEmpty()) {
            LifecycleState s = queue.poll();
            all.add(s);
            for (LifecycleAction a : m.actions(s)) {
                LifecycleState n = m.next(s, a);
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        return all;
    }

    /**
     * What the properties say of each successor, sorted: an automorphism maps successors to successors
     * with the same property values (the canonical form is not a complete invariant, so symmetric
     * successors may have different canonical forms: only what the properties see is compared).
     */
    private static List<String> successors(LifecycleModel m, LifecycleState s) {
        List<String> out = new ArrayList<>();
        for (LifecycleAction a : m.actions(s)) {
            LifecycleState n = m.next(s, a);
            StringBuilder profile = new StringBuilder(a.kind().name());
            for (Property<LifecycleState> p : m.properties()) {
                profile.append(p.predicate().test(n) ? '1' : '0');
            }
            out.add(profile.append(n.faults().size()).toString());
        }
        out.sort(null);
        return out;
    }

    @Test
    void theCanonicalFormIsTheStateUnderAnAutomorphism() {
        LifecycleModel m = new LifecycleModel("symmetry", Abstraction.C, program(false),
                Programs.env(3).slots(2).events(Event.RING_EXIT, Event.TASK_EXIT).build());
        List<LifecycleState> states = reachable(m);
        Set<Long> classes = new HashSet<>();
        int renamed = 0;
        for (LifecycleState s : states) {
            LifecycleState c = m.canonical(s);
            classes.add(m.fingerprint(c));
            if (!s.faults().isEmpty()) {
                continue;
            }
            renamed += c.commands().equals(s.commands()) ? 0 : 1;
            for (Property<LifecycleState> p : m.properties()) {
                assertEquals(p.predicate().test(s), p.predicate().test(c), p.id() + " on " + s);
            }
            assertEquals(successors(m, s), successors(m, c), "successors of " + s);
        }
        assertTrue(renamed > 0, "no state had its commands renamed");
        assertEquals(2857, states.size());
        assertEquals(2857, classes.size(), "a command's slot is fixed by submission order and LIFO recycling, so the"
                + " renamed twin of a reachable state is not reachable here: renaming merges nothing");
    }

    @Test
    void commandZeroStaysWhenReleaseRunsForIt() {
        LifecycleModel m = new LifecycleModel("release", Abstraction.C, program(true),
                Programs.env(3).slots(2).events(Event.FILE_CLOSE).build());
        int renamed = 0;
        for (LifecycleState s : reachable(m)) {
            LifecycleState c = m.canonical(s);
            assertEquals(s.commands().get(0), c.commands().get(0));
            assertEquals(s.fields().get(0), c.fields().get(0));
            renamed += c.commands().equals(s.commands()) ? 0 : 1;
        }
        assertTrue(renamed > 0, "commands 1 and 2 were never renamed");
    }
}
