package uringcheck.model.lifecycle.program;

/**
 * One statement of a driver handler. Each statement is one atomic step of the context that runs the
 * handler (ARCHITECTURE "driver programs"); {@link If} is atomic in its test and then continues with
 * the chosen branch.
 *
 * <p>Every statement records the scenario-file position it came from, so traces and errors can point at it.
 */
public sealed interface Statement permits ReadPdu, WritePdu, AssertPdu, ReadCmdOp, ReadSqe, ReadFile, Queue,
        Complete, Return, Done, CompleteInTask, MarkCancelable, ScheduleWork, RaiseIrq, Store, Load, Clear, SetField, AddField,
        If, Lock, Unlock, CopyFromUser {

    /** Where in the scenario file this statement was read from ({@link Pos#NONE} when built in code). */
    Pos pos();

    /** The line of the scenario file this statement was read from (1-based; 0 when built in code). */
    default int line() {
        return pos().line();
    }

    /** Double dispatch to {@code visitor} (Java 17 has no pattern switch over sealed types). */
    <R> R accept(StatementVisitor<R> visitor);
}
