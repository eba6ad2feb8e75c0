package uringcheck.model.lifecycle.program;

import java.util.List;

/**
 * One statement of a driver handler. Each statement is one atomic step of the context that runs the
 * handler (ARCHITECTURE "driver programs"); {@link If} is atomic in its test and then continues with
 * the chosen branch.
 *
 * <p>Every statement records the scenario-file position it came from, so traces and errors can point at it.
 */
public sealed interface Statement permits ReadPdu, WritePdu, AssertPdu, ReadCmdOp, ReadSqe, ReadFile, Queue,
        Complete, Return, Done, CompleteInTask, MarkCancelable, ScheduleWork, RaiseIrq, Store, Load, Clear, SetField, AddField,
        If, Lock, Unlock, Choose, MayFail, ForEach, CopyFromUser,
        Alloc, Free, ListAdd, ListDel, ListMove, ListFirst, Assert {

    /** Where in the scenario file this statement was read from ({@link Pos#NONE} when built in code). */
    Pos pos();

    /** The line of the scenario file this statement was read from (1-based; 0 when built in code). */
    default int line() {
        return pos().line();
    }

    /**
     * The blocks of statements nested in this one, in file order: an {@link If}'s two branches, a
     * {@link Choose}'s alternatives, a {@link MayFail}'s failure block, a {@link ForEach}'s body; none for a simple statement.
     */
    default List<List<Statement>> blocks() {
        return List.of();
    }

    /** Double dispatch to {@code visitor} (Java 17 has no pattern switch over sealed types). */
    <R> R accept(StatementVisitor<R> visitor);
}
