package uringcheck.model.lifecycle.program;

/**
 * {@code io_uring_cmd_complete_in_task(cmd, handler)}: pushes one task-work item that will run the
 * task-work handler named {@code handler} with the command held in local {@code handle} (SPEC §3).
 */
public record CompleteInTask(String handle, String handler, Pos pos) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> v) {
        return v.completeInTask(this);
    }
}
