package uringcheck.model.lifecycle.interp;

import java.util.List;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Done;
import uringcheck.model.lifecycle.program.HandlerKind;
import uringcheck.model.lifecycle.program.If;
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
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.Statement;
import uringcheck.model.lifecycle.program.StatementVisitor;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;

/**
 * Resolves every handler, field and lock a statement names when the model is built, so that a program
 * naming something undeclared fails with {@link IllegalArgumentException} (naming the line) before any
 * exploration, never in the middle of one.
 */
final class NameCheck implements StatementVisitor<Void> {

    private final CompiledProgram program;

    NameCheck(CompiledProgram program) {
        this.program = program;
    }

    void check(List<Statement> body) {
        for (Statement s : body) {
            s.accept(this);
        }
    }

    @Override
    public Void readPdu(ReadPdu s) {
        return null;
    }

    @Override
    public Void writePdu(WritePdu s) {
        return null;
    }

    @Override
    public Void assertPdu(AssertPdu s) {
        return null;
    }

    @Override
    public Void readCmdOp(ReadCmdOp s) {
        return null;
    }

    @Override
    public Void readSqe(ReadSqe s) {
        return null;
    }

    @Override
    public Void readFile(ReadFile s) {
        return null;
    }

    @Override
    public Void queue(Queue s) {
        return null;
    }

    @Override
    public Void complete(Complete s) {
        return null;
    }

    @Override
    public Void returnResult(Return s) {
        return null;
    }

    @Override
    public Void done(Done s) {
        return null;
    }

    @Override
    public Void completeInTask(CompleteInTask s) {
        program.handler(s.handler(), HandlerKind.TASK_WORK, s.line());
        return null;
    }

    @Override
    public Void markCancelable(MarkCancelable s) {
        return null;
    }

    @Override
    public Void scheduleWork(ScheduleWork s) {
        program.handler(s.handler(), HandlerKind.KWORKER, s.line());
        return null;
    }

    @Override
    public Void raiseIrq(RaiseIrq s) {
        program.handler(s.handler(), HandlerKind.IRQ, s.line());
        return null;
    }

    @Override
    public Void store(Store s) {
        program.field(s.field(), s.line());
        return null;
    }

    @Override
    public Void load(Load s) {
        program.field(s.field(), s.line());
        return null;
    }

    @Override
    public Void setField(SetField s) {
        program.field(s.field(), s.line());
        return null;
    }

    @Override
    public Void ifThenElse(If s) {
        program.field(s.condition().field(), s.line());
        check(s.then());
        check(s.otherwise());
        return null;
    }

    @Override
    public Void lock(Lock s) {
        program.lockBit(s.lock(), s.line());
        return null;
    }

    @Override
    public Void unlock(Unlock s) {
        program.lockBit(s.lock(), s.line());
        return null;
    }
}
