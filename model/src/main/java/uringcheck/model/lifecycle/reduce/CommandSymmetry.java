package uringcheck.model.lifecycle.reduce;

import java.util.List;

import uringcheck.model.lifecycle.program.AddField;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Alloc;
import uringcheck.model.lifecycle.program.Assert;
import uringcheck.model.lifecycle.program.Free;
import uringcheck.model.lifecycle.program.ListAdd;
import uringcheck.model.lifecycle.program.ListDel;
import uringcheck.model.lifecycle.program.ListFirst;
import uringcheck.model.lifecycle.program.ListMove;
import uringcheck.model.lifecycle.program.Choose;
import uringcheck.model.lifecycle.program.Clear;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.CopyFromUser;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.DriverProgram;
import uringcheck.model.lifecycle.program.ForEach;
import uringcheck.model.lifecycle.program.Handler;
import uringcheck.model.lifecycle.program.If;
import uringcheck.model.lifecycle.program.Load;
import uringcheck.model.lifecycle.program.Lock;
import uringcheck.model.lifecycle.program.MayFail;
import uringcheck.model.lifecycle.program.MarkCancelable;
import uringcheck.model.lifecycle.program.Queue;
import uringcheck.model.lifecycle.program.RaiseIrq;
import uringcheck.model.lifecycle.program.ReadCmdOp;
import uringcheck.model.lifecycle.program.ReadFile;
import uringcheck.model.lifecycle.program.ReadPdu;
import uringcheck.model.lifecycle.program.ReadSqe;
import uringcheck.model.lifecycle.program.Return;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.StatementVisitor;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;

/**
 * Whether a statement keeps commands interchangeable: it reaches per-command state only through its own
 * context's command (the {@code cmd} it was called with, its own per-command fields), never by naming a
 * command index, so renaming commands commutes with executing it. Every statement of today's vocabulary
 * does; a statement that indexes another command's fields or iterates over commands (by position) must
 * answer {@code false} here until the renaming is proven to commute with it, and so must any statement this
 * class has not been told about. A program with driver objects (pools, lists) is not renamed at all, and
 * the statements on them answer {@code false}: the renaming has not been shown to commute with which
 * command's context holds which object or links it first.
 */
public final class CommandSymmetry implements StatementVisitor<Boolean> {

    private static final CommandSymmetry INSTANCE = new CommandSymmetry();

    private CommandSymmetry() {
    }

    /** Whether every statement of every handler of {@code program} keeps commands interchangeable. */
    public static boolean keeps(DriverProgram program) {
        if (!program.pools().isEmpty() || !program.lists().isEmpty()) {
            return false;
        }
        for (Handler h : program.handlers()) {
            if (!keeps(h.body())) {
                return false;
            }
        }
        return true;
    }

    private static boolean keeps(List<Statement> body) {
        for (Statement s : body) {
            if (!s.accept(INSTANCE)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Boolean readPdu(ReadPdu s) {
        return true;
    }

    @Override
    public Boolean writePdu(WritePdu s) {
        return true;
    }

    @Override
    public Boolean assertPdu(AssertPdu s) {
        return true;
    }

    @Override
    public Boolean readCmdOp(ReadCmdOp s) {
        return true;
    }

    @Override
    public Boolean readSqe(ReadSqe s) {
        return true;
    }

    @Override
    public Boolean readFile(ReadFile s) {
        return true;
    }

    @Override
    public Boolean queue(Queue s) {
        return true;
    }

    @Override
    public Boolean complete(Complete s) {
        return true;
    }

    @Override
    public Boolean returnResult(Return s) {
        return true;
    }

    @Override
    public Boolean done(Done s) {
        return true;
    }

    @Override
    public Boolean completeInTask(CompleteInTask s) {
        return true;
    }

    @Override
    public Boolean markCancelable(MarkCancelable s) {
        return true;
    }

    /** The work item runs for the scheduling context's own command. */
    @Override
    public Boolean scheduleWork(ScheduleWork s) {
        return true;
    }

    /** The interrupt handler runs for the raising context's own command. */
    @Override
    public Boolean raiseIrq(RaiseIrq s) {
        return true;
    }

    @Override
    public Boolean store(Store s) {
        return true;
    }

    @Override
    public Boolean load(Load s) {
        return true;
    }

    @Override
    public Boolean clear(Clear s) {
        return true;
    }

    @Override
    public Boolean setField(SetField s) {
        return true;
    }

    @Override
    public Boolean addField(AddField s) {
        return true;
    }

    @Override
    public Boolean ifThenElse(If s) {
        return keeps(s.then()) && keeps(s.otherwise());
    }

    @Override
    public Boolean lock(Lock s) {
        return true;
    }

    @Override
    public Boolean unlock(Unlock s) {
        return true;
    }

    /** A nondeterministic choice local to the context: commands stay interchangeable if every branch keeps them. */
    @Override
    public Boolean choose(Choose s) {
        for (List<Statement> alternative : s.alternatives()) {
            if (!keeps(alternative)) {
                return false;
            }
        }
        return true;
    }

    /** A call that may fail with a declared errno, local to the context: both continuations must keep them. */
    @Override
    public Boolean mayFail(MayFail s) {
        return keeps(s.onSuccess()) && keeps(s.onFailure());
    }

    /** A walk visits commands by position: renaming commands changes the order it meets them in. */
    @Override
    public Boolean forEach(ForEach s) {
        return false;
    }

    @Override
    public Boolean copyFromUser(CopyFromUser s) {
        return true;
    }

    @Override
    public Boolean alloc(Alloc s) {
        return false;
    }

    @Override
    public Boolean free(Free s) {
        return false;
    }

    @Override
    public Boolean listAdd(ListAdd s) {
        return false;
    }

    @Override
    public Boolean listDel(ListDel s) {
        return false;
    }

    @Override
    public Boolean listMove(ListMove s) {
        return false;
    }

    @Override
    public Boolean listFirst(ListFirst s) {
        return false;
    }

    /** A WARN_ON reads only what an {@code if} would, but its breach records a line, not a command: kept conservative. */
    @Override
    public Boolean assertThat(Assert s) {
        return false;
    }
}
