package uringcheck.model.lifecycle.interp;

import java.util.List;
import java.util.Optional;
import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.abstraction.AbstractionSemantics;
import uringcheck.model.lifecycle.kernel.Caller;
import uringcheck.model.lifecycle.kernel.Completion;
import uringcheck.model.lifecycle.kernel.Core;
import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.Environment;
import uringcheck.model.lifecycle.program.FlagsChoice;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.LockDecl;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.LifecycleState;
import uringcheck.model.lifecycle.state.PduCell;
import uringcheck.model.lifecycle.state.Provenance;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.StateList;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.UringCmdCall;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.Errno;
import uringcheck.model.rules.IssueFlags;
import uringcheck.model.rules.Transition;

/**
 * Runs driver handlers one atomic statement at a time in their contexts (SPEC §2), and performs what the
 * core does around a handler call: entering {@code f_op->uring_cmd} (the seed vtable's PDU zeroing), the
 * issue result ({@code io_uring_cmd} / {@code io_issue_sqe}: -EAGAIN punt, -EIOCBQUEUED, synchronous
 * completion), the end of a task-work batch ({@code ctx_flush_and_put}) and the cancel pass loop
 * ({@code io_uring_try_cancel_uring_cmd}).
 */
public final class Interpreter {

    private final CompiledProgram program;
    private final AbstractionSemantics semantics;
    private final DataRaces races;
    private final Conditions conditions;
    /** By handler index then program counter, what the step resting there waits for ({@link StepGuard}). */
    private final StepGuard[][] guards;
    /** Per thread, what steps work in, reused from one to the next. */
    private final ThreadLocal<Frames> frames = ThreadLocal.withInitial(() -> new Frames(this));

    /**
     * One thread's reusable working copies: the frame of the context taking a step (or of a cancel pass
     * starting, {@link #passFrame}), the frame of a context created during it ({@link #newContext}), the
     * contexts both froze into, the statement executor and the issue-result handling. A step never begins inside another on the same thread, so one of each suffices.
     */
    private static final class Frames {
        final ContextTable contexts = new ContextTable();
        final ContextFrame stepping = new ContextFrame(contexts);
        final ContextFrame created = new ContextFrame(contexts);
        final Exec exec;
        final IssueResult issue;

        Frames(Interpreter interp) {
            exec = new Exec(interp);
            issue = new IssueResult(interp);
        }
    }

    /** Interprets {@code program} under {@code semantics}; {@code environment} gives the commands' SQEs. */
    public Interpreter(CompiledProgram program, AbstractionSemantics semantics, Environment environment) {
        this.program = program;
        this.semantics = semantics;
        this.races = program.anyPlainField() ? new DataRaces(this) : null;
        this.conditions = new Conditions(program, environment);
        this.guards = new StepGuard[program.handlerCount()][];
        for (int i = 0; i < guards.length; i++) {
            CompiledHandler h = program.handler(i);
            guards[i] = new StepGuard[h.ops().size()];
            for (int pc = 0; pc < guards[i].length; pc++) {
                guards[i][pc] = StepGuard.of(program, h, pc);
            }
        }
    }

    /** The tests of {@code if} and {@code assert:}. */
    Conditions conditions() {
        return conditions;
    }

    /** The compiled program. */
    public CompiledProgram program() {
        return program;
    }

    /** The abstraction's semantics. */
    public AbstractionSemantics semantics() {
        return semantics;
    }

    /**
     * A new context running {@code handler} for command {@code command}, its {@code cmd} bound to {@code cmd}.
     * Its program counter rests on its first step: a loop head it begins with is entered here, so that what
     * the next step waits for (a lock, {@code uring_lock}) is read from a statement, never from a loop control.
     */
    public RunningContext newContext(ContextKind kind, CompiledHandler handler, int command, Value cmd, boolean started,
                              boolean holdsUring) {
        int slot = cmd.isHandle() ? cmd.slot() : -1;
        int generation = cmd.isHandle() ? cmd.generation() : 0;
        ContextFrame f = frames.get().created.fresh(kind, handler.index(), command, slot, generation, started,
                holdsUring, handler.locals().size(), cmd);
        skipJumps(f);
        return f.freeze();
    }

    /** A cancel pass context (C5) over the current {@code cancelable_uring_cmd}; it holds uring_lock. */
    public RunningContext newPass(ContextKind kind, List<Integer> cancelable) {
        return new RunningContext(kind, -1, 0, -1, 0, 0, true, StateList.of(), true, 0, false, false, cancelable);
    }

    /**
     * Whether context {@code ci} can take a step: it is not self-deadlocked, the driver lock it wants is
     * free, an allocation finds a free object, and a done / mark_cancelable that must take {@code uring_lock}
     * itself finds it free.
     */
    public boolean enabled(LifecycleState s, int ci) {
        return enabled(s, ci, s.uringLockHeld(), unavailableLocks(s));
    }

    /**
     * {@link #enabled(LifecycleState, int)} with what every context of {@code s} shares worked out once:
     * whether some context holds {@code uring_lock}, and the driver locks held or leaked
     * ({@link #unavailableLocks}).
     */
    boolean enabled(LifecycleState s, int ci, boolean uringHeld, int unavailable) {
        RunningContext c = s.contexts().get(ci);
        if (c.stuck()) {
            return false;
        }
        StepGuard g = guard(c);
        if (g.lockBit() != 0) {
            return (c.locks() & g.lockBit()) != 0 || (unavailable & g.lockBit()) == 0;
        }
        if (g.poolStart() >= 0) {
            for (int i = g.poolStart(); i < g.poolStart() + g.poolSize(); i++) {
                if (s.objects().get(i) == 0) {
                    return true;
                }
            }
            return false;
        }
        return !uringHeld || !needsUringLock(s, c, g);
    }

    /** The driver locks some context of {@code s} holds or whose holder ended holding them (leaked). */
    static int unavailableLocks(LifecycleState s) {
        int locks = s.leakedLocks();
        for (int i = 0; i < s.contexts().size(); i++) {
            locks |= s.contexts().get(i).locks();
        }
        return locks;
    }

    /**
     * Whether a cancel call waits for a context that needs {@code uring_lock} (O9): the cancel handler of a
     * pass, which holds {@code uring_lock}, wants a driver lock held by a context whose next step must take
     * {@code uring_lock} (an UNLOCKED done or mark_cancelable on a cancelable command). Neither can move.
     */
    public boolean cancelWaitsForUringLock(LifecycleState s) {
        for (int p = 0; p < s.contexts().size(); p++) {
            RunningContext pass = s.contexts().get(p);
            int bit = pass.kind().cancelPass() ? wantedLock(s, pass) : 0;
            if (bit == 0) {
                continue;
            }
            for (int x = 0; x < s.contexts().size(); x++) {
                RunningContext c = s.contexts().get(x);
                if (x != p && (c.locks() & bit) != 0 && s.uringLockHeld() && needsUringLock(s, c, guard(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many outcomes the next step of context {@code ci} has: one per alternative of a {@code choose},
     * success plus one per errno of a {@code may_fail}, otherwise 1.
     */
    public int outcomes(LifecycleState s, int ci) {
        return guard(s.contexts().get(ci)).outcomes();
    }

    /** The guard of the step context {@code c} rests on. */
    private StepGuard guard(RunningContext c) {
        if (c.handler() < 0) {
            return StepGuard.FREE;
        }
        StepGuard[] byPc = guards[c.handler()];
        return c.pc() < byPc.length ? byPc[c.pc()] : StepGuard.FREE;
    }

    /** The driver lock the next step of {@code c} waits for (held by another or leaked), or 0. */
    private int wantedLock(LifecycleState s, RunningContext c) {
        int bit = guard(c).lockBit();
        if (bit == 0 || (c.locks() & bit) != 0) {
            return 0;
        }
        return (unavailableLocks(s) & bit) != 0 ? bit : 0;
    }

    /**
     * Whether the next step of {@code c} (guarded by {@code g}) must take {@code uring_lock}, which it does
     * not hold: it waits when another context holds it.
     */
    private boolean needsUringLock(LifecycleState s, RunningContext c, StepGuard g) {
        if (g.handleLocal() < 0 || c.holdsUring()) {
            return false;
        }
        Value v = c.locals().get(g.handleLocal());
        if (!v.isHandle()) {
            return false;
        }
        Slot slot = s.slots().get(v.slot());
        return slot.generation() == v.generation()
                && Completion.takesUringLock(slot, flags(g.flags(), c, v), g.forDone());
    }

    /** The issue_flags a driver passes for {@code choice} in context {@code c} with handle {@code v} (SPEC §5). */
    static int flags(FlagsChoice choice, RunningContext c, Value v) {
        return switch (choice) {
            case FORWARDED -> v.flags();
            case CURRENT -> c.flags();
            case UNLOCKED -> IssueFlags.UNLOCKED;
            case TASK_WORK -> IssueFlags.COMPLETE_DEFER;
            case ZERO -> 0;
        };
    }

    /**
     * RunningContext {@code ci} takes one step: it starts if it had not, then executes one statement, taking
     * outcome {@code choice} of a step with several ({@link #outcomes}).
     */
    public void step(World w, int ci, int choice) {
        Frames mine = frames.get();
        ContextFrame f = mine.stepping.load(w.contexts.get(ci));
        if (!f.started) {
            start(w, f);
        }
        if (races != null) {
            races.check(w, ci);
        }
        if (f.handler >= 0) {
            CompiledHandler h = program.handler(f.handler);
            if (f.pc < h.ops().size()) {
                Op op = h.ops().get(f.pc);
                if (w.describes()) {
                    w.at(h.name(), op.statement().line());
                }
                int own = f.command;
                if (op.index() >= 0) {
                    f.command = f.locals.get(op.index()).number();
                }
                if (op.kind() == Op.Kind.BRANCH) {
                    boolean taken = conditions.test(w, f, op.branch().condition(), op.branch().line());
                    f.pc = taken ? f.pc + 1 : op.target();
                } else if (op.kind() == Op.Kind.CHOICE) {
                    Outcome.take(w, f, h, op, choice);
                } else {
                    f.pc++;
                    op.statement().accept(mine.exec.on(w, f, ci, h));
                }
                f.command = own;
            }
            skipJumps(f);
            if (!f.finished && !f.stuck && f.pc >= h.ops().size()) {
                end(w, f, ci);
            }
        } else {
            end(w, f, ci);
        }
        if (f.finished) {
            w.contexts.remove(ci);
        } else {
            w.contexts.set(ci, f.freeze());
        }
    }

    /** The frame of cancel pass {@code c} starting its first call ({@code LifecycleSteps}); not inside a step. */
    ContextFrame passFrame(RunningContext c) {
        return frames.get().stepping.load(c);
    }

    private void skipJumps(ContextFrame f) {
        if (f.handler < 0 || f.finished) {
            return;
        }
        CompiledHandler h = program.handler(f.handler);
        while (f.pc < h.ops().size() && h.ops().get(f.pc).control()) {
            Op op = h.ops().get(f.pc);
            switch (op.kind()) {
                case LOOP_ENTER -> {
                    f.locals.set(op.index(), Value.integer(0));
                    f.pc++;
                }
                case LOOP_NEXT -> {
                    int next = f.locals.get(op.index()).number() + 1;
                    if (next < program.commands()) {
                        f.locals.set(op.index(), Value.integer(next));
                        f.pc = op.target();
                    } else {
                        f.locals.set(op.index(), Value.EMPTY);
                        f.pc++;
                    }
                }
                default -> f.pc = op.target();
            }
        }
    }

    /** Writes {@code f} back into the world so that core helpers scanning contexts see it. */
    static void save(World w, ContextFrame f, int ci) {
        w.contexts.set(ci, f.freeze());
    }

    private void start(World w, ContextFrame f) {
        f.started = true;
        CompiledHandler h = program.handler(f.handler);
        switch (f.kind) {
            case IOWQ -> {
                if (w.describes()) {
                    w.say("io_wq_submit_work calls uring_cmd(cmd#" + f.command + ", flags="
                            + IssueFlags.render(f.kind.flags()) + ")"
                            + (w.slots.get(f.slot).reissue() ? " with REISSUE set" : ""));
                }
                enterUringCmd(w, f.slot, UringCmdCall.ISSUE);
            }
            case RELEASE -> w.say("f_op->release runs");
            default -> {
                if (w.describes()) {
                    w.say(switch (f.kind) {
                        case KWORKER -> "kworker runs work item " + h.name() + " scheduled for " + forWhom(f);
                        case IRQ -> "irq handler " + h.name() + " runs for " + forWhom(f);
                        default -> f.kind.actor() + " runs " + h.name();
                    });
                }
            }
        }
    }

    /** Whom a deferred handler runs for: its command, or the device for a device-level handler (-1). */
    private static String forWhom(ContextFrame f) {
        return f.command < 0 ? "the device" : "cmd#" + f.command;
    }

    /**
     * The core enters {@code f_op->uring_cmd} for the request in {@code slot} ({@code call} is "issue" for
     * an issue call); under the seed vtable the PDU is zeroed when REISSUE is clear, which erases live
     * driver state on a cancel call (SPEC §4, §7 E); the abstraction decides
     * ({@link AbstractionSemantics#zeroesPdu}).
     */
    public void enterUringCmd(World w, int slot, UringCmdCall call) {
        Slot s = w.slots.get(slot);
        if (!semantics.zeroesPdu(call == UringCmdCall.ISSUE, s.reissue())) {
            return;
        }
        for (int i = 0; i < s.pdu().size(); i++) {
            PduCell c = s.pdu(i);
            if (c.provenance() == Provenance.WRITTEN && c.value() != 0) {
                if (!program.pduLayout()) {
                    w.fault(Obligation.O6, Cause.VTABLE_ZEROED_PDU, s.command(), call, c.value());
                } else {
                    w.fault(Obligation.O6, Cause.VTABLE_ZEROED_PDU_FIELD, s.command(), call, i, c.value());
                }
                break;
            }
        }
        w.slots.set(slot, s.withPduZeroed());
        w.say("miscdevice vtable zeroes the PDU (REISSUE clear)");
    }

    /** The handler of {@code f} ends (falls off its end or returns). */
    void end(World w, ContextFrame f, int ci) {
        if (isIssue(f)) {
            w.say("uring_cmd falls off its end");
            issueReturn(w, f, ci, 0);
            return;
        }
        leakLocks(w, f);
        switch (f.kind) {
            case TASK_WORK, FALLBACK -> {
                Core.flush(w);
                f.holdsUring = false;
                f.finished = true;
                w.say("ctx_flush_and_put drops uring_lock");
            }
            case RING_EXIT_PASS, EXEC_PASS -> advancePass(w, f);
            default -> f.finished = true;
        }
    }

    private void leakLocks(World w, ContextFrame f) {
        if (f.locks != 0) {
            for (int bit = 1; bit != 0 && bit <= f.locks; bit <<= 1) {
                if ((f.locks & bit) != 0) {
                    LockDecl d = program.lock(bit);
                    if (w.describes()) {
                        w.say(f.kind.actor() + " ends holding " + d.name() + ": it stays locked");
                    }
                }
            }
            w.leakedLocks |= f.locks;
            f.locks = 0;
        }
    }

    boolean isIssue(ContextFrame f) {
        return (f.kind == ContextKind.SUBMITTER || f.kind == ContextKind.IOWQ)
                && program.handler(f.handler).handler().kind() == HandlerKind.URING_CMD;
    }

    /**
     * The core's handling of the issue result of frame {@code f}, see {@link IssueResult}; the vtable first
     * turns the driver's result into the {@code int} the core sees ({@link AbstractionSemantics#vtableResult}).
     */
    void issueReturn(World w, ContextFrame f, int ci, int driverResult) {
        int ret = semantics.vtableResult(driverResult, f.queued, f.kind.flags());
        if (ret != driverResult) {
            if (w.describes()) {
                w.say("the vtable maps " + Errno.describe(driverResult) + " to " + Errno.describe(ret)
                        + (f.queued ? " (a queued handle was minted in this call)" : ""));
            }
        }
        leakLocks(w, f);
        frames.get().issue.on(w, f, ci).handle(ret);
    }

    /**
     * The cancel pass ({@code io_uring_try_cancel_uring_cmd}) moves on: it calls the driver's uring_cmd
     * with {@code CANCEL|COMPLETE_DEFER} for the next request still marked cancelable; when none is left
     * it flushes and drops uring_lock.
     */
    void advancePass(World w, ContextFrame f) {
        Optional<CompiledHandler> cancel = program.handler(HandlerKind.CANCEL);
        while (!f.pending.isEmpty()) {
            int slot = f.pending.remove(0);
            Slot s = w.slots.get(slot);
            if (!s.alive() || !s.cancelable()) {
                continue;
            }
            if (w.describes()) {
                w.say("io_uring_try_cancel_uring_cmd calls uring_cmd(" + w.label(slot) + ", flags="
                        + IssueFlags.render(f.kind.flags()) + ")");
            }
            w.move(slot, Transition.CANCEL_CALL, Act.of(Act.Kind.CANCEL_CALL, w.slots.get(slot).command()));
            enterUringCmd(w, slot, UringCmdCall.CANCEL);
            if (cancel.isPresent()) {
                Value cmd = new Value(Value.Kind.COMMAND, slot, s.generation(), s.command(), f.kind.flags(), 0);
                f.handler = cancel.get().index();
                f.pc = 0;
                f.slot = slot;
                f.generation = s.generation();
                f.command = s.command();
                f.locals.clear();
                f.locals.add(cmd);
                for (int i = 1; i < cancel.get().locals().size(); i++) {
                    f.locals.add(Value.EMPTY);
                }
                f.queued = false;
                skipJumps(f);
                return;
            }
            w.say("the driver has no cancel handler: the call does nothing");
        }
        f.handler = -1;
        f.locals.clear();
        f.slot = -1;
        Core.flush(w);
        f.holdsUring = false;
        f.finished = true;
        if (w.describes()) {
            long alive = w.slots.stream().filter(Slot::alive).count();
            w.say("the cancel pass ends and drops uring_lock; " + (f.kind == ContextKind.EXEC_PASS
                    ? "io_uring_cancel_generic" : "io_ring_exit_work") + " waits for " + alive + " live request(s)");
        }
    }

    /** The caller view of frame {@code f} for the core helpers. */
    Caller caller(ContextFrame f) {
        boolean spin = false;
        for (int bit = 1; bit != 0 && bit <= f.locks; bit <<= 1) {
            if ((f.locks & bit) != 0 && program.lock(bit).kind() == LockDecl.Kind.SPIN) {
                spin = true;
            }
        }
        return Caller.of(f.kind, f.holdsUring, spin, f.slot, f.pending.frozen());
    }
}
