package uringcheck.model.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uringcheck.model.lifecycle.Programs.CMD;
import static uringcheck.model.lifecycle.Programs.env;
import static uringcheck.model.lifecycle.Programs.handler;
import static uringcheck.model.lifecycle.Programs.inline;
import static uringcheck.model.lifecycle.Programs.perCommand;
import static uringcheck.model.lifecycle.Programs.program;
import static uringcheck.model.lifecycle.Programs.queue;
import static uringcheck.model.lifecycle.Programs.ret;
import static uringcheck.model.lifecycle.Programs.shared;
import static uringcheck.model.lifecycle.Programs.uringCmd;

import java.util.List;
import org.junit.jupiter.api.Test;
import uringcheck.model.Fairness;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.Programs.Event;
import uringcheck.model.lifecycle.abstraction.Abstraction;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Pos;
import uringcheck.model.lifecycle.program.ReadPdu;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.lifecycle.state.LifecycleAction;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.Provenance;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.TaskState;
import uringcheck.model.rules.Errno;

/** Single paths through the lifecycle model: each kernel mechanism, and each fault it must record. */
class LifecycleModelTest {

    /** The fresh issue writes 7 and returns Err(EAGAIN); the reissue asserts 7 and completes. */
    private static DriverProgram eagainKeepsPdu() {
        return program(List.of(perCommand("stage", FieldDecl.Kind.INT)), List.of(),
                uringCmd(new If(Condition.equalsValue("stage", 0),
                        List.of(new WritePdu(CMD, 7, Pos.NONE), new SetField("stage", 1, Pos.NONE),
                                ret(ReturnValue.err(Errno.EAGAIN.value()))),
                        List.of(new AssertPdu(CMD, 7, Pos.NONE), new Complete(CMD, 0, "t", Pos.NONE),
                                ret(ReturnValue.token("t"))),
                        Pos.NONE)));
    }

    @Test
    void eagainSetsReissuePuntsToIoWqAndKeepsThePdu() {
        LifecycleModel m = new LifecycleModel("eagain-reissue", Abstraction.SEED, eagainKeepsPdu(), inline(1));
        Walk w = new Walk(m).step("userspace", "miscdevice vtable zeroes the PDU");
        assertEquals(Provenance.ZEROED, w.state().slots().get(0).pdu(0).provenance());
        w.step("submitter", "if stage[0] == 0 (0): true").steps("submitter", 3);
        assertTrue(w.last().contains("io_uring_cmd sets IORING_URING_CMD_REISSUE"), w.last());
        assertTrue(w.last().contains("cmd#0 fresh → reissued"), w.last());
        Slot s = w.state().slots().get(0);
        assertTrue(s.reissue() && s.sqeCopied());
        assertEquals(7, s.pdu(0).value());
        w.step("io-wq", "with REISSUE set");
        assertFalse(w.last().contains("zeroes"), "the vtable must not zero on a reissue: " + w.last());
        w.step("io-wq", "assert_pdu reads pdu=7").step("io-wq", "Complete token").step("io-wq", "returns 0")
                .step("task-work", "io_req_task_complete");
        assertEquals(1, w.state().commands().get(0).cqes());
        assertTrue(w.state().faults().isEmpty(), w.state().faults().toString());
    }

    @Test
    void eagainFromIoWqBreaksO8() {
        LifecycleModel m = new LifecycleModel("eagain-from-iowq", Abstraction.SEED, eagainKeepsPdu(),
                env(1).iowq().build());
        Walk w = new Walk(m).step("userspace", "IOSQE_ASYNC").step("io-wq", "io_wq_submit_work")
                .steps("io-wq", 3);
        assertTrue(w.state().hasFault(Obligation.O8), w.last());
        assertTrue(w.last().contains("no NONBLOCK"), w.last());
    }

    @Test
    void freeListIsAStackAndAStalePointerIsCaughtAfterTheSlotIsReused() {
        // C: the first issue stashes its command pointer in a device-wide field and completes; the second
        // issue (same slot, next generation) reads the PDU through the stale pointer.
        DriverProgram stash = program(List.of(shared("p", FieldDecl.Kind.HANDLE), shared("stage", FieldDecl.Kind.INT)),
                List.of(), uringCmd(new If(Condition.equalsValue("stage", 0),
                        List.of(new Store("p", CMD, Pos.NONE), new SetField("stage", 1, Pos.NONE),
                                ret(ReturnValue.raw(0))),
                        List.of(new Load("p", "old", Pos.NONE), new ReadPdu("old", Pos.NONE), ret(ReturnValue.raw(0))),
                                Pos.NONE)));
        LifecycleModel m = new LifecycleModel("stale", Abstraction.C, stash, inline(2));
        assertEquals(List.of(1, 0), m.initialStates().get(0).freeList(), "slot 0 is popped first");
        Walk w = new Walk(m).step("userspace", "request slot 0").steps("submitter", 4);
        assertTrue(w.last().contains("returns 0"), w.last());
        assertTrue(w.state().hasFault(Obligation.O12), "a pointer survives a synchronous return");
        assertEquals(List.of(1, 0), w.state().freeList(), "the freed slot 0 is on top again");
        assertEquals(1, w.state().slots().get(0).generation());
        w.step("userspace", "request slot 0 from free_list for cmd#1 (pdu=0, slab)").steps("submitter", 3);
        assertTrue(w.state().hasFault(Obligation.O3), w.last());
        assertTrue(w.last().contains("now held by cmd#1"), w.last());
    }

    @Test
    void forwardedInlineFlagsFromAKworkerBreakO5AndReachCompletionWithoutTheLock() {
        DriverProgram v4 = program(List.of(perCommand("h", FieldDecl.Kind.HANDLE)), List.of(),
                uringCmd(queue(), new Store("h", "q", Pos.NONE), new ScheduleWork("work", Pos.NONE),
                        ret(ReturnValue.token("t"))),
                handler("work", HandlerKind.KWORKER, new Load("h", "q", Pos.NONE),
                        new Done("q", 0, FlagsChoice.FORWARDED, Pos.NONE)));
        LifecycleModel m = new LifecycleModel("forwarded-flags", Abstraction.SEED, v4, inline(1));
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 4).steps("kworker", 2);
        assertTrue(w.last().contains("done(cmd#0, 0, flags=NONBLOCK|COMPLETE_DEFER|INLINE) appends to compl_reqs"
                + " without uring_lock"), w.last());
        assertTrue(w.state().hasFault(Obligation.O5));
        assertEquals(List.of(0), w.state().complReqs());
        assertTrue(m.actions(w.state()).isEmpty(), "no flush ever comes: the CQE is never posted");
    }

    @Test
    void theSameProgramWithUnlockedHolds() {
        DriverProgram good = program(List.of(perCommand("h", FieldDecl.Kind.HANDLE)), List.of(),
                uringCmd(queue(), new Store("h", "q", Pos.NONE), new ScheduleWork("work", Pos.NONE),
                        ret(ReturnValue.token("t"))),
                handler("work", HandlerKind.KWORKER, new Load("h", "q", Pos.NONE),
                        new Done("q", 0, FlagsChoice.UNLOCKED, Pos.NONE)));
        LifecycleModel m = new LifecycleModel("unlocked-flags", Abstraction.SEED, good, inline(1));
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 4).steps("kworker", 2)
                .step("task-work", "io_req_task_complete");
        assertTrue(w.state().faults().isEmpty(), w.state().faults().toString());
        assertEquals(1, w.state().commands().get(0).cqes());
        assertTrue(LifecycleObligations.settled(w.state()));
    }

    @Test
    void aSecondDoneIsADoubleCompletionByTheTransitionTable() {
        DriverProgram twice = program(List.of(), List.of(),
                uringCmd(queue(), new Done("q", 0, FlagsChoice.CURRENT, Pos.NONE),
                        new Done("q", 0, FlagsChoice.CURRENT, Pos.NONE),
                        ret(ReturnValue.token("t"))));
        LifecycleModel m = new LifecycleModel("twice", Abstraction.C, twice, inline(1));
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 2);
        assertTrue(w.state().faults().isEmpty(), "a done before the issue returns is legal after queue()");
        w.step("submitter", "done");
        assertTrue(w.state().hasFault(Obligation.O1), w.last());
        assertTrue(w.last().contains("DONE (__io_uring_cmd_done) on cmd#0 in phase done is illegal"), w.last());
    }

    @Test
    void doneWithoutQueueOnAFreshCommandBreaksOwnershipUnderSeed() {
        DriverProgram early = program(List.of(), List.of(),
                uringCmd(new Done(CMD, 0, FlagsChoice.CURRENT, Pos.NONE), ret(ReturnValue.raw(0))));
        Walk w = new Walk(new LifecycleModel("early", Abstraction.SEED, early, inline(1))).step("userspace", "")
                .step("submitter", "done");
        assertTrue(w.state().hasFault(Obligation.O12), w.last());
    }

    @Test
    void underCDoneInsideTheIssueHandsTheRequestOverAndAResultAfterItIsADoubleCompletion() {
        DriverProgram early = program(List.of(), List.of(),
                uringCmd(new Done(CMD, 0, FlagsChoice.CURRENT, Pos.NONE), ret(ReturnValue.raw(0))));
        Walk w = new Walk(new LifecycleModel("early", Abstraction.C, early, inline(1))).step("userspace", "")
                .step("submitter", "done");
        assertTrue(w.state().faults().isEmpty(), w.last());
        assertTrue(w.last().contains("cmd#0 fresh → queued; cmd#0 queued → done"), w.last());
        w.step("submitter", "returns 0");
        assertTrue(w.state().hasFault(Obligation.O1), w.last());
    }

    @Test
    void unlockedDoneInsideTheCancelPassSelfDeadlocks() {
        DriverProgram p = program(List.of(), List.of(),
                uringCmd(queue(), new MarkCancelable("q", FlagsChoice.CURRENT, Pos.NONE), ret(ReturnValue.token("t"))),
                handler("cancel", HandlerKind.CANCEL, new Done(CMD, -125, FlagsChoice.UNLOCKED, Pos.NONE)));
        LifecycleModel m = new LifecycleModel("deadlock", Abstraction.C, p,
                env(1).events(Event.RING_EXIT).build());
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 3).step("userspace", "closes the ring")
                .step("ring-exit", "calls uring_cmd(cmd#0, flags=CANCEL|COMPLETE_DEFER)").step("ring-exit", "done");
        assertTrue(w.last().contains("io_ring_submit_lock self-deadlocks"), w.last());
        assertTrue(w.state().hasFault(Obligation.O5));
        assertTrue(m.actions(w.state()).isEmpty(), "the pass holds uring_lock forever");
    }

    @Test
    void unlockedDoneOnACancelableCommandFromAnIrqSleepsInAtomicContext() {
        DriverProgram p = program(List.of(perCommand("h", FieldDecl.Kind.HANDLE)), List.of(),
                uringCmd(queue(), new MarkCancelable("q", FlagsChoice.CURRENT, Pos.NONE), new Store("h", "q", Pos.NONE),
                        new uringcheck.model.lifecycle.program.RaiseIrq("irq", Pos.NONE), ret(ReturnValue.token("t"))),
                handler("irq", HandlerKind.IRQ, new Load("h", "q", Pos.NONE),
                        new Done("q", 0, FlagsChoice.UNLOCKED, Pos.NONE)));
        Walk w = new Walk(new LifecycleModel("irq", Abstraction.C, p, inline(1))).step("userspace", "")
                .steps("submitter", 5).steps("irq", 2);
        assertTrue(w.last().contains("sleeps in atomic context"), w.last());
        assertTrue(w.state().hasFault(Obligation.O5));
    }

    @Test
    void afterTaskExitTaskWorkRunsInTheFallbackKworker() {
        DriverProgram p = program(List.of(), List.of(),
                uringCmd(queue(), new CompleteInTask("q", "tw", Pos.NONE), ret(ReturnValue.token("t"))),
                handler("tw", HandlerKind.TASK_WORK, new Done(CMD, 0, FlagsChoice.TASK_WORK, Pos.NONE)));
        LifecycleModel m = new LifecycleModel("fallback", Abstraction.C, p,
                env(1).events(Event.TASK_EXIT).build());
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 3).step("userspace", "the task exits");
        assertTrue(w.last().contains("fallback kworker"), w.last());
        w.step("fallback-kworker", "tw.cancel").step("fallback-kworker", "done");
        assertEquals(1, w.state().commands().get(0).cqes());
        assertTrue(w.state().faults().isEmpty(), w.state().faults().toString());
    }

    /** A parked command made cancelable: the shape of a ublk FETCH. */
    private static DriverProgram parkedCancelable() {
        return program(List.of(shared("parked", FieldDecl.Kind.HANDLE)), List.of(),
                uringCmd(queue(), new MarkCancelable("q", FlagsChoice.CURRENT, Pos.NONE),
                        new Store("parked", "q", Pos.NONE), ret(ReturnValue.token("t"))),
                handler("cancel", HandlerKind.CANCEL, new Done(CMD, -125, FlagsChoice.CURRENT, Pos.NONE)));
    }

    @Test
    void taskExitRunsNoCancelPassAndTheRingExitPassesCancel() {
        LifecycleModel m = new LifecycleModel("task-exit", Abstraction.C, parkedCancelable(),
                env(1).events(Event.TASK_EXIT).build());
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 4).step("userspace", "the task exits");
        assertTrue(w.last().contains("runs no uring_cmd cancel pass"), w.last());
        assertTrue(w.last().contains("io_ring_exit_work"), w.last());
        assertEquals(TaskState.DEAD, w.state().task());
        assertTrue(w.state().ringClosed() && w.state().fileClosed());
        assertTrue(w.state().contexts().isEmpty(), "no cancel pass runs at task exit: " + w.state().contexts());
        assertEquals(0, w.state().commands().get(0).cqes());
        w.step("ring-exit", "cancel pass").step("ring-exit", "done");
        assertEquals(1, w.state().commands().get(0).cqes());
    }

    @Test
    void aSharedRingOutlivesTheTaskUntilTheOtherHolderClosesIt() {
        LifecycleModel m = new LifecycleModel("shared", Abstraction.C, parkedCancelable(),
                env(1).events(Event.TASK_EXIT, Event.SHARED_RING).build());
        Walk w = new Walk(m).step("userspace", "io_submit_sqes").steps("submitter", 4)
                .step("userspace", "the task exits");
        assertTrue(w.last().contains("another process holds the ring"), w.last());
        assertFalse(w.state().ringClosed());
        for (LifecycleAction a : m.actions(w.state())) {
            assertEquals(LifecycleAction.Kind.PEER_CLOSE_RING, a.kind(), "only the other holder can act: " + a);
            assertEquals(Fairness.STIMULUS, m.fairness(w.state(), a));
        }
        w.step("userspace", "the other process holding the ring closes it").step("ring-exit", "cancel pass")
                .step("ring-exit", "done");
        assertEquals(1, w.state().commands().get(0).cqes());
    }

    @Test
    void execCancelsWithCancelAllAndWaitsForTheTasksRequests() {
        LifecycleModel m = new LifecycleModel("exec", Abstraction.C, parkedCancelable(),
                env(1).events(Event.EXEC).build());
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 4).step("userspace", "execve");
        assertEquals(TaskState.EXECING, w.state().task());
        assertFalse(w.state().ringClosed() || w.state().fileClosed(), "exec keeps the descriptors");
        w.step("exec-cancel", "cancel_all=true").step("exec-cancel", "done");
        assertEquals(1, w.state().commands().get(0).cqes());
        w.step("exec-cancel", "execve goes on");
        assertEquals(TaskState.ALIVE, w.state().task());
        assertTrue(w.state().faults().isEmpty(), w.state().faults().toString());
    }

    @Test
    void execWithANonCancelableCommandWaitsForever() {
        DriverProgram p = program(List.of(shared("parked", FieldDecl.Kind.HANDLE)),
                List.of(), uringCmd(queue(), new Store("parked", "q", Pos.NONE), ret(ReturnValue.token("t"))));
        LifecycleModel m = new LifecycleModel("exec-hang", Abstraction.C, p, env(1).events(Event.EXEC).build());
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 3).step("userspace", "execve");
        LifecycleState waiting = w.state();
        w.step("exec-cancel", "waits for 1 live request");
        assertEquals(waiting, w.state(), "a pass with nothing to cancel changes nothing: exec sleeps forever");
    }

    @Test
    void theSeedVtableZeroesLiveStateOnACancelCall() {
        DriverProgram p = program(List.of(), List.of(),
                uringCmd(new WritePdu(CMD, 3, Pos.NONE), queue(),
                        new MarkCancelable("q", FlagsChoice.CURRENT, Pos.NONE),
                        ret(ReturnValue.token("t"))),
                handler("cancel", HandlerKind.CANCEL, new AssertPdu(CMD, 3, Pos.NONE),
                        new Done(CMD, -125, FlagsChoice.CURRENT, Pos.NONE)));
        for (Abstraction a : Abstraction.values()) {
            LifecycleModel m = new LifecycleModel("cancel-reads-pdu", a, p, env(1).events(Event.RING_EXIT).build());
            Walk w = new Walk(m).step("userspace", "").steps("submitter", 4).step("userspace", "closes the ring")
                    .step("ring-exit", "cancel pass").steps("ring-exit", 2);
            assertEquals(a == Abstraction.SEED || a == Abstraction.V5, w.state().hasFault(Obligation.O6),
                    a + ": " + w.state().faults());
            assertEquals(1, w.state().commands().get(0).cqes());
        }
    }

    @Test
    void statesFingerprintAndActionsAreDeterministic() {
        LifecycleModel m = new LifecycleModel("eagain-reissue", Abstraction.SEED, eagainKeepsPdu(), inline(2));
        LifecycleModel again = new LifecycleModel("eagain-reissue", Abstraction.SEED, eagainKeepsPdu(), inline(2));
        Walk a = new Walk(m).step("userspace", "").steps("submitter", 4);
        Walk b = new Walk(again).step("userspace", "").steps("submitter", 4);
        assertEquals(a.state(), b.state());
        assertEquals(m.fingerprint(a.state()), again.fingerprint(b.state()));
        assertEquals(m.actions(a.state()), again.actions(b.state()));
        assertEquals(m.fields(a.state()), again.fields(b.state()));
    }

    @Test
    void undeclaredNamesAreRejectedWhenTheModelIsBuilt() {
        DriverProgram unknownWork = program(List.of(), List.of(),
                uringCmd(new ScheduleWork("nowhere", Pos.atLine(12)), ret(ReturnValue.raw(0))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LifecycleModel("bad", Abstraction.C, unknownWork, inline(1)));
        assertTrue(e.getMessage().contains("line 12") && e.getMessage().contains("nowhere"), e.getMessage());
        DriverProgram noIssue = program(List.of(), List.of(), handler("w", HandlerKind.KWORKER));
        assertThrows(IllegalArgumentException.class, () -> new LifecycleModel("bad", Abstraction.C, noIssue, inline(1)));
        assertThrows(IllegalArgumentException.class, () -> new LifecycleModel("bad", Abstraction.C, unknownWork,
                env(1).slots(2).build()));
    }
    @Test
    void aQueuedTokenKeptFromAnotherCommandBreaksO13UnderSeed() {
        // SPEC §7 B: cmd#0 keeps its Queued token in a device field and fails; cmd#1 queues itself, drops its
        // handle and returns cmd#0's token.
        DriverProgram p = program(List.of(shared("tok", FieldDecl.Kind.TOKEN), shared("stage", FieldDecl.Kind.INT)),
                List.of(), uringCmd(new If(Condition.equalsValue("stage", 0),
                        List.of(queue(), new Store("tok", "t", Pos.NONE), new SetField("stage", 1, Pos.NONE),
                                ret(ReturnValue.err(Errno.EINVAL.value()))),
                        List.of(queue(), new Load("tok", "t", Pos.NONE), ret(ReturnValue.token("t"))), Pos.NONE)));
        LifecycleModel m = new LifecycleModel("token-for-another-command", Abstraction.SEED, p, inline(2));
        Walk w = new Walk(m).step("userspace", "").steps("submitter", 5);
        assertFalse(w.state().hasFault(Obligation.O13));
        w.step("userspace", "cmd#1").steps("submitter", 4);
        assertTrue(w.last().contains("returns the Queued token minted for cmd#0"), w.last());
        assertTrue(w.state().hasFault(Obligation.O13));
    }
}
