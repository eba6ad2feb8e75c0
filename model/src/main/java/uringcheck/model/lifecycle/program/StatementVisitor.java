package uringcheck.model.lifecycle.program;

/**
 * A visitor over {@link Statement}s: one method per statement kind, so an interpreter or printer that
 * implements it is checked by the compiler for completeness.
 *
 * @param <R> the result type
 */
public interface StatementVisitor<R> {
    R readPdu(ReadPdu s);

    R writePdu(WritePdu s);

    R assertPdu(AssertPdu s);

    R readCmdOp(ReadCmdOp s);

    R readSqe(ReadSqe s);

    R readFile(ReadFile s);

    R queue(Queue s);

    R complete(Complete s);

    R returnResult(Return s);

    R done(Done s);

    R completeInTask(CompleteInTask s);

    R markCancelable(MarkCancelable s);

    R scheduleWork(ScheduleWork s);

    R raiseIrq(RaiseIrq s);

    R store(Store s);

    R load(Load s);

    R clear(Clear s);

    R setField(SetField s);

    R addField(AddField s);

    R ifThenElse(If s);

    R lock(Lock s);

    R unlock(Unlock s);

    R choose(Choose s);

    R mayFail(MayFail s);

    R forEach(ForEach s);

    R copyFromUser(CopyFromUser s);

    R alloc(Alloc s);

    R free(Free s);

    R listAdd(ListAdd s);

    R listDel(ListDel s);

    R listMove(ListMove s);

    R listFirst(ListFirst s);

    R assertThat(Assert s);
}
