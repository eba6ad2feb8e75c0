package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uringcheck.model.lifecycle.Programs.env;
import static uringcheck.model.lifecycle.Programs.handler;
import static uringcheck.model.lifecycle.Programs.program;
import static uringcheck.model.lifecycle.Programs.queue;
import static uringcheck.model.lifecycle.Programs.ret;
import static uringcheck.model.lifecycle.Programs.shared;
import static uringcheck.model.lifecycle.Programs.uringCmd;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uringcheck.model.Property;
import uringcheck.model.PropertyId;
import uringcheck.model.lifecycle.Programs.Event;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.state.LifecycleState;

/**
 * O10's counterfactual ("would running release now complete the pending command?") answers only what it
 * explored: a question that reaches its bound of new states without an answer is reported through
 * {@link LifecycleModel#incomplete()}, never taken as "no dependency" silently. (That the remembered answers
 * equal a fresh search's on every state is checked on the catalogue by {@code ReleaseDependencyReferenceTest}.)
 */
class ReleaseDependencyTest {

    /** A command parked until release completes it; userspace closes the file while it is live. */
    private static DriverProgram completesInRelease() {
        return program(List.of(shared("parked", FieldDecl.Kind.HANDLE)), List.of(),
                uringCmd(queue(), new Store("parked", "q", Pos.NONE), ret(ReturnValue.token("t"))),
                handler("release", HandlerKind.RELEASE, new Load("parked", "p", Pos.NONE),
                        new Done("p", 0, FlagsChoice.UNLOCKED, Pos.NONE)));
    }

    private static LifecycleState fileClosedWhileParked(LifecycleModel m) {
        return new Walk(m).step("userspace", "io_submit_sqes").steps("submitter", 3)
                .step("userspace", "closes the driver's file").state();
    }

    private static Property<LifecycleState> o10(LifecycleModel m) {
        return m.properties().stream().filter(p -> p.id().equals(PropertyId.of(uringcheck.model.Obligation.O10)))
                .findFirst().orElseThrow();
    }

    @Test
    void anExploredCounterfactualFindsTheDependency() {
        LifecycleModel m = new LifecycleModel("release", Abstraction.C, completesInRelease(),
                env(1).events(Event.FILE_CLOSE).build());
        LifecycleState s = fileClosedWhileParked(m);
        assertFalse(o10(m).predicate().test(s), "the command completes only if release runs");
        assertEquals(Optional.empty(), m.incomplete());
    }

    @Test
    void aBoundReachedIsReportedNotTakenAsAnAnswer() {
        LifecycleModel m = new LifecycleModel("release", Abstraction.C, completesInRelease(),
                env(1).events(Event.FILE_CLOSE).build(), 1);
        LifecycleState s = fileClosedWhileParked(m);
        assertTrue(o10(m).predicate().test(s), "with one state explored, no CQE is found");
        assertTrue(m.incomplete().orElseThrow().startsWith("O10 undecided"), m.incomplete().toString());
    }
}
