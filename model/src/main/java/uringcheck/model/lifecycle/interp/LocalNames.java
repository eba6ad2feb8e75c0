package uringcheck.model.lifecycle.interp;

import java.util.Arrays;
import java.util.List;
import uringcheck.model.lifecycle.program.AssertPdu;
import uringcheck.model.lifecycle.program.Complete;
import uringcheck.model.lifecycle.program.CompleteInTask;
import uringcheck.model.lifecycle.program.Done;
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
import uringcheck.model.lifecycle.program.ReturnValue;
import uringcheck.model.lifecycle.program.ScheduleWork;
import uringcheck.model.lifecycle.program.SetField;
import uringcheck.model.lifecycle.program.StatementVisitor;
import uringcheck.model.lifecycle.program.Store;
import uringcheck.model.lifecycle.program.Unlock;
import uringcheck.model.lifecycle.program.WritePdu;

/** The local names a statement mentions (the branches of an {@code if} are compiled separately). */
final class LocalNames implements StatementVisitor<List<String>> {

    @Override
    public List<String> readPdu(ReadPdu s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> writePdu(WritePdu s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> assertPdu(AssertPdu s) {
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
        return s.value().kind() == ReturnValue.Kind.TOKEN ? List.of(s.value().token()) : List.of();
    }

    @Override
    public List<String> done(Done s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> completeInTask(CompleteInTask s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> markCancelable(MarkCancelable s) {
        return List.of(s.handle());
    }

    @Override
    public List<String> scheduleWork(ScheduleWork s) {
        return List.of();
    }

    @Override
    public List<String> raiseIrq(RaiseIrq s) {
        return List.of();
    }

    @Override
    public List<String> store(Store s) {
        return List.of(s.local());
    }

    @Override
    public List<String> load(Load s) {
        return List.of(s.local());
    }

    @Override
    public List<String> setField(SetField s) {
        return List.of();
    }

    @Override
    public List<String> ifThenElse(If s) {
        return List.of();
    }

    @Override
    public List<String> lock(Lock s) {
        return List.of();
    }

    @Override
    public List<String> unlock(Unlock s) {
        return List.of();
    }
}
