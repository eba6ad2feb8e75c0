package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uringcheck.model.Fingerprints;
import uringcheck.model.lifecycle.Programs.Event;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.PduField;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.Stimulus;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.lifecycle.state.CommandRecord;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.PduCell;
import uringcheck.model.lifecycle.state.Provenance;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.Value;

/** The hand-written fingerprint separates exactly the states that value equality separates. */
class StateHashTest {

    @Test
    void everyComponentIsHashed() {
        // A new component must be added to StateHash: these counts fail first.
        assertEquals(14, LifecycleState.class.getRecordComponents().length);
        assertEquals(13, Slot.class.getRecordComponents().length);
        assertEquals(13, RunningContext.class.getRecordComponents().length);
        assertEquals(6, Value.class.getRecordComponents().length);
        assertEquals(5, CommandRecord.class.getRecordComponents().length);
    }

    @Test
    void distinctStatesHaveDistinctFingerprintsOverAWholeStateSpace() {
        DriverProgram p = Programs.program(List.of(Programs.perCommand("h", FieldDecl.Kind.HANDLE)), List.of(),
                Programs.uringCmd(new WritePdu(Programs.CMD, 1, Pos.NONE), Programs.queue(),
                        new MarkCancelable("q", FlagsChoice.CURRENT, Pos.NONE), new Store("h", "q", Pos.NONE),
                        new ScheduleWork("work", Pos.NONE), Programs.ret(ReturnValue.token("t"))),
                Programs.handler("work", HandlerKind.KWORKER, new Load("h", "q", Pos.NONE),
                        new Done("q", 0, FlagsChoice.FORWARDED, Pos.NONE)),
                Programs.handler("cancel", HandlerKind.CANCEL,
                        new Done(Programs.CMD, -125, FlagsChoice.CURRENT, Pos.NONE)));
        LifecycleModel m = new LifecycleModel("hash", Abstraction.C, p,
                Programs.env(2).slots(1).events(Event.RING_EXIT, Event.TASK_EXIT, Event.FILE_CLOSE, Event.SQ_REUSE,
                        Event.EXEC).build());
        assertEquals(5413, distinctFingerprints(m));
    }

    /** Fire counters and the outcome of a choice separate states too. */
    @Test
    void stimuliAndChoicesAreHashed() {
        DriverProgram base = Programs.program(List.of(Programs.perCommand("h", FieldDecl.Kind.HANDLE)), List.of(),
                Programs.uringCmd(Programs.queue(), new Store("h", "q", Pos.NONE),
                        new Choose(List.of("now", "later"), List.of(List.of(new ScheduleWork("work", Pos.NONE)),
                                List.of()), Pos.NONE),
                        Programs.ret(ReturnValue.token("t"))),
                Programs.handler("work", HandlerKind.KWORKER, new Load("h", "q", Pos.NONE),
                        new Done("q", 0, FlagsChoice.UNLOCKED, Pos.NONE)));
        DriverProgram p = new DriverProgram(base.fields(), base.locks(), base.handlers(),
                List.of(new Stimulus("reply", "work", Stimulus.Target.COMMAND, 2, Pos.NONE)));
        LifecycleModel m = new LifecycleModel("hash-stimuli", Abstraction.C, p, Programs.env(1).build());
        assertEquals(List.of(0), m.initialStates().get(0).fires());
        assertEquals(258, distinctFingerprints(m));
    }

    /**
     * Every PDU field is hashed: after the issue returns, the two outcomes of the choice differ only in the
     * second field's value.
     */
    @Test
    void everyPduFieldIsHashed() {
        DriverProgram base = Programs.program(List.of(), List.of(),
                Programs.uringCmd(new WritePdu(Programs.CMD, "a", 1, Pos.NONE),
                        new Choose(List.of("one", "two"), List.of(
                                List.of(new WritePdu(Programs.CMD, "b", 1, Pos.NONE)),
                                List.of(new WritePdu(Programs.CMD, "b", 2, Pos.NONE))), Pos.NONE),
                        Programs.ret(ReturnValue.raw(0))));
        DriverProgram p = new DriverProgram(base.fields(), base.locks(), base.handlers(), List.of(),
                List.of(new PduField("a", PduField.Type.U32, Pos.NONE), new PduField("b", PduField.Type.U64, Pos.NONE)));
        LifecycleModel m = new LifecycleModel("hash-pdu", Abstraction.C, p, Programs.env(2).slots(1).build());
        assertEquals(List.of(new PduCell(0, Provenance.SLAB), new PduCell(0, Provenance.SLAB)),
                m.initialStates().get(0).slots().get(0).pdu());
        assertEquals(21, distinctFingerprints(m));
    }

    /** Explores {@code m} and checks both fingerprints separate exactly its distinct states; their number. */
    private static int distinctFingerprints(LifecycleModel m) {
        Set<LifecycleState> states = new HashSet<>();
        Set<Long> fast = new HashSet<>();
        Set<Long> reflective = new HashSet<>();
        ArrayDeque<LifecycleState> queue = new ArrayDeque<>(m.initialStates());
        states.addAll(queue);
        while (!queue.isEmpty()) {
            LifecycleState s = queue.poll();
            fast.add(m.fingerprint(s));
            reflective.add(Fingerprints.of(s));
            for (LifecycleAction a : m.actions(s)) {
                LifecycleState t = m.next(s, a);
                if (states.add(t)) {
                    queue.add(t);
                }
            }
        }
        assertEquals(states.size(), fast.size());
        assertEquals(states.size(), reflective.size());
        return states.size();
    }
}
