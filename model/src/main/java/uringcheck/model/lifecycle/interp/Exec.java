package uringcheck.model.lifecycle.interp;

import uringcheck.model.Obligation;
import uringcheck.model.lifecycle.kernel.Completion;
import uringcheck.model.lifecycle.kernel.World;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Alloc;
import uringcheck.model.lifecycle.program.Assert;
import uringcheck.model.lifecycle.program.Free;
import uringcheck.model.lifecycle.program.ListAdd;
import uringcheck.model.lifecycle.program.ListDel;
import uringcheck.model.lifecycle.program.ListFirst;
import uringcheck.model.lifecycle.program.ListMove;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.CopyFromUser;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.AddField;
import uringcheck.model.lifecycle.program.Clear;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ReadCmdOp;
import uringcheck.model.lifecycle.program.ReadFile;
import uringcheck.model.lifecycle.program.ReadPdu;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.StatementVisitor;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.lifecycle.state.Act;
import uringcheck.model.lifecycle.state.Cause;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.lifecycle.state.DriverProperty;
import uringcheck.model.lifecycle.state.PduCell;
import uringcheck.model.lifecycle.state.Provenance;
import uringcheck.model.lifecycle.state.RunningContext;
import uringcheck.model.lifecycle.state.Slot;
import uringcheck.model.lifecycle.state.Value;
import uringcheck.model.rules.Errno;

/** Executes one statement of the handler running in a {@link ContextFrame}: one atomic step of its context. */
final class Exec implements StatementVisitor<Void> {

    private final Interpreter interp;
    private World w;
    private ContextFrame f;
    private int ci;
    private CompiledHandler h;

    /** An executor for {@code interp}'s statements, reused from step to step ({@link #on}). */
    Exec(Interpreter interp) {
        this.interp = interp;
    }

    /** Makes this the executor of context {@code ci}'s next statement in {@code w} (frame {@code f}, handler {@code h}). */
    Exec on(World w, ContextFrame f, int ci, CompiledHandler h) {
        this.w = w;
        this.f = f;
        this.ci = ci;
        this.h = h;
        return this;
    }

    private Value local(String name) {
        return f.locals.get(h.local(name));
    }

    /** Binds local {@code name}; a null name (a queue without token, as under the C API) binds nothing. */
    private void setLocal(String name, Value v) {
        if (name != null) {
            f.locals.set(h.local(name), v);
        }
    }

    private boolean moves() {
        return interp.semantics().movesValues();
    }

    /** Resolves a handle for a touch of the command: a stale or completed request is a use after done (O3). */
    private int touch(String name, Act.Kind what) {
        Value v = local(name);
        Act op = Act.of(what, v.command());
        int slot = Completion.resolve(w, v, op);
        if (slot >= 0 && Completion.afterDone(w, slot, op, f.kind)) {
            return -1;
        }
        return slot;
    }

    /**
     * A read of PDU field {@code field} (the whole PDU when no layout is declared): O6 when nothing wrote it
     * in this request's life, and, for an assertion, when it does not hold {@code expected}. Only the field
     * read counts: the others may be unwritten.
     */
    private void readPdu(String name, String field, int line, Act.Kind what, boolean check, int expected) {
        int slot = touch(name, what);
        if (slot < 0) {
            return;
        }
        Slot s = w.slots.get(slot);
        int at = interp.program().pduField(field, line);
        PduCell c = s.pdu(at);
        boolean named = field != null;
        if (w.describes()) {
            w.say(what.label() + " reads " + (named ? "pdu->" + field : "pdu") + "=" + c.value() + " ("
                    + c.provenance().name().toLowerCase() + ")");
        }
        if (!c.provenance().initialised()) {
            if (named) {
                w.fault(Obligation.O6, Cause.UNINITIALISED_PDU_FIELD, f.kind, s.command(), c.provenance(), c.value(), at);
            } else {
                w.fault(Obligation.O6, Cause.UNINITIALISED_PDU, f.kind, s.command(), c.provenance(), c.value());
            }
            return;
        }
        if (check && c.value() != expected) {
            if (named) {
                w.fault(Obligation.O6, Cause.PDU_FIELD_NOT_PRESERVED, f.kind, expected, s.command(), c.value(),
                        c.provenance(), at);
            } else {
                w.fault(Obligation.O6, Cause.PDU_NOT_PRESERVED, f.kind, expected, s.command(), c.value(),
                        c.provenance());
            }
        }
    }

    @Override
    public Void readPdu(ReadPdu s) {
        readPdu(s.handle(), s.field(), s.pos().line(), Act.Kind.READ_PDU, false, 0);
        return null;
    }

    @Override
    public Void writePdu(WritePdu s) {
        int slot = touch(s.handle(), Act.Kind.WRITE_PDU);
        if (slot >= 0) {
            int at = interp.program().pduField(s.field(), s.pos().line());
            w.slots.set(slot, w.slots.get(slot).withPdu(at, s.value(), Provenance.WRITTEN));
            if (w.describes()) {
                w.say("write_pdu(" + w.label(slot) + (s.field() == null ? "" : ", " + s.field()) + ", " + s.value()
                        + ")");
            }
        }
        return null;
    }

    @Override
    public Void assertPdu(AssertPdu s) {
        readPdu(s.handle(), s.field(), s.pos().line(), Act.Kind.ASSERT_PDU, true, s.expected());
        return null;
    }

    @Override
    public Void readCmdOp(ReadCmdOp s) {
        if (touch(s.handle(), Act.Kind.CMD_OP) >= 0) {
            w.say("reads cmd->cmd_op");
        }
        return null;
    }

    @Override
    public Void readFile(ReadFile s) {
        if (touch(s.handle(), Act.Kind.FILE) >= 0) {
            w.say("reads cmd->file");
        }
        return null;
    }

    @Override
    public Void readSqe(ReadSqe s) {
        int slot = touch(s.handle(), Act.Kind.SQE);
        if (slot < 0) {
            return null;
        }
        Slot sl = w.slots.get(slot);
        boolean issuing = interp.isIssue(f) && f.slot == slot && f.generation == sl.generation();
        if (issuing || sl.sqeCopied()) {
            if (w.describes()) {
                String what = s.field() == null ? "cmd->sqe" : "sqe->" + s.field();
                w.say("reads " + what + " (" + (sl.sqeCopied() ? "the core's copy" : "the SQ ring, during the issue")
                        + ")");
            }
            if (s.field() != null && !sl.sqeCopied()) {
                fetch(slot, interp.program().sqeFieldBit(s.field()), Cause.SQE_DOUBLE_FETCH);
            }
        } else {
            w.fault(Obligation.O7, w.commands.get(sl.command()).sqReused() ? Cause.SQE_AFTER_REUSE
                    : Cause.SQE_AFTER_ISSUE, f.kind, sl.command());
        }
        return null;
    }

    /**
     * Records a fetch of {@code bit} from memory userspace may change for the request in {@code slot}; a
     * second one is a double fetch (O7, {@code cause}). Reads of the core's SQE copy are stable and never
     * come here.
     */
    private void fetch(int slot, int bit, Cause cause) {
        fetch(w, f.kind, slot, bit, cause);
    }

    /** {@link #fetch(int, int, Cause)} by {@code actor}, for the SQE tests of {@link Conditions}. */
    static void fetch(World w, ContextKind actor, int slot, int bit, Cause cause) {
        Slot sl = w.slots.get(slot);
        if ((sl.fetched() & bit) != 0) {
            w.fault(Obligation.O7, cause, actor, sl.command(), bit);
        } else {
            w.slots.set(slot, sl.withFetched(sl.fetched() | bit));
        }
    }

    @Override
    public Void copyFromUser(CopyFromUser s) {
        if (w.describes()) {
            w.say("copy_from_user(" + s.buffer() + ")");
        }
        fetch(f.slot, interp.program().userDataBit(s.buffer()), Cause.USER_DOUBLE_COPY);
        return null;
    }

    @Override
    public Void queue(Queue s) {
        Value cmd = local(s.command());
        if (!cmd.isHandle()) {
            if (w.describes()) {
                w.say("queue() on " + Conditions.render(cmd, interp.program()) + ": nothing happens");
            }
            return null;
        }
        if (moves()) {
            setLocal(s.command(), Value.EMPTY);
        }
        setLocal(s.handle(), cmd.withKind(Value.Kind.QUEUED_HANDLE));
        setLocal(s.token(), cmd.withKind(Value.Kind.QUEUED_TOKEN));
        if (interp.isIssue(f) && cmd.refersTo(f.slot, f.generation)) {
            f.queued = true;
        }
        if (w.describes()) {
            w.say("queue(cmd#" + cmd.command() + ") gives a queued handle and a Queued token");
        }
        return null;
    }

    @Override
    public Void complete(Complete s) {
        Value cmd = local(s.command());
        if (moves()) {
            setLocal(s.command(), Value.EMPTY);
        }
        setLocal(s.token(), new Value(Value.Kind.COMPLETE_TOKEN, cmd.slot(), cmd.generation(), cmd.command(), 0,
                s.ret()));
        if (w.describes()) {
            w.say("complete(" + Errno.describe(s.ret()) + ") gives a Complete token");
        }
        return null;
    }

    @Override
    public Void returnResult(Return s) {
        ReturnValue rv = s.value();
        if (rv.kind() == ReturnValue.Kind.LOCAL) {
            rv = ReturnValue.err(local(rv.token()).number());
        }
        Value token = rv.kind() == ReturnValue.Kind.TOKEN ? local(rv.token()) : Value.EMPTY;
        if (interp.isIssue(f)) {
            if (token.kind() == Value.Kind.QUEUED_TOKEN && !token.refersTo(f.slot, f.generation)
                    && interp.semantics().queuedResultNeedsHandle()
                    && interp.semantics().tokenDecidesResult()) {
                w.fault(Obligation.O13, Cause.FOREIGN_QUEUED_TOKEN, f.command, token.command());
            }
            interp.issueReturn(w, f, ci, interp.semantics().result(rv, token));
        } else {
            if (w.describes()) {
                w.say(h.name() + " returns");
            }
            interp.end(w, f, ci);
        }
        return null;
    }

    @Override
    public Void done(Done s) {
        Value v = local(s.handle());
        if (moves()) {
            setLocal(s.handle(), Value.EMPTY);
        }
        Interpreter.save(w, f, ci);
        RunningContext c = f.freeze();
        int flags = Interpreter.flags(s.flags(), c, v);
        int ret = s.retLocal() == null ? s.ret() : local(s.retLocal()).number();
        if (v.kind() == Value.Kind.EMPTY) {
            if (moves()) {
                if (w.describes()) {
                    w.say(s.handle() + " is None: if let Some(" + s.handle() + ") skips done");
                }
            } else {
                if (w.describes()) {
                    w.say("done(NULL, " + Errno.describe(ret) + ")");
                }
                w.fault(Obligation.O3, Cause.NULL_HANDLE_DONE, f.kind);
            }
            return null;
        }
        if (Completion.done(w, interp.caller(f), v, ret, flags)) {
            f.stuck = true;
        }
        return null;
    }

    @Override
    public Void completeInTask(CompleteInTask s) {
        Value v = local(s.handle());
        if (moves()) {
            setLocal(s.handle(), Value.EMPTY);
        }
        Interpreter.save(w, f, ci);
        CompiledHandler target = interp.program().handler(s.handler(), HandlerKind.TASK_WORK, s.line());
        Completion.completeInTask(w, interp.caller(f), v, target.index());
        return null;
    }

    @Override
    public Void markCancelable(MarkCancelable s) {
        Value v = local(s.handle());
        Interpreter.save(w, f, ci);
        int flags = Interpreter.flags(s.flags(), f.freeze(), v);
        if (Completion.markCancelable(w, interp.caller(f), v, flags)) {
            f.stuck = true;
        }
        return null;
    }

    private void schedule(ContextKind kind, HandlerKind handlerKind, String name, int line) {
        CompiledHandler target = interp.program().handler(name, handlerKind, line);
        int command = target.handler().device() ? -1 : f.command;
        for (int i = 0; i < w.contexts.size(); i++) {
            RunningContext c = w.contexts.get(i);
            if (c.kind() == kind && !c.started() && c.handler() == target.index() && c.command() == command) {
                if (w.describes()) {
                    w.say((kind == ContextKind.IRQ ? "raise_irq(" : "schedule_work(") + name
                            + ") finds it already pending: no-op");
                }
                return;
            }
        }
        w.contexts.add(interp.newContext(kind, target, command, Value.EMPTY, false, false));
        if (w.describes()) {
            w.say((kind == ContextKind.IRQ ? "raise_irq(" : "schedule_work(") + name + ")");
        }
    }

    @Override
    public Void scheduleWork(ScheduleWork s) {
        schedule(ContextKind.KWORKER, HandlerKind.KWORKER, s.handler(), s.line());
        return null;
    }

    @Override
    public Void raiseIrq(RaiseIrq s) {
        schedule(ContextKind.IRQ, HandlerKind.IRQ, s.handler(), s.line());
        return null;
    }

    @Override
    public Void store(Store s) {
        int at = interp.program().fieldInstance(s.field(), f.command, s.line());
        Value v = local(s.local());
        w.fields.set(at, v);
        if (moves()) {
            setLocal(s.local(), Value.EMPTY);
        }
        if (w.describes()) {
            w.say(interp.program().fieldName(at) + " = " + Conditions.render(v, interp.program()));
        }
        return null;
    }

    @Override
    public Void load(Load s) {
        int at = interp.program().fieldInstance(s.field(), f.command, s.line());
        Value v = w.fields.get(at);
        setLocal(s.local(), v);
        if (moves() && v.kind() != Value.Kind.INT) {
            w.fields.set(at, Value.EMPTY);
            if (w.describes()) {
                w.say(s.local() + " = " + interp.program().fieldName(at) + ".take() ("
                        + Conditions.render(v, interp.program()) + ")");
            }
        } else if (w.describes()) {
            w.say(s.local() + " = " + interp.program().fieldName(at) + " (" + Conditions.render(v, interp.program()) + ")");
        }
        return null;
    }

    @Override
    public Void clear(Clear s) {
        int at = interp.program().fieldInstance(s.field(), f.command, s.line());
        Value v = w.fields.get(at);
        w.fields.set(at, Value.EMPTY);
        if (w.describes()) {
            w.say(interp.program().fieldName(at) + (moves() ? " = None (drops " : " = NULL (was ")
                    + Conditions.render(v, interp.program()) + ")");
        }
        return null;
    }

    @Override
    public Void setField(SetField s) {
        int at = interp.program().fieldInstance(s.field(), f.command, s.line());
        w.fields.set(at, Value.integer(s.value()));
        if (w.describes()) {
            w.say(interp.program().fieldName(at) + " = " + s.value());
        }
        return null;
    }

    @Override
    public Void addField(AddField s) {
        int at = interp.program().fieldInstance(s.field(), f.command, s.line());
        int now = w.fields.get(at).number() + s.amount();
        w.fields.set(at, Value.integer(now));
        if (w.describes()) {
            w.say(interp.program().fieldName(at) + (s.amount() < 0 ? " -= " + -s.amount() : " += " + s.amount())
                    + " (now " + now + ")");
        }
        return null;
    }

    @Override
    public Void ifThenElse(If s) {
        throw new IllegalStateException("an if is compiled into a branch");
    }

    @Override
    public Void choose(Choose s) {
        throw new IllegalStateException("a choice is compiled into a choice op");
    }

    @Override
    public Void mayFail(MayFail s) {
        throw new IllegalStateException("a may_fail is compiled into a choice op");
    }

    @Override
    public Void forEach(ForEach s) {
        throw new IllegalStateException("a for_each is compiled into loop controls");
    }

    @Override
    public Void lock(Lock s) {
        int bit = interp.program().lockBit(s.lock(), s.line());
        if ((f.locks & bit) != 0) {
            if (w.describes()) {
                w.say(f.kind.actor() + " takes " + s.lock() + " it already holds: self-deadlock");
            }
            f.stuck = true;
            f.pc--;
            return null;
        }
        f.locks |= bit;
        if (w.describes()) {
            w.say("lock(" + s.lock() + ")");
        }
        return null;
    }

    @Override
    public Void unlock(Unlock s) {
        int bit = interp.program().lockBit(s.lock(), s.line());
        if ((f.locks & bit) == 0) {
            if (w.describes()) {
                w.say("unlock(" + s.lock() + ") of a lock it does not hold: nothing happens");
            }
            return null;
        }
        f.locks &= ~bit;
        if (w.describes()) {
            w.say("unlock(" + s.lock() + ")");
        }
        return null;
    }

    private DriverObjects objects() {
        return new DriverObjects(interp.program().objects(), w, f.kind);
    }

    @Override
    public Void alloc(Alloc s) {
        setLocal(s.into(), objects().alloc(s));
        return null;
    }

    @Override
    public Void free(Free s) {
        objects().free(local(s.object()), s.line());
        if (moves()) {
            setLocal(s.object(), Value.EMPTY);
        }
        return null;
    }

    @Override
    public Void listAdd(ListAdd s) {
        objects().add(s, local(s.object()));
        return null;
    }

    @Override
    public Void listDel(ListDel s) {
        objects().del(s, local(s.object()));
        return null;
    }

    @Override
    public Void listMove(ListMove s) {
        objects().move(s, local(s.object()));
        return null;
    }

    @Override
    public Void listFirst(ListFirst s) {
        setLocal(s.into(), objects().first(s));
        return null;
    }

    /** {@code WARN_ON(!condition)}: the test, then a breach of {@code driver-assert} when it fails; the handler goes on. */
    @Override
    public Void assertThat(Assert s) {
        if (!interp.conditions().test(w, f, s.condition(), s.line())) {
            ObjectLayout layout = interp.program().objects();
            w.driverBreach(DriverProperty.DRIVER_ASSERT, layout.breachAt(DriverProperty.DRIVER_ASSERT), s.line(),
                    Cause.DRIVER_ASSERT, f.kind, s.line());
        }
        return null;
    }
}
