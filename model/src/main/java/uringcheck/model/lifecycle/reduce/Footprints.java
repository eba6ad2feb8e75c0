package uringcheck.model.lifecycle.reduce;

import uringcheck.model.lifecycle.abstraction.AbstractionSemantics;
import uringcheck.model.lifecycle.program.AddField;
import uringcheck.model.lifecycle.program.Alloc;
import uringcheck.model.lifecycle.program.Free;
import uringcheck.model.lifecycle.program.ListAdd;
import uringcheck.model.lifecycle.program.ListDel;
import uringcheck.model.lifecycle.program.ListMove;
import uringcheck.model.lifecycle.program.ListFirst;
import uringcheck.model.lifecycle.program.Assert;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.Clear;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Condition;
import uringcheck.model.lifecycle.program.CopyFromUser;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.MayFail;
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
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.StatementVisitor;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;
import uringcheck.model.lifecycle.state.ContextKind;
import uringcheck.model.rules.Errno;

/**
 * The static read/write sets of the driver statements, for the independence relation of the partial-order
 * reduction ({@link AmpleSets}): what one step of a statement reaches besides its context's own frame.
 *
 * <p>Only five kinds of step stay inside a frame and one field instance, lock or new context: binding locals
 * ({@code queue}, {@code complete}), the device-field statements ({@code load}, {@code store}, {@code clear},
 * {@code set}, {@code add}), the test of an {@code if} on a field (a {@code test_and_set} included) or on the
 * flags the core passed ({@code issue_flags}, {@code tw.cancel}), {@code unlock}, which releases a lock bit
 * of the frame that only a {@code lock} of another context waits for, and {@code schedule_work} or
 * {@code raise_irq}, which only add a context not yet started. Everything else is {@link Footprint#SHARED}:
 * PDU, SQE, {@code cmd->file}, {@code cmd->cmd_op} and {@code cmd->flags} reads resolve the request and may
 * find it done (O3); {@code done}, {@code complete_in_task}, {@code mark_cancelable} move the request and
 * the ring's lists; {@code lock} disables other contexts; {@code return} ends the handler; {@code choose}
 * and {@code may_fail} have several outcomes; {@code copy_from_user} records a fetch on the request; the
 * driver-object statements ({@code alloc}, {@code free}, the list statements, {@code assert}) read or change
 * the device's objects and lists. A statement added to the language is shared until this visitor is told
 * otherwise, by the compiler: it has one method per statement.
 *
 * <p>Whether a field access, an unlock or a start is independent of the other contexts is not decided here:
 * {@link AmpleSets} decides it from where else the program touches that field or starts that handler and who
 * holds the lock, with two more static facts of the kernel given here: which poised statements O9's deadlock
 * test reads ({@link #readByO9}) and which issue results the core re-issues ({@link #mayReissue}).
 */
public class Footprints implements StatementVisitor<Footprint> {

    @Override
    public Footprint readPdu(ReadPdu s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint writePdu(WritePdu s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint assertPdu(AssertPdu s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint readCmdOp(ReadCmdOp s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint readSqe(ReadSqe s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint readFile(ReadFile s) {
        return Footprint.SHARED;
    }

    /** Binds the handle and token locals; in an issue call it also marks the call as having queued. */
    @Override
    public Footprint queue(Queue s) {
        return Footprint.ISSUE_MARK;
    }

    /** Mints a {@code Complete} token into a local (and, moving, empties the {@code cmd} local). */
    @Override
    public Footprint complete(Complete s) {
        return Footprint.OWN;
    }

    @Override
    public Footprint returnResult(Return s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint done(Done s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint completeInTask(CompleteInTask s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint markCancelable(MarkCancelable s) {
        return Footprint.SHARED;
    }

    /**
     * Creates a kworker context of its command, or nothing when that work item is pending already (a no-op
     * that the ample step's successor check refuses).
     */
    @Override
    public Footprint scheduleWork(ScheduleWork s) {
        return Footprint.start(s.handler());
    }

    /** Creates an irq context of its command, or nothing when that irq is pending already (as above). */
    @Override
    public Footprint raiseIrq(RaiseIrq s) {
        return Footprint.start(s.handler());
    }

    @Override
    public Footprint store(Store s) {
        return Footprint.field(s.field());
    }

    @Override
    public Footprint load(Load s) {
        return Footprint.field(s.field());
    }

    @Override
    public Footprint clear(Clear s) {
        return Footprint.field(s.field());
    }

    @Override
    public Footprint setField(SetField s) {
        return Footprint.field(s.field());
    }

    @Override
    public Footprint addField(AddField s) {
        return Footprint.field(s.field());
    }

    /**
     * The test of an {@code if}: a field test reads (a {@code test_and_set} also writes) that field; a test
     * of {@code issue_flags} or {@code tw.cancel} reads what the context was started with; any other test
     * ({@code cmd->flags}, {@code cmd->cmd_op}, an SQE field) reads the request, and a test kind added later
     * is shared until it is listed here.
     */
    @Override
    public Footprint ifThenElse(If s) {
        Condition c = s.condition();
        if (c.kind().onField()) {
            return Footprint.field(c.field());
        }
        return c.kind() == Condition.Kind.ISSUE_FLAG || c.kind() == Condition.Kind.TW_CANCEL ? Footprint.OWN
                : Footprint.SHARED;
    }

    @Override
    public Footprint lock(Lock s) {
        return Footprint.SHARED;
    }

    /** Releases the lock: its own lock bit, which only another context's {@code lock} of it reads. */
    @Override
    public Footprint unlock(Unlock s) {
        return Footprint.unlock(s.lock());
    }

    @Override
    public Footprint choose(Choose s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint mayFail(MayFail s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint forEach(ForEach s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint copyFromUser(CopyFromUser s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint alloc(Alloc s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint free(Free s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint listAdd(ListAdd s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint listDel(ListDel s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint listMove(ListMove s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint listFirst(ListFirst s) {
        return Footprint.SHARED;
    }

    @Override
    public Footprint assertThat(Assert s) {
        return Footprint.SHARED;
    }

    /**
     * Whether O9's deadlock test ({@code Interpreter.cancelWaitsForUringLock}) reads a context whose next
     * statement is {@code next}: a cancel pass poised at a {@code lock} (the driver lock it wants), any other
     * context holding a driver lock poised at a {@code done} or {@code mark_cancelable} (which may have to
     * take {@code uring_lock} itself, {@code Completion.takesUringLock}).
     *
     * @param cancelPass whether the context is a cancel pass ({@code ContextKind.cancelPass})
     */
    public boolean readByO9(Statement next, boolean cancelPass) {
        return cancelPass ? next instanceof Lock : next instanceof Done || next instanceof MarkCancelable;
    }

    /**
     * Whether an issue call that ends returning {@code value} may be issued again: the core re-issues the
     * request when it sees -EAGAIN ({@code io_uring_cmd} sets REISSUE, {@code io_queue_async} punts it to
     * io-wq, which runs the same handler from its start). Only an errno or raw integer is known statically,
     * and then only if the vtable ({@link AbstractionSemantics#vtableResult}) makes -EAGAIN of it in no
     * issue context, whether or not a queued handle was minted; a token or an errno a failed call bound may
     * be -EAGAIN. An issue that falls off its end returns 0.
     */
    public boolean mayReissue(ReturnValue value, AbstractionSemantics semantics) {
        if (value.kind() != ReturnValue.Kind.ERR && value.kind() != ReturnValue.Kind.RAW) {
            return true;
        }
        for (ContextKind issue : new ContextKind[] {ContextKind.SUBMITTER, ContextKind.IOWQ}) {
            for (boolean minted : new boolean[] {false, true}) {
                if (semantics.vtableResult(value.value(), minted, issue.flags()) == Errno.EAGAIN.value()) {
                    return true;
                }
            }
        }
        return false;
    }
}
