package uringcheck.model.lifecycle.interp;

import java.util.Arrays;
import java.util.List;
import uringcheck.model.lifecycle.program.AssertPdu;
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

/**
 * The names a statement mentions, read once when the model is built: each visit returns the locals the
 * statement uses or binds (which lay out a handler's local slots; the blocks nested in an {@code if}, a
 * {@code choose} or a {@code may_fail} are compiled separately) and resolves every handler, field and
 * lock it names against the program's declarations. The scenario validator reports such mistakes to users
 * first; here an undeclared name is a broken precondition of a program built in code, and fails with
 * {@link IllegalArgumentException} (naming the line) before any exploration, never in the middle of one.
 */
final class Names implements StatementVisitor<List<String>> {

    private final CompiledProgram program;

    Names(CompiledProgram program) {
        this.program = program;
    }

    @Override
    public List<String> readPdu(ReadPdu s) {
        program.pduField(s.field(), s.pos().line());
        return List.of(s.handle());
    }

    @Override
    public List<String> writePdu(WritePdu s) {
        program.pduField(s.field(), s.pos().line());
        return List.of(s.handle());
    }

    @Override
    public List<String> assertPdu(AssertPdu s) {
        program.pduField(s.field(), s.pos().line());
        return List.of(s.handle());
    }

    @Override
    public List<String> readCmdOp(ReadCmdOp s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> readSqe(ReadSqe s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> copyFromUser(CopyFromUser s) {
        return List.of();
    }

    @Override
    public List<String> readFile(ReadFile s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> queue(Queue s) {
        return Arrays.asList(s.command(), s.handle(), s.token());
    }

    @Override
    public List<String> complete(Complete s) {
        return List.of(s.command(), s.token());
    }

    @Override
    public List<String> returnResult(Return s) {
        ReturnValue.Kind kind = s.value().kind();
        return kind == ReturnValue.Kind.TOKEN || kind == ReturnValue.Kind.LOCAL ? List.of(s.value().token())
                : List.of();
    }

    @Override
    public List<String> done(Done s) {
        return Arrays.asList(s.handle(), s.retLocal());
    }

    @Override
    public List<String> completeInTask(CompleteInTask s) {
        program.handlerIndex(s.handler(), HandlerKind.TASK_WORK, s.line());
        return List.of(s.handle());
    }

    @Override
    public List<String> markCancelable(MarkCancelable s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> scheduleWork(ScheduleWork s) {
        program.handlerIndex(s.handler(), HandlerKind.KWORKER, s.line());
        return List.of();
    }

    @Override
    public List<String> raiseIrq(RaiseIrq s) {
        program.handlerIndex(s.handler(), HandlerKind.IRQ, s.line());
        return List.of();
    }

    @Override
    public List<String> store(Store s) {
        program.field(s.field(), s.line());
        return List.of(s.local());
    }

    @Override
    public List<String> load(Load s) {
        program.field(s.field(), s.line());
        return List.of(s.local());
    }

    @Override
    public List<String> clear(Clear s) {
        program.field(s.field(), s.line());
        return List.of();
    }

    @Override
    public List<String> setField(SetField s) {
        program.field(s.field(), s.line());
        return List.of();
    }

    @Override
    public List<String> addField(AddField s) {
        program.field(s.field(), s.line());
        return List.of();
    }

    @Override
    public List<String> ifThenElse(If s) {
        if (s.condition().kind().onField()) {
            program.field(s.condition().field(), s.line());
        }
        return List.of();
    }

    @Override
    public List<String> choose(Choose s) {
        return List.of();
    }

    @Override
    public List<String> mayFail(MayFail s) {
        return Arrays.asList(s.into());
    }

    @Override
    public List<String> lock(Lock s) {
        program.lockBit(s.lock(), s.line());
        return List.of();
    }

    @Override
    public List<String> unlock(Unlock s) {
        program.lockBit(s.lock(), s.line());
        return List.of();
    }

    @Override
    public List<String> forEach(ForEach s) {
        return List.of(s.var());
    }
}
