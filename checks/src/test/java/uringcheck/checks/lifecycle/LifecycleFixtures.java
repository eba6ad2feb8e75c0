package uringcheck.checks.lifecycle;

import static uringcheck.model.lifecycle.Programs.CMD;
import static uringcheck.model.lifecycle.Programs.handler;
import static uringcheck.model.lifecycle.Programs.perCommand;
import static uringcheck.model.lifecycle.Programs.program;
import static uringcheck.model.lifecycle.Programs.queue;
import static uringcheck.model.lifecycle.Programs.ret;
import static uringcheck.model.lifecycle.Programs.uringCmd;

import uringcheck.model.lifecycle.LifecycleModel;

import java.util.List;
import uringcheck.model.lifecycle.program.Abstraction;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.FieldDecl;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.rules.Errno;

/**
 * The catalogue scenarios P1-P12 built in code, as test fixtures for the lifecycle model (the YAML
 * catalogue in checks is parsed into the same records).
 */
final class LifecycleFixtures {

    private LifecycleFixtures() {
    }

    static FieldDecl handleField(String name) {
        return perCommand(name, FieldDecl.Kind.HANDLE);
    }

    static FieldDecl intField(String name) {
        return perCommand(name, FieldDecl.Kind.INT);
    }

    /** P1: synchronous {@code Complete(0)}. */
    static LifecycleModel p1(Environment env) {
        return new LifecycleModel("P1", Abstraction.SEED, program(List.of(), List.of(),
                uringCmd(new Complete(CMD, 0, "t", 0), ret(ReturnValue.token("t")))), env);
    }

    /** P2: synchronous {@code Err(EINVAL)}. */
    static LifecycleModel p2(Environment env) {
        return new LifecycleModel("P2", Abstraction.SEED, program(List.of(), List.of(),
                uringCmd(ret(ReturnValue.err(Errno.EINVAL.value())))), env);
    }

    /** P3: the fresh issue writes the PDU and returns Err(EAGAIN); the io-wq reissue asserts it. */
    static LifecycleModel p3(Abstraction abstraction, Environment env) {
        return new LifecycleModel("P3", abstraction, program(List.of(intField("stage")), List.of(),
                uringCmd(new If(Condition.equalsValue("stage", 0),
                        List.of(new WritePdu(CMD, 7, 0), new SetField("stage", 1, 0),
                                ret(ReturnValue.err(Errno.EAGAIN.value()))),
                        List.of(new AssertPdu(CMD, 7, 0), new Complete(CMD, 0, "t", 0),
                                ret(ReturnValue.token("t"))), 0))), env);
    }

    private static DriverProgram deferred(FlagsChoice flags, ReturnValue result) {
        return program(List.of(handleField("h")), List.of(),
                uringCmd(queue(), new Store("h", "q", 0), new ScheduleWork("work", 0), ret(result)),
                handler("work", HandlerKind.KWORKER, new Load("h", "q", 0), new Done("q", 0, flags, 0)));
    }

    /** P4: queue, schedule_work, the kworker calls done(UNLOCKED). */
    static LifecycleModel p4(Environment env) {
        return new LifecycleModel("P4", Abstraction.SEED, deferred(FlagsChoice.UNLOCKED, ReturnValue.token("t")), env);
    }

    /** P5: the v4 sample: the kworker forwards the flags to done. */
    static LifecycleModel p5(Environment env) {
        return new LifecycleModel("P5", Abstraction.SEED, deferred(FlagsChoice.FORWARDED, ReturnValue.token("t")),
                env);
    }

    /** P6: nvme style: an IRQ bounces the command through task work, which calls done(task-work constant). */
    static LifecycleModel p6(Environment env) {
        return new LifecycleModel("P6", Abstraction.C, program(List.of(handleField("h")), List.of(),
                uringCmd(queue(), new Store("h", "q", 0), new RaiseIrq("irq", 0), ret(ReturnValue.token("t"))),
                handler("irq", HandlerKind.IRQ, new Load("h", "q", 0), new CompleteInTask("q", "tw", 0)),
                handler("tw", HandlerKind.TASK_WORK, new Done(CMD, 0, FlagsChoice.TASK_WORK, 0))), env);
    }

    /** P7 (claimed) and P8 (unclaimed): ublk style, cancelable, normal completion vs the cancel handler. */
    static LifecycleModel ublk(String name, boolean claim, Environment env) {
        Statement normal = new Done("q", 0, FlagsChoice.UNLOCKED, 0);
        Statement cancel = new Done(CMD, Errno.ECANCELED.value(), FlagsChoice.CURRENT, 0);
        Handler work = claim
                ? handler("work", HandlerKind.KWORKER, new Lock("spin", 0),
                        new If(Condition.testAndSet("claim"),
                                List.of(new Unlock("spin", 0), new Load("h", "q", 0), normal),
                                List.of(new Unlock("spin", 0)), 0))
                : handler("work", HandlerKind.KWORKER, new Load("h", "q", 0), normal);
        Handler cancelHandler = claim
                ? handler("cancel", HandlerKind.CANCEL, new Lock("spin", 0),
                        new If(Condition.testAndSet("claim"), List.of(new Unlock("spin", 0), cancel),
                                List.of(new Unlock("spin", 0)), 0))
                : handler("cancel", HandlerKind.CANCEL, cancel);
        return new LifecycleModel(name, Abstraction.C, program(List.of(handleField("h"), intField("claim")),
                List.of(new LockDecl("spin", LockDecl.Kind.SPIN, 0)),
                uringCmd(queue(), new MarkCancelable("q", FlagsChoice.CURRENT, 0), new Store("h", "q", 0),
                        new ScheduleWork("work", 0), ret(ReturnValue.token("t"))),
                work, cancelHandler), env);
    }

    /** P9: queued and parked with no completion source. */
    static LifecycleModel p9(Environment env) {
        return new LifecycleModel("P9", Abstraction.SEED, program(List.of(handleField("h")), List.of(),
                uringCmd(queue(), new Store("h", "q", 0), ret(ReturnValue.token("t")))), env);
    }

    /** P10: seed escape via Err: stash the queued handle, schedule the completion, return Err(EINVAL). */
    static LifecycleModel p10(Environment env) {
        return new LifecycleModel("P10", Abstraction.SEED,
                deferred(FlagsChoice.UNLOCKED, ReturnValue.err(Errno.EINVAL.value())), env);
    }

    /** P11: complete(-EIOCBQUEUED). */
    static LifecycleModel p11(Environment env) {
        return new LifecycleModel("P11", Abstraction.SEED, program(List.of(), List.of(),
                uringCmd(new Complete(CMD, Errno.EIOCBQUEUED.value(), "t", 0), ret(ReturnValue.token("t")))), env);
    }

    /** P12: C, the fresh issue asserts the PDU is zero without writing it; slots are recycled. */
    static LifecycleModel p12(Environment env) {
        return new LifecycleModel("P12", Abstraction.C, program(List.of(), List.of(),
                uringCmd(new AssertPdu(CMD, 0, 0), new WritePdu(CMD, 5, 0), ret(ReturnValue.raw(0)))), env);
    }
    /** O4: the issue pushes task work and the IRQ pushes it again while it is pending. */
    static LifecycleModel doubleTaskWork(Environment env) {
        return new LifecycleModel("O4-double-task-work", Abstraction.C, program(List.of(handleField("h")), List.of(),
                uringCmd(queue(), new Store("h", "q", 0), new RaiseIrq("irq", 0), new CompleteInTask("q", "tw", 0),
                        ret(ReturnValue.token("t"))),
                handler("irq", HandlerKind.IRQ, new Load("h", "q", 0), new CompleteInTask("q", "tw", 0)),
                handler("tw", HandlerKind.TASK_WORK, new Done(CMD, 0, FlagsChoice.TASK_WORK, 0))), env);
    }

    /** O7: a kworker reads cmd->sqe after the issue returned -EIOCBQUEUED. */
    static LifecycleModel sqeAfterQueue(Environment env) {
        return new LifecycleModel("O7-sqe-after-queue", Abstraction.C, program(List.of(handleField("h")), List.of(),
                uringCmd(queue(), new Store("h", "q", 0), new ScheduleWork("work", 0), ret(ReturnValue.token("t"))),
                handler("work", HandlerKind.KWORKER, new Load("h", "q", 0), new ReadSqe("q", 0),
                        new Done("q", 0, FlagsChoice.UNLOCKED, 0))), env);
    }

    /** O10: queued commands are completed only from release. */
    static LifecycleModel releaseCompletes(Environment env) {
        return new LifecycleModel("O10-release-completes", Abstraction.C, program(List.of(handleField("h")),
                List.of(), uringCmd(queue(), new Store("h", "q", 0), ret(ReturnValue.token("t"))),
                handler("release", HandlerKind.RELEASE, new Load("h", "q", 0),
                        new Done("q", 0, FlagsChoice.UNLOCKED, 0))), env);
    }

    /** O6 (SPEC §7 E): the cancel handler expects the PDU the issue wrote; the seed vtable zeroes it. */
    static LifecycleModel cancelReadsPdu(Abstraction abstraction, Environment env) {
        return new LifecycleModel("O6-cancel-reads-pdu", abstraction, program(List.of(handleField("h")), List.of(),
                uringCmd(new WritePdu(CMD, 3, 0), queue(), new MarkCancelable("q", FlagsChoice.CURRENT, 0),
                        new Store("h", "q", 0), ret(ReturnValue.token("t"))),
                handler("cancel", HandlerKind.CANCEL, new AssertPdu(CMD, 3, 0),
                        new Done(CMD, Errno.ECANCELED.value(), FlagsChoice.CURRENT, 0))), env);
    }
    /**
     * O9 (never wait for a context that needs uring_lock): the kworker completes under the driver mutex with
     * done(UNLOCKED), which must take uring_lock for a cancelable command; the cancel handler takes the same
     * mutex while its pass holds uring_lock. With {@code doneOutsideMutex} the kworker drops the mutex first.
     */
    static LifecycleModel cancelWaitsForWorker(boolean doneOutsideMutex, Environment env) {
        Statement done = new Done("q", 0, FlagsChoice.UNLOCKED, 0);
        Handler work = doneOutsideMutex
                ? handler("work", HandlerKind.KWORKER, new Lock("m", 0), new Load("h", "q", 0), new Unlock("m", 0), done)
                : handler("work", HandlerKind.KWORKER, new Lock("m", 0), new Load("h", "q", 0), done, new Unlock("m", 0));
        return new LifecycleModel(doneOutsideMutex ? "O9-cancel-syncs-with-worker" : "O9-cancel-waits-for-worker",
                Abstraction.C, program(List.of(handleField("h")), List.of(new LockDecl("m", LockDecl.Kind.MUTEX, 0)),
                        uringCmd(queue(), new MarkCancelable("q", FlagsChoice.CURRENT, 0), new Store("h", "q", 0),
                                new ScheduleWork("work", 0), ret(ReturnValue.token("t"))),
                        work, handler("cancel", HandlerKind.CANCEL, new Lock("m", 0), new Unlock("m", 0))), env);
    }
    /** SPEC §7 A with Err(EAGAIN): the stashed handle stays alive while the core reissues the command. */
    static LifecycleModel escapeViaEagain(Environment env) {
        return new LifecycleModel("seed-escape-via-eagain", Abstraction.SEED,
                deferred(FlagsChoice.UNLOCKED, ReturnValue.err(Errno.EAGAIN.value())), env);
    }
}
